import type { CadenceSettings, Prospect, ProspectStatus, Recommendation, Touch } from '../model';
import { touchRole } from '../timeline/touch-role';
import { makeClock, slotAtOrAfter } from './clock';
import { nextStepGhosted } from './next-step';
import { planDue } from './plan-due';
import { closedReason, openReason } from './reason';
import { fatigueOf, readTimeline } from './timeline-facts';

// The status of one prospect at one instant (issue 3). Precedence, highest first:
// 1. closed (won, lost, do-not-contact): never due again;
// 2. snoozed while now < snoozedUntil (a reply after snoozedAt wakes it);
// 3. replied: their reply is the last contact, the user owes an answer;
// 4. otherwise a due instant from ./plan-due.ts, pushed back to the end of an
//    out-of-office pause and of an earlier snooze, then `due` once it is
//    reached, `waiting` before, or `dormant` when the cadence is spent.
//
// `recommendation` says what the next touch should be even while waiting, so
// the composer can coach before it is due: move-to-dormant at two ghostings,
// change-channel when the fatigue guard trips or the last email bounced,
// follow-up otherwise; nurture for a dormant prospect once its nudge is due.

export function computeStatus(prospect: Prospect, touches: readonly Touch[], settings: CadenceSettings, now: number): ProspectStatus {
  const facts = readTimeline(touches);
  const fatigue = fatigueOf(facts.runTimes, settings, now);
  const ghostPending = prospect.nextStep ? nextStepGhosted(prospect.nextStep, facts.lastEngagement?.at, now) : false;
  const ghostings = (prospect.ghostings ?? 0) + (ghostPending ? 1 : 0);
  const clock = makeClock(settings, now);
  const status: ProspectStatus = { kind: 'waiting', dueAt: null, overdue: false, step: 0, recommendation: 'none', fatigue, ghostings, reason: '' };
  const last = facts.lastContact;
  if (last) status.lastTouch = { at: last.at, channel: last.channel, direction: last.direction };
  if (facts.lastReplyAt !== undefined) status.lastInboundAt = facts.lastReplyAt;

  if (prospect.closed) {
    status.kind = prospect.closed.state;
    status.reason = closedReason(clock, prospect.closed);
    return status;
  }
  const snoozeWoken = prospect.snoozedAt !== undefined && facts.lastReplyAt !== undefined && facts.lastReplyAt > prospect.snoozedAt;
  const snoozed = prospect.snoozedUntil !== undefined && !snoozeWoken;
  if (snoozed && now < prospect.snoozedUntil!) {
    status.kind = 'snoozed';
    status.dueAt = prospect.snoozedUntil!;
    status.reason = openReason({ clock, prospect, status, facts, source: 'snoozed', ghostPending, fatigueInARow: settings.fatigueInARow });
    return status;
  }
  if (last && touchRole(last) === 'reply') {
    status.kind = 'replied';
    status.recommendation = 'reply';
    status.reason = openReason({ clock, prospect, status, facts, source: 'replied', ghostPending, fatigueInARow: settings.fatigueInARow });
    return status;
  }

  const plan = planDue(prospect, facts, settings, clock);
  let dueAt = plan.dueAt;
  if (facts.pausedUntil !== undefined) dueAt = Math.max(dueAt, slotAtOrAfter(clock, facts.pausedUntil));
  if (snoozed) dueAt = Math.max(dueAt, slotAtOrAfter(clock, prospect.snoozedUntil!));
  const reached = dueAt <= now;
  status.dueAt = dueAt;
  status.step = plan.step;
  if (facts.pausedUntil !== undefined && now < facts.pausedUntil) status.pausedUntil = facts.pausedUntil;
  const badEverywhere = prospect.addresses.length > 0 && prospect.addresses.every((a) => prospect.badAddresses?.includes(a));
  let recommendation: Recommendation;
  if (plan.source === 'dormant') {
    status.kind = 'dormant';
    recommendation = reached ? 'nurture' : 'none';
  } else {
    status.kind = reached ? 'due' : 'waiting';
    status.overdue = reached && dueAt < clock.startOfToday;
    if (ghostings >= 2) recommendation = 'move-to-dormant';
    else if (fatigue.tripped || facts.bounced || badEverywhere) recommendation = 'change-channel';
    else recommendation = 'follow-up';
  }
  status.recommendation = recommendation;
  status.reason = openReason({ clock, prospect, status, facts, source: plan.source, steps: plan.steps, ghostPending, badEverywhere, fatigueInARow: settings.fatigueInARow });
  return status;
}
