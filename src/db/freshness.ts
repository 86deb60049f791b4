// Cached statuses go stale with time: when a due instant passes (the kind
// changes) and when the day changes (the wording does). This finds the stale
// ones through indexes and recomputes them in one transaction, so the popup
// and the badge can read the cache alone (#7, #8).
import { computeStatus, startOfLocalDay } from '../core/cadence';
import type { CadenceSettings } from '../core/model';
import { applyStatus, touchesForEngine } from './prospects';
import type { FollowThroughDb, ProspectRow, TouchRow } from './schema';

// Past this many, one pass over every touch beats a query per prospect.
const BULK_FROM = 300;

export function statusIsFresh(p: ProspectRow, cadence: CadenceSettings, now: number): boolean {
  const s = p.status;
  if (!s || p.statusAt === undefined || p.statusAt > now) return false;
  if (s.dueAt !== null && s.dueAt <= now && p.statusAt < s.dueAt) return false;
  if (s.pausedUntil !== undefined && s.pausedUntil <= now && p.statusAt < s.pausedUntil) return false;
  return startOfLocalDay(cadence.timeZone, p.statusAt) === startOfLocalDay(cadence.timeZone, now);
}

async function staleIds(db: FollowThroughDb, now: number): Promise<Set<string>> {
  return new Set<string>(await db.prospects.where('staleAt').belowOrEqual(now).primaryKeys());
}

/** Recomputes every stale status; returns how many there were. */
export async function refreshStale(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<number> {
  return db.transaction('rw', [db.prospects, db.touches], async () => {
    const ids = await staleIds(db, now);
    if (ids.size === 0) return 0;
    const rows = (await db.prospects.bulkGet([...ids])).filter((p): p is ProspectRow => !!p);
    const byProspect = new Map<string, TouchRow[]>();
    if (rows.length >= BULK_FROM) {
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
  });
}
