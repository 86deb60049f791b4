// What the user does to one prospect from the popup or the sidebar: log a
// touch, snooze, set a next step, close, set its own cadence, track someone
// new. Each is one transaction that ends with the prospect's status
// recomputed at `now`.
import { settleNextStep } from '../core/cadence';
import type { CadenceSettings, ClosedState, Touch } from '../core/model';
import type { LoggedChannel } from '../shared/protocol';
import { findOrCreateProspect, refreshProspects } from './prospects';
import { inTransaction, type FollowThroughDb, type ProspectRow } from './schema';

async function change(db: FollowThroughDb, prospectId: string, cadence: CadenceSettings, now: number, edit: (p: ProspectRow, t: FollowThroughDb) => ProspectRow | void | Promise<ProspectRow | void>): Promise<void> {
  await inTransaction(db, 'rw', [db.prospects, db.touches, db.threads, db.meta], async (t) => {
    const p = await t.prospects.get(prospectId);
    if (!p) throw new Error('That prospect no longer exists.');
    await t.prospects.put((await edit(p, t)) ?? p);
    await refreshProspects(t, [prospectId], cadence, now);
  });
}

export interface LoggedTouch {
  channel: LoggedChannel;
  at: number;
  direction: 'out' | 'in';
  note?: string | undefined;
}

export function logTouch(db: FollowThroughDb, prospectId: string, logged: LoggedTouch, cadence: CadenceSettings, now: number): Promise<void> {
  const { channel, at, direction, note } = logged;
  return change(db, prospectId, cadence, now, async (p, t) => {
    const touch: Touch & { account: string } = {
      id: `log:${prospectId}:${at}:${channel}`,
      prospectId,
      account: p.account,
      channel: channel === 'voicemail' ? 'call' : channel,
      direction,
      // A touch logged "now" on a clock a little ahead is still now, never in the future.
      at: Math.min(at, now),
    };
    if (channel === 'voicemail') touch.voicemail = true;
    if (channel === 'call') touch.voicemail = false;
    if (note) touch.note = note;
    await t.touches.put(touch);
  });
}

export function snooze(db: FollowThroughDb, prospectId: string, until: number | null, cadence: CadenceSettings, now: number): Promise<void> {
  return change(db, prospectId, cadence, now, (p) => {
    if (until === null) {
      delete p.snoozedUntil;
      delete p.snoozedAt;
    } else {
      p.snoozedUntil = until;
      p.snoozedAt = now;
    }
  });
}

export function setNextStep(db: FollowThroughDb, prospectId: string, nextStep: { what: string; at: number } | null, cadence: CadenceSettings, now: number): Promise<void> {
  return change(db, prospectId, cadence, now, async (p, t) => {
    const touches = await t.touches.where('prospectId').equals(prospectId).toArray();
    // A next step that passed unanswered counts as a ghosting before it is replaced.
    const settled = settleNextStep(p, touches, now) as ProspectRow;
    if (nextStep === null) delete settled.nextStep;
    else settled.nextStep = { what: nextStep.what, at: nextStep.at, createdAt: now };
    return settled;
  });
}

/** Close (won, lost, do-not-contact), let rest (dormant), or reopen (null). */
export function close(db: FollowThroughDb, prospectId: string, state: ClosedState | 'dormant' | null, cadence: CadenceSettings, now: number): Promise<void> {
  return change(db, prospectId, cadence, now, (p) => {
    if (state === null) {
      delete p.closed;
      delete p.dormantSince;
    } else if (state === 'dormant') {
      delete p.closed;
      p.dormantSince = now;
    } else p.closed = { state, at: now };
  });
}

/** This prospect's own steps (a slow enterprise deal, a hot lead), or back to the defaults (null). */
export function setCadence(db: FollowThroughDb, prospectId: string, stepsDays: number[] | null, cadence: CadenceSettings, now: number): Promise<void> {
  return change(db, prospectId, cadence, now, (p) => {
    if (stepsDays === null) delete p.cadence;
    else p.cadence = { ...p.cadence, stepsDays: [...stepsDays] };
  });
}

export async function track(db: FollowThroughDb, account: string, address: string, name: string | null, cadence: CadenceSettings, now: number): Promise<string> {
  return inTransaction(db, 'rw', [db.prospects, db.touches, db.threads, db.meta], async (t) => {
    const p = await findOrCreateProspect(t, account, address, name, now);
    await refreshProspects(t, [p.id], cadence, now);
    return p.id;
  });
}
