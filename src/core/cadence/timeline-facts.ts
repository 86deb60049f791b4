import type { CadenceSettings, Touch } from '../model';
import { dedupeTouches } from '../timeline/dedupe';
import { touchRole } from '../timeline/touch-role';
import { DAY, HOUR } from './zoned-time';

// One pass over a prospect's timeline, collecting what the cadence needs.
// The meaning of each touch (note, meeting, reply, auto-reply, bounce) is
// decided in ../timeline/touch-role.ts.

export interface TimelineFacts {
  /** The last touch that was a contact: outbound, reply or meeting (notes, auto-replies and bounces are not). */
  lastContact?: Touch;
  /** The last reply or meeting: the end of the previous chase. */
  lastEngagement?: Touch;
  /** The last real reply from them, on any channel. */
  lastReplyAt?: number;
  /** Times of the outbound touches since the last engagement: the unanswered run. */
  runTimes: number[];
  /** Outbound touches ever, on every channel. */
  outboundCount: number;
  /** The pause from out-of-office replies since the last engagement (clamped), if any. */
  pausedUntil?: number;
  /** The last outbound email bounced and no email was sent since. */
  bounced: boolean;
}

const PAUSE_DEFAULT = 14 * DAY;
const PAUSE_MAX = 30 * DAY;

/** A stored pause is trusted only within [receipt, receipt + 30 days]: the cap of issue 3. */
function pauseOf(t: Touch): number {
  const p = t.pausedUntil ?? t.at + PAUSE_DEFAULT;
  return Math.min(Math.max(p, t.at), t.at + PAUSE_MAX);
}

export function readTimeline(touches: readonly Touch[]): TimelineFacts {
  const facts: TimelineFacts = { runTimes: [], outboundCount: 0, bounced: false };
  for (const t of dedupeTouches(touches)) {
    switch (touchRole(t)) {
      case 'record':
        break;
      case 'outbound':
        facts.lastContact = t;
        facts.runTimes.push(t.at);
        facts.outboundCount++;
        if (t.channel === 'email') facts.bounced = false;
        break;
      case 'reply':
      case 'meeting': // both end the chase
        if (t.channel !== 'meeting') facts.lastReplyAt = t.at;
        facts.lastContact = t;
        facts.lastEngagement = t;
        facts.runTimes = [];
        facts.pausedUntil = undefined; // they are evidently back
        break;
      case 'auto-reply':
        facts.pausedUntil = Math.max(facts.pausedUntil ?? 0, pauseOf(t));
        break;
      case 'bounce':
        facts.bounced = true;
        break;
    }
  }
  return facts;
}

/**
 * Fatigue guard: the unanswered run trips it at `fatigueInARow` touches, or
 * while `fatigueWithinCount` of them fall inside the last `fatigueWithinHours`
 * before now (two chases within 72 hours). The window is counted back from now,
 * not between any two touches: the default cadence itself puts step 1 about 72
 * hours after the first message, and following it must not read as pushy.
 */
export function fatigueOf(runTimes: readonly number[], s: CadenceSettings, now: number): { unansweredInRow: number; tripped: boolean } {
  const n = runTimes.length;
  const since = now - s.fatigueWithinHours * HOUR;
  let recent = 0;
  for (let i = n - 1; i >= 0 && runTimes[i]! > since; i--) if (runTimes[i]! <= now) recent++;
  const tripped = (n > 0 && n >= s.fatigueInARow) || (recent > 0 && recent >= s.fatigueWithinCount);
  return { unansweredInRow: n, tripped };
}
