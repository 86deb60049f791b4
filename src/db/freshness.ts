// Cached statuses go stale with time: when a due instant passes (the kind
// changes) and when the day changes (the wording does). This finds the stale
// ones through indexes and recomputes them, so the popup and the badge can
// read the cache alone (#7, #8). They also go stale when the cadence settings
// change: the store remembers which cadence computed them, and a different
// one recomputes every open status at once (#18).
//
// After midnight every status is stale. They are recomputed in batches, each
// read in a read-only transaction and written in a short one, so a query
// that comes in meanwhile waits for one batch's write at most, not for all
// 10,000 (#18); the popup's query answers from the cache then, saying so
// (see queries.ts), and asks again.
import { computeStatus, startOfLocalDay } from '../core/cadence';
import type { CadenceSettings } from '../core/model';
import { cadenceKey } from '../shared/settings';
import { applyStatus, touchesForEngine } from './prospects';
import { moveRanks, type RankMove } from './section-counts';
import { inTransaction, rankRange, type FollowThroughDb, type ProspectRow, type TouchRow } from './schema';

// Past this many, one pass over every touch (or over a range of prospects) beats a query per prospect.
const BULK_FROM = 300;
/** Stale statuses recomputed per transaction: small, so that a query waits little behind one. */
export const BATCH = 100;
/** From this many stale statuses, the popup's query answers from the cache while they are recomputed. */
export const CATCH_UP_FROM = 300;
const CADENCE_META = 'cadence';

export function statusIsFresh(p: ProspectRow, cadence: CadenceSettings, now: number): boolean {
  const s = p.status;
  if (!s || p.statusAt === undefined || p.statusAt > now) return false;
  if (s.dueAt !== null && s.dueAt <= now && p.statusAt < s.dueAt) return false;
  if (s.pausedUntil !== undefined && s.pausedUntil <= now && p.statusAt < s.pausedUntil) return false;
  return startOfLocalDay(cadence.timeZone, p.statusAt) === startOfLocalDay(cadence.timeZone, now);
}

/**
 * Each row's touches: a query per prospect, sent together; for many rows, one
 * pass over every touch; for rows `dense` in id order (a batch of the
 * midnight recompute, when nearly every status is stale), one read of the
 * prospectId index from the first id to the last.
 */
async function touchesOf(db: FollowThroughDb, rows: ProspectRow[], dense = false): Promise<Map<string, TouchRow[]>> {
  const byProspect = new Map<string, TouchRow[]>(rows.map((p) => [p.id, []]));
  if (dense && rows.length > 1) {
    const ids = rows.map((p) => p.id).sort();
    for (const t of await db.touches.where('prospectId').between(ids[0]!, ids[ids.length - 1]!, true, true).toArray()) byProspect.get(t.prospectId)?.push(t);
    return byProspect;
  }
  if (rows.length < BULK_FROM) {
    const lists = await Promise.all(rows.map((p) => db.touches.where('prospectId').equals(p.id).toArray()));
    rows.forEach((p, i) => byProspect.set(p.id, lists[i]!));
    return byProspect;
  }
  for (const t of await db.touches.toArray()) byProspect.get(t.prospectId)?.push(t);
  return byProspect;
}

/** Recomputes and stores the given rows' statuses. Inside a rw transaction on prospects, touches and meta. */
async function recompute(db: FollowThroughDb, rows: ProspectRow[], cadence: CadenceSettings, now: number): Promise<number> {
  if (rows.length === 0) return 0;
  const byProspect = await touchesOf(db, rows);
  const moves: RankMove[] = [];
  for (const p of rows) {
    const before = p.rank;
    applyStatus(p, computeStatus(p, touchesForEngine(byProspect.get(p.id)!), cadence, now), cadence, now);
    moves.push([before, p.rank]);
  }
  await db.prospects.bulkPut(rows);
  await moveRanks(db, moves);
  return rows.length;
}

