// Prospect records: find or create by address, and keep the cached status
// fields (the popup's indexes) in step with the cadence engine.
import { computeStatus, localDay, zonedInstant } from '../core/cadence';
import { companyFromDomain, domainOf } from '../core/counterpart';
import type { CadenceSettings, ProspectStatus, Touch } from '../core/model';
import { keptCounts, moveRanks, type RankMove } from './section-counts';
import { rankOf, type FollowThroughDb, type ProspectRow, type ThreadRow, type TouchRow } from './schema';

/** Deterministic, so that two tabs creating the same prospect at once write the same row. */
export function prospectIdFor(account: string, address: string): string {
  return `p:${account}:${address}`;
}

/** Must run inside a read-write transaction on `prospects`. */
export async function findOrCreateProspect(
  db: FollowThroughDb,
  account: string,
  address: string,
  name: string | null,
  now: number,
): Promise<ProspectRow> {
  // Read through the index as one request (a filtered cursor costs a round trip per entry).
  const found = (await db.prospects.where('addresses').equals(address).toArray()).find((p) => p.account === account);
  if (found) {
    if (adoptName(found, name)) await db.prospects.put(found);
    return found;
  }
  const row = newProspect(account, address, name, now);
  await db.prospects.put(row);
  return row;
}

/** A new prospect's row for an address, not written yet. */
export function newProspect(account: string, address: string, name: string | null, now: number): ProspectRow {
  const row: ProspectRow = {
    id: prospectIdFor(account, address),
    account,
    addresses: [address],
    createdAt: now,
  };
  if (name && !looksLikeAddress(name)) row.name = name;
  const company = companyFromDomain(domainOf(address));
  if (company) row.company = company;
  return row;
}

function looksLikeAddress(name: string): boolean {
  return name.includes('@');
}

/** Gives a prospect known only by address the name a reading shows for it; true when it did. */
export function adoptName(p: ProspectRow, name: string | null): boolean {
  if (!name || p.name || looksLikeAddress(name)) return false;
  p.name = name;
  return true;
}

export function touchesForEngine(rows: readonly TouchRow[]): Touch[] {
  // Provisional touches stand in until the real message is read, so the engine sees them.
  return rows.map(({ account: _a, provisional: _p, ...t }) => t);
}

/**
 * An address is bad while its latest bounce is newer than anything heard
 * from it: derived from the touches, so reading mail in any order, or twice,
 * gives the same answer, and a reply from the address clears it.
 */
export function markBadAddresses(p: ProspectRow, touches: readonly TouchRow[]): void {
  const lastBounce = new Map<string, number>();
  const lastHeard = new Map<string, number>();
  for (const t of touches) {
    if (t.direction !== 'in' || !t.address) continue;
    const map = t.kind === 'bounce' ? lastBounce : t.kind === 'auto-reply' || t.provisional ? null : lastHeard;
    if (map && t.at > (map.get(t.address) ?? -Infinity)) map.set(t.address, t.at);
  }
  const bad = p.addresses.filter((a) => lastBounce.has(a) && lastBounce.get(a)! > (lastHeard.get(a) ?? -Infinity));
  if (bad.length) p.badAddresses = bad;
  else delete p.badAddresses;
}

/** Caches the engine's answer on the row, with the fields its indexes need. */
export function applyStatus(p: ProspectRow, status: ProspectStatus, cadence: CadenceSettings, now: number): void {
  p.status = status;
  p.statusAt = now;
  // The kind changes when the due instant or a pause passes; the wording ("5 days ago") at midnight.
  const midnight = zonedInstant(cadence.timeZone, localDay(cadence.timeZone, now) + 1, 0);
  p.staleAt = Math.min(midnight, ...[status.dueAt, status.pausedUntil].filter((t): t is number => t !== null && t !== undefined && t > now));
  // A reply is owed from the moment they wrote: rank it so, for the badge and the popup's order.
  const owedAt = status.dueAt ?? (status.kind === 'replied' ? (status.lastInboundAt ?? now) : null);
  p.rank = rankOf(status.kind, status.overdue, owedAt);
}

/**
 * Recomputes and stores the cached status of each prospect, and moves the
 * section counts with their ranks. Run inside a read-write transaction on
 * prospects, touches, threads and meta. The reads of all the prospects go
 * out together (#18): one round trip each, not one per prospect.
 */
export async function refreshProspects(db: FollowThroughDb, ids: Iterable<string>, cadence: CadenceSettings, now: number, known?: ReadonlyMap<string, TouchRow[]>, copies: { rows?: ReadonlyMap<string, ProspectRow>; threads?: readonly ThreadRow[] } = {}): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  // `known`: timelines the caller has read in this transaction and kept up to date with its writes;
  // `copies`: prospect and thread rows likewise, so that nothing is read twice.
  const [rows, timelines, counts] = await Promise.all([
    copies.rows && list.every((id) => copies.rows!.has(id)) ? list.map((id) => copies.rows!.get(id)) : db.prospects.bulkGet(list),
    Promise.all(list.map((id) => known?.get(id) ?? db.touches.where('prospectId').equals(id).toArray())),
    keptCounts(db),
  ]);
  const moves: RankMove[] = [];
  const changed: ProspectRow[] = [];
  await Promise.all(
    rows.map(async (p, i) => {
      if (!p) return;
      const touches = timelines[i]!;
      const before = p.rank;
      markBadAddresses(p, touches);
      applyStatus(p, computeStatus(p, touchesForEngine(touches), cadence, now), cadence, now);
      const lastEmail = touches.filter((t) => t.threadKey).reduce<TouchRow | undefined>((a, t) => (!a || t.at > a.at ? t : a), undefined);
      // Looked up only when the latest thread changed: most writes add to the thread already known.
      if (lastEmail?.threadKey && lastEmail.threadKey !== p.lastThread?.threadKey) {
        const mine = (th: ThreadRow) => th.threadKey === lastEmail.threadKey && th.prospectIds.includes(p.id);
        const thread = copies.threads?.find(mine) ?? (await db.threads.where('prospectIds').equals(p.id).toArray()).find(mine);
        if (thread) p.lastThread = { provider: thread.provider, threadKey: thread.threadKey };
      }
      moves.push([before, p.rank]);
      changed.push(p);
    }),
  );
  await Promise.all([db.prospects.bulkPut(changed), moveRanks(db, moves, counts)]);
}
