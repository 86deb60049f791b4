// Read-side queries: the badge count, the popup's overview and the compose
// sidebar's context. Statuses come from the cache on each prospect, made
// fresh first (see freshness.ts), so a query reads only what it returns.
import { computeStatus } from '../core/cadence';
import type { CadenceSettings, ProspectStatus } from '../core/model';
import type { Overview } from '../shared/views';
import { freshness, makeFresh, statusIsFresh } from './freshness';
import { keptCounts, recount, type SectionCounts } from './section-counts';
import { everyRow, sectionsOf } from './list-view';
import { touchesForEngine } from './prospects';
import { rankRange, SECTION_ORDER, type FollowThroughDb, type ProspectRow } from './schema';

export { everyRow, sectionsOf, viewOf } from './list-view';

/**
 * Runs `read` in one read transaction over statuses fresh at `now`, with the
 * kept section counts (null when none are kept). When the cache is not fresh
 * or no counts are kept, makes it so first and reads again: most reads find
 * everything fresh and pay for no write transaction (#18). With `cached`,
 * a cache most of which went stale (the day changed) is read as it is, and
 * the answer says so (`updating`) instead of waiting for the recompute.
 */
async function readFresh<T>(db: FollowThroughDb, cadence: CadenceSettings, now: number, read: (counts: SectionCounts | null) => Promise<T>, cached = false, mode: 'r' | 'rw' = 'r'): Promise<{ value: T; updating: boolean }> {
  const first = await db.transaction(mode, [db.prospects, db.meta], async () => {
    const [state, counts] = await Promise.all([freshness(db, cadence, now), keptCounts(db)]);
    if (state === 'fresh' && counts) return { value: await read(counts), updating: false };
    if (state === 'catching-up' && cached) return { value: await read(counts), updating: true };
    return null;
  });
  if (first) return first;
  await makeFresh(db, cadence, now);
  await db.transaction('rw', [db.prospects, db.meta], async () => {
    if (!(await keptCounts(db))) await recount(db);
  });
  return { value: await db.transaction('r', [db.prospects, db.meta], async () => read(await keptCounts(db))), updating: false };
}

/** Section sizes by the rank index, for one account (or when no counts are kept). */
async function countIndex(db: FollowThroughDb, account?: string): Promise<SectionCounts> {
  const n = await Promise.all(
    SECTION_ORDER.map((id) => {
      const range = db.prospects.where('rank').between(...rankRange(id), true, true);
      return (account ? range.filter((p) => p.account === account) : range).count();
    }),
  );
  return Object.fromEntries(SECTION_ORDER.map((id, i) => [id, n[i]!])) as SectionCounts;
}

/** Prospects due or owed a reply now, and whether any is overdue (for the badge colour). */
export async function dueSummary(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<{ count: number; overdue: boolean }> {
  // A write transaction, though it writes nothing: its walk over the staleAt
  // range lets Chromium drop dead index entries there (see freshness.ts), and
  // the badge is refreshed after every write and by the alarm.
  const { value: counts } = await readFresh(db, cadence, now, async (kept) => kept ?? (await countIndex(db)), false, 'rw');
  return { count: counts.replied + counts['due-today'] + counts.overdue, overdue: counts.overdue > 0 };
}

/** One prospect's status now: the cache when fresh, else computed from its touches. */
export async function statusOf(db: FollowThroughDb, p: ProspectRow, cadence: CadenceSettings, now: number): Promise<ProspectStatus> {
  if (statusIsFresh(p, cadence, now)) return p.status!;
  const touches = await db.touches.where('prospectId').equals(p.id).toArray();
  return computeStatus(p, touchesForEngine(touches), cadence, now);
}

/** The popup's overview as the store knows it; page problems are added by the background (page-health.ts). */
export type StoreOverview = Omit<Overview, 'problems'>;

export interface OverviewOptions {
  account?: string;
  limit?: number;
  /** After midnight, answer from the cache at once, marked `updating`, rather than wait for every status to be recomputed. */
  cachedWhileUpdating?: boolean;
}

/**
 * The popup's list, section by section in display order. With `limit`, only
 * the first rows in that order are read (the first screen), with exact
 * counts per section (kept in meta, see section-counts.ts); without, every
 * row, read in one pass over the table (quicker than through the rank
 * index) and counted as it is grouped.
 */
export async function overview(db: FollowThroughDb, cadence: CadenceSettings, now: number, options: OverviewOptions = {}): Promise<StoreOverview> {
  const { account, limit } = options;
  const { value: { counts, rows }, updating } = await readFresh(db, cadence, now, async (kept) => {
    if (limit === undefined) return everyRow(await db.prospects.toArray(), account);
    const ranked = db.prospects.where('rank').between(rankRange('replied')[0], rankRange('closed')[1], true, true);
    const [counts, rows] = await Promise.all([account || !kept ? countIndex(db, account) : kept, (account ? ranked.filter((p) => p.account === account) : ranked).limit(limit).toArray()]);
    return { counts, rows };
  }, options.cachedWhileUpdating);
  const accounts = (await db.accounts.toArray()).map((a) => a.address);
  // Fresh after makeFresh (or said to be updating), so the cache is the answer.
  const list = sectionsOf(rows, counts, (p) => p.status ?? computeStatus(p, [], cadence, now));
  return { now, accounts, ...list, complete: limit === undefined || list.total <= limit, stepsDays: cadence.stepsDays, ...(updating ? { updating: true } : {}) };
}

