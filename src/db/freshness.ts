// Cached statuses go stale with time: when a due instant passes (the kind
// changes) and when the day changes (the wording does). This finds the stale
// ones through indexes and recomputes them in one transaction, so the popup
// and the badge can read the cache alone (#7, #8). They also go stale when
// the cadence settings change: the store remembers which cadence computed
// them, and a different one recomputes every open status at once (#18).
import { computeStatus, startOfLocalDay } from '../core/cadence';
import type { CadenceSettings } from '../core/model';
import { cadenceKey } from '../shared/settings';
import { applyStatus, touchesForEngine } from './prospects';
import { rankRange, type FollowThroughDb, type ProspectRow, type TouchRow } from './schema';

// Past this many, one pass over every touch beats a query per prospect.
const BULK_FROM = 300;
const CADENCE_META = 'cadence';

export function statusIsFresh(p: ProspectRow, cadence: CadenceSettings, now: number): boolean {
  const s = p.status;
  if (!s || p.statusAt === undefined || p.statusAt > now) return false;
  if (s.dueAt !== null && s.dueAt <= now && p.statusAt < s.dueAt) return false;
  if (s.pausedUntil !== undefined && s.pausedUntil <= now && p.statusAt < s.pausedUntil) return false;
  return startOfLocalDay(cadence.timeZone, p.statusAt) === startOfLocalDay(cadence.timeZone, now);
}

/** Recomputes and stores the given rows' statuses. Inside a rw transaction on prospects and touches. */
async function recompute(db: FollowThroughDb, rows: ProspectRow[], cadence: CadenceSettings, now: number): Promise<number> {
  if (rows.length === 0) return 0;
  const byProspect = new Map<string, TouchRow[]>();
  if (rows.length >= BULK_FROM) {
    const ids = new Set(rows.map((p) => p.id));
    for (const t of await db.touches.toArray()) {
      if (!ids.has(t.prospectId)) continue;
      const list = byProspect.get(t.prospectId);
      if (list) list.push(t);
      else byProspect.set(t.prospectId, [t]);
    }
  } else {
    for (const p of rows) byProspect.set(p.id, await db.touches.where('prospectId').equals(p.id).toArray());
  }
  for (const p of rows) applyStatus(p, computeStatus(p, touchesForEngine(byProspect.get(p.id) ?? []), cadence, now), cadence, now);
  await db.prospects.bulkPut(rows);
  return rows.length;
}

/** Recomputes every stale status; returns how many there were. */
export async function refreshStale(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<number> {
  return db.transaction('rw', [db.prospects, db.touches], async () => {
    const ids = await db.prospects.where('staleAt').belowOrEqual(now).primaryKeys();
    if (ids.length === 0) return 0;
    const rows = (await db.prospects.bulkGet(ids)).filter((p): p is ProspectRow => !!p);
    return recompute(db, rows, cadence, now);
  });
}

/**
 * When the cached statuses were computed with another cadence (the user
 * changed it here, or it synced from another browser), recomputes every
 * open one in one transaction, and records the cadence. Returns how many.
 */
export async function applyCadence(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<number> {
  const key = cadenceKey(cadence);
  return db.transaction('rw', [db.prospects, db.touches, db.meta], async () => {
    const known = await db.meta.get(CADENCE_META);
    if (known?.value === key) return 0;
    // Closed prospects do not follow a cadence: their status stays as it is.
    const open = await db.prospects.where('rank').below(rankRange('closed')[0]).toArray();
    // Rows never ranked yet (imported from an old file) are stale already and found by refreshStale.
    const n = await recompute(db, open, cadence, now);
    await db.meta.put({ key: CADENCE_META, value: key });
    return n;
  });
}

/** Both of the above: what every read of statuses runs first. */
export async function makeFresh(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<void> {
  await applyCadence(db, cadence, now);
  await refreshStale(db, cadence, now);
}
