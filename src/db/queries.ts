// Read-side queries: the badge count, the popup's overview and the compose
// sidebar's context. Every answer is computed from the store at `now`.
import { computeStatus, startOfLocalDay, toneContextFor } from '../core/cadence';
import { domainOf } from '../core/counterpart';
import type { CadenceSettings, ProspectStatus } from '../core/model';
import type { Overview, ProspectView, SectionId } from '../shared/views';
import { touchesForEngine } from './prospects';
import type { FollowThroughDb, ProspectRow } from './schema';

/** Prospects due or owed a reply now, and whether any is overdue (for the badge colour). */
export async function dueSummary(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<{ count: number; overdue: boolean }> {
  const candidates = await db.prospects.where('[chasing+dueAt]').between([1, -Infinity], [1, now], true, true).toArray();
  let count = 0;
  let overdue = false;
  for (const p of candidates) {
    const status = await statusOf(db, p, cadence, now);
    if (status.kind === 'due' || status.kind === 'replied') {
      count++;
      if (status.overdue) overdue = true;
    }
  }
  return { count, overdue };
}

/**
 * A cached status is good until its due instant passes (the kind changes
 * then) or the day changes (its "N days ago" wording does), or a write
 * recomputes it. Only stale ones cost a read of the prospect's touches.
 */
export function statusIsFresh(p: ProspectRow, cadence: CadenceSettings, now: number): boolean {
  const s = p.status;
  if (!s || p.statusAt === undefined || p.statusAt > now) return false;
  if (s.dueAt !== null && s.dueAt <= now && p.statusAt < s.dueAt) return false;
  if (s.pausedUntil !== undefined && s.pausedUntil <= now && p.statusAt < s.pausedUntil) return false;
  return startOfLocalDay(cadence.timeZone, p.statusAt) === startOfLocalDay(cadence.timeZone, now);
}

export async function statusOf(db: FollowThroughDb, p: ProspectRow, cadence: CadenceSettings, now: number): Promise<ProspectStatus> {
  if (statusIsFresh(p, cadence, now)) return p.status!;
  const touches = await db.touches.where('prospectId').equals(p.id).toArray();
  return computeStatus(p, touchesForEngine(touches), cadence, now);
}

export function sectionOf(status: ProspectStatus): SectionId {
  switch (status.kind) {
    case 'replied':
      return 'replied';
    case 'due':
      return status.overdue ? 'overdue' : 'due-today';
    case 'waiting':
      return 'waiting';
    case 'dormant':
      return 'dormant';
    case 'snoozed':
      return 'snoozed';
    default:
      return 'closed';
  }
}

export const SECTION_ORDER: SectionId[] = ['replied', 'due-today', 'overdue', 'waiting', 'dormant', 'snoozed', 'closed'];

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
  };
}

export async function overview(db: FollowThroughDb, cadence: CadenceSettings, now: number, account?: string): Promise<Overview> {
  const prospects = account ? await db.prospects.where('account').equals(account).toArray() : await db.prospects.toArray();
  const bySection = new Map<SectionId, ProspectView[]>(SECTION_ORDER.map((s) => [s, []]));
  let dueCount = 0;
  for (const p of prospects) {
    const status = await statusOf(db, p, cadence, now);
    if (status.kind === 'due' || status.kind === 'replied') dueCount++;
    bySection.get(sectionOf(status))!.push(viewOf(p, status));
  }
  for (const rows of bySection.values()) rows.sort((a, b) => (a.status.dueAt ?? Infinity) - (b.status.dueAt ?? Infinity));
  const accounts = (await db.accounts.toArray()).map((a) => a.address);
  const problems = (await db.pageHealth.toArray()).filter((h) => !h.readable).map(({ provider, account: acc, detail, at }) => ({ provider, account: acc, detail, at }));
  return { now, accounts, sections: SECTION_ORDER.map((id) => ({ id, rows: bySection.get(id)! })), dueCount, total: prospects.length, problems };
}

export { toneContextFor };
