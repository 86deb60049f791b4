// Read-side queries: the badge count, the popup's overview and the compose
// sidebar's context. Statuses come from the cache on each prospect, made
// fresh first (see freshness.ts), so a query reads only what it returns.
import { computeStatus } from '../core/cadence';
import { domainOf } from '../core/counterpart';
import type { CadenceSettings, ProspectStatus } from '../core/model';
import type { Overview, ProspectView } from '../shared/views';
import { makeFresh, statusIsFresh } from './freshness';
import { touchesForEngine } from './prospects';
import { rankRange, SECTION_ORDER, type FollowThroughDb, type ProspectRow } from './schema';

/** Prospects due or owed a reply now, and whether any is overdue (for the badge colour). */
export async function dueSummary(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<{ count: number; overdue: boolean }> {
  await makeFresh(db, cadence, now);
  const count = (section: 'replied' | 'due-today' | 'overdue') => db.prospects.where('rank').between(...rankRange(section), true, true).count();
  const overdue = await count('overdue');
  return { count: (await count('replied')) + (await count('due-today')) + overdue, overdue: overdue > 0 };
}

/** One prospect's status now: the cache when fresh, else computed from its touches. */
export async function statusOf(db: FollowThroughDb, p: ProspectRow, cadence: CadenceSettings, now: number): Promise<ProspectStatus> {
  if (statusIsFresh(p, cadence, now)) return p.status!;
  const touches = await db.touches.where('prospectId').equals(p.id).toArray();
  return computeStatus(p, touchesForEngine(touches), cadence, now);
}

export function viewOf(p: ProspectRow, status: ProspectStatus): ProspectView {
  return {
    id: p.id,
    account: p.account,
    name: p.name ?? null,
    org: p.company ?? domainOf(p.addresses[0] ?? '') ?? null,
    addresses: p.addresses,
    status,
    lastTouch: status.lastTouch ?? null,
    nextStep: p.nextStep ? { what: p.nextStep.what, at: p.nextStep.at } : null,
    canOpenThread: !!p.lastThread,
    stepsDays: p.cadence?.stepsDays ?? null,
  };
}

/** The popup's overview as the store knows it; page problems are added by the background (page-health.ts). */
export type StoreOverview = Omit<Overview, 'problems'>;

/**
 * The popup's list, section by section in display order. With `limit`, only
 * the first rows in that order are read (the first screen), with exact
 * counts per section from the index; without, every row.
 */
export async function overview(db: FollowThroughDb, cadence: CadenceSettings, now: number, options: { account?: string; limit?: number } = {}): Promise<StoreOverview> {
  await makeFresh(db, cadence, now);
  const { account, limit } = options;
  const inSection = (id: (typeof SECTION_ORDER)[number]) => {
    const range = db.prospects.where('rank').between(...rankRange(id), true, true);
    return account ? range.filter((p) => p.account === account) : range;
  };
  // One read transaction; the counts go out together rather than one after another.
  const { counts, rowsBySection } = await db.transaction('r', db.prospects, async () => {
    const counts = await Promise.all(SECTION_ORDER.map((id) => inSection(id).count()));
    let left = limit ?? Infinity;
    const rowsBySection: ProspectRow[][] = [];
    for (const [i, id] of SECTION_ORDER.entries()) {
      const rows = left > 0 && counts[i]! > 0 ? await (Number.isFinite(left) ? inSection(id).limit(left) : inSection(id)).toArray() : [];
      left -= rows.length;
      rowsBySection.push(rows);
    }
    return { counts, rowsBySection };
  });
  const sections: StoreOverview['sections'] = [];
  let dueCount = 0;
  let total = 0;
  for (const [i, id] of SECTION_ORDER.entries()) {
    const count = counts[i]!;
    total += count;
    if (id === 'replied' || id === 'due-today' || id === 'overdue') dueCount += count;
    // Fresh after makeFresh, so the cache is the answer.
    sections.push({ id, count, rows: rowsBySection[i]!.map((p) => viewOf(p, p.status ?? computeStatus(p, [], cadence, now))) });
  }
  const accounts = (await db.accounts.toArray()).map((a) => a.address);
  return { now, accounts, sections, dueCount, total, complete: limit === undefined || total <= limit, stepsDays: cadence.stepsDays };
}
