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

/**
 * A draft to several prospects is judged against the one furthest along the
 * cadence (#17): a spent cadence first (a calm close is legitimate there),
 * then the most touches so far, the longest unanswered run, the most
 * ghostings. Ties keep the first recipient. Returns that prospect's index in
 * `contexts`, or -1 when there is none.
 */
export function leadingToneIndex(contexts: readonly ToneContext[]): number {
  let best = -1;
  for (let i = 0; i < contexts.length; i++) {
    if (best < 0 || aheadOf(contexts[i]!, contexts[best]!)) best = i;
  }
  return best;
}

function aheadOf(a: ToneContext, b: ToneContext): boolean {
  const keys = (c: ToneContext) => [c.cadenceSpent ? 1 : 0, c.touchesSoFar, c.unansweredInRow, c.ghostings];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! > kb[i]!;
  return false;
}
