import type { Prospect, ProspectStatus, ToneContext, Touch } from '../model';
import { dedupeTouches } from '../timeline/dedupe';
import { touchRole } from '../timeline/touch-role';
import { DAY } from './zoned-time';

/**
 * What the tone coach knows while the user writes. `daysSinceLastReply`
 * counts from their last reply or meeting: a meeting is engagement too, and
 * the coach must not treat a prospect met yesterday as long silent.
 */
export function toneContextFor(_prospect: Prospect, touches: readonly Touch[], status: ProspectStatus, now: number): ToneContext {
  let touchesSoFar = 0;
  let lastEngagement: number | undefined;
  for (const t of dedupeTouches(touches)) {
    const role = touchRole(t);
    if (role === 'outbound') touchesSoFar++;
    else if (role === 'reply' || role === 'meeting') lastEngagement = t.at;
  }
  return {
    touchesSoFar,
    unansweredInRow: status.fatigue.unansweredInRow,
    ghostings: status.ghostings,
    daysSinceLastReply: lastEngagement === undefined ? null : Math.max(0, Math.floor((now - lastEngagement) / DAY)),
    cadenceSpent: status.kind === 'dormant',
    fatigueTripped: status.fatigue.tripped,
  };
}
