import type { CadenceSettings, Prospect } from '../model';
import type { Clock } from './clock';
import { dueAfterCalendarDays, dueAfterDays, slotAtOrAfter } from './clock';
import type { TimelineFacts } from './timeline-facts';

// Where the next due instant comes from, before pauses and snoozes (issue 3):
// - a next step that no touch has overtaken drives it (the commitment beats
//   the cadence: chasing before an agreed date is the "sad reminder" of 001);
// - a spent cadence, or a prospect the user moved to dormant, nurtures about
//   monthly from the last contact;
// - an unanswered run of n outbound touches owes step n, counted from the last
//   of them: the first step from the unanswered message, later steps from the
//   previous follow-up (any touch restarts the clock);
// - after a meeting a follow-up is owed after the first step;
// - a prospect with no contact yet owes a first touch from when it was added.

export type DueSource = 'next-step' | 'dormant' | 'cadence' | 'meeting' | 'new';

export interface DuePlan {
  source: DueSource;
  dueAt: number;
  /** Cadence step counted now (1-based), 0 when no chase is running. */
  step: number;
  /** Steps in this prospect's cadence. */
  steps: number;
}

export function planDue(prospect: Prospect, facts: TimelineFacts, settings: CadenceSettings, clock: Clock): DuePlan {
  const stepsDays = prospect.cadence?.stepsDays ?? settings.stepsDays;
  const every = prospect.cadence?.dormantEveryDays ?? settings.dormantEveryDays;
  const steps = stepsDays.length;
  const last = facts.lastContact;
  const n = facts.runTimes.length;

  const next = prospect.nextStep;
  if (next && !(last && last.at >= next.at)) {
    return { source: 'next-step', dueAt: slotAtOrAfter(clock, next.at), step: 0, steps };
  }
  const since = prospect.dormantSince;
  const movedToDormant = since !== undefined && !(facts.lastEngagement && facts.lastEngagement.at > since);
  if (movedToDormant || (n > 0 && n > steps)) {
    const anchor = Math.max(last?.at ?? -Infinity, movedToDormant ? since : -Infinity);
    return { source: 'dormant', dueAt: dueAfterCalendarDays(clock, anchor, every), step: 0, steps };
  }
  if (n > 0 && last) return { source: 'cadence', dueAt: dueAfterDays(clock, last.at, stepsDays[n - 1]!), step: n, steps };
  if (last) return { source: 'meeting', dueAt: dueAfterDays(clock, last.at, stepsDays[0] ?? every), step: 1, steps };
  return { source: 'new', dueAt: slotAtOrAfter(clock, prospect.createdAt), step: 0, steps };
}