/** Ids of the statuses stale at `now`, in id order. */
function staleIds(db: FollowThroughDb, now: number): Promise<string[]> {
  // A write transaction: walking the staleAt range there lets Chromium drop the
  // index entries that earlier writes left behind in it; a read-only walk steps
  // over each of them again every time (measured: 10,000 left by the midnight
  // recompute made every later check about 130 ms instead of 2).
  return db.transaction('rw', db.prospects, async () => (await db.prospects.where('staleAt').belowOrEqual(now).primaryKeys()).sort());
}

/**
 * Recomputes every stale status, in batches of BATCH prospects, one
 * transaction per batch.
 * Returns how many there were. A row a write refreshed meanwhile is skipped.
 */
export async function refreshStale(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<number> {
  let done = 0;
  for (let ids = await staleIds(db, now), pass = -1; ids.length > 0 && pass !== 0; ids = await staleIds(db, now)) {
    pass = 0;
    // After midnight nearly every status is stale: a batch's ids are then a dense range of the index.
    const dense = ids.length >= CATCH_UP_FROM;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      // Read in a read-only transaction, which a popup's query does not wait behind; computed
      // here; written in a short one, skipping any row a write changed meanwhile.
      const { rows, touches } = await inTransaction(db, 'r', [db.prospects, db.touches], async (t) => {
        const rows = (await t.prospects.bulkGet(batch)).filter((p): p is ProspectRow => !!p && (p.staleAt ?? 0) <= now);
        return { rows, touches: await touchesOf(t, rows, dense) };
      });
      if (rows.length === 0) continue;
      const read = new Map(rows.map((p) => [p.id, { statusAt: p.statusAt, rank: p.rank }]));
      for (const p of rows) applyStatus(p, computeStatus(p, touchesForEngine(touches.get(p.id)!), cadence, now), cadence, now);
      pass += await inTransaction(db, 'rw', [db.prospects, db.meta], async (t) => {
        const current = await t.prospects.bulkGet(rows.map((p) => p.id));
        // A row written since it was read (a new touch, a snooze) has a status of its own already.
        const unchanged = rows.filter((p, i) => current[i] && current[i]!.statusAt === read.get(p.id)!.statusAt);
        await t.prospects.bulkPut(unchanged);
        await moveRanks(t, unchanged.map((p) => [read.get(p.id)!.rank, p.rank] as const));
        return unchanged.length;
      });
    }
    // Rows that went stale meanwhile (a write at an earlier instant) are found by the next walk.
    done += pass;
  }
  return done;
}

/**
 * When the cached statuses were computed with another cadence (the user
 * changed it here, or it synced from another browser), recomputes every
 * open one in one transaction, and records the cadence. Returns how many.
 */
export async function applyCadence(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<number> {
  const key = cadenceKey(cadence);
  return inTransaction(db, 'rw', [db.prospects, db.touches, db.meta], async (t) => {
    const known = await t.meta.get(CADENCE_META);
    if (known?.value === key) return 0;
    // Closed prospects do not follow a cadence: their status stays as it is.
    const open = await t.prospects.where('rank').below(rankRange('closed')[0]).toArray();
    // Rows never ranked yet (imported from an old file) are stale already and found by refreshStale.
    const n = await recompute(t, open, cadence, now);
    await t.meta.put({ key: CADENCE_META, value: key });
    return n;
  });
}

/**
 * Whether the cache can answer at `now`: 'fresh' (computed with this cadence,
 * nothing stale), 'stale' (a few statuses to recompute, or another cadence),
 * or 'catching-up' (CATCH_UP_FROM or more stale: the day changed). Read-only,
 * so a query asks it inside its own read transaction and, in the usual case,
 * pays for no write transaction (#18).
 */
export async function freshness(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<'fresh' | 'stale' | 'catching-up'> {
  const [known, stale] = await Promise.all([db.meta.get(CADENCE_META), db.prospects.where('staleAt').belowOrEqual(now).limit(CATCH_UP_FROM).primaryKeys()]);
  if (known?.value !== cadenceKey(cadence)) return 'stale';
  return stale.length === 0 ? 'fresh' : stale.length < CATCH_UP_FROM ? 'stale' : 'catching-up';
}

/** Both of the above: what every read of statuses runs first. */
export async function makeFresh(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<void> {
  await applyCadence(db, cadence, now);
  await refreshStale(db, cadence, now);
}
