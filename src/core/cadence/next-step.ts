import type { NextStep, Prospect, Touch } from '../model';
import { touchRole } from '../timeline/touch-role';
import { DAY } from './zoned-time';

// A committed next step and the ghostings it leaves behind (issue 3).
//
// A next step "passes" a day after its time: meetings and calls are logged
// after they happen, and counting a ghosting at 15:01 for a 15:00 call the
// user has not logged yet would be wrong. When the user replaces a next step
// by hand it passes at its own time (they know whether it happened).
//
// It is ghosted when it passed with no touch from them (a reply on any
// channel, or a meeting) since it was agreed.

export const NEXT_STEP_GRACE = DAY;

export function nextStepPassed(step: NextStep, now: number, replacing = false): boolean {
  return now >= step.at + (replacing ? 0 : NEXT_STEP_GRACE);
}

/** `lastEngagementAt`: their last reply or meeting, if any. */
export function nextStepGhosted(step: NextStep, lastEngagementAt: number | undefined, now: number, replacing = false): boolean {
  return nextStepPassed(step, now, replacing) && !(lastEngagementAt !== undefined && lastEngagementAt >= step.createdAt);
}

function lastEngagementAt(touches: readonly Touch[]): number | undefined {
  let last: number | undefined;
  for (const t of touches) {
    const role = touchRole(t);
    if ((role === 'reply' || role === 'meeting') && (last === undefined || t.at > last)) last = t.at;
  }
  return last;
}

/**
 * Settles a passed next step: counts a ghosting when it went unanswered and
 * clears it either way (a passed step no longer drives the due instant; the
 * cadence takes over from the last touch). Returns the same object when there
 * is nothing to settle, so calling it twice never counts twice.
 * Pass `{ replacing: true }` when the user is replacing the step now.
 */
export function settleNextStep(prospect: Prospect, touches: readonly Touch[], now: number, opts: { replacing?: boolean } = {}): Prospect {
  const step = prospect.nextStep;
  if (!step || !nextStepPassed(step, now, opts.replacing)) return prospect;
  const { nextStep: _settled, ...rest } = prospect;
  const ghosted = nextStepGhosted(step, lastEngagementAt(touches), now, opts.replacing);
  return ghosted ? { ...rest, ghostings: (prospect.ghostings ?? 0) + 1 } : rest;
}
