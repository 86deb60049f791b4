import type { Prospect, ProspectStatus } from '../model';
import type { Clock } from './clock';
import type { DueSource } from './plan-due';
import type { TimelineFacts } from './timeline-facts';
import { ago, dayLabel, dueText, firstName, inboundVerb, outboundVerb, shortDate } from './words';

// The one line that says why a status is what it is. Users distrust reminders
// they cannot follow (issue 3), so every line names what happened and when,
// and what is owed.

export interface ReasonInput {
  clock: Clock;
  prospect: Prospect;
  status: ProspectStatus;
  facts: TimelineFacts;
  source: DueSource | 'snoozed' | 'replied';
  steps?: number;
  ghostPending: boolean;
  badEverywhere?: boolean;
  fatigueInARow: number;
}

export function closedReason(clock: Clock, closed: NonNullable<Prospect['closed']>): string {
  if (closed.state === 'do-not-contact') return 'Do not contact: never nudged again';
  return `${closed.state === 'won' ? 'Won' : 'Lost'} on ${shortDate(clock, closed.at)}: no more nudges`;
}

/** What to change, when the recommendation says change; '' otherwise. */
function advice(r: ReasonInput): string {
  const { status, facts } = r;
  if (status.recommendation === 'move-to-dormant') return `; ghosted ${status.ghostings} times: consider letting it rest (dormant)`;
  if (status.recommendation !== 'change-channel') return '';
  if (r.badEverywhere) return '; every address bounced: try another channel';
  if (facts.bounced) return '; your last email bounced: try another address or channel';
  const n = status.fatigue.unansweredInRow;
  return n >= r.fatigueInARow ? `; ${n} unanswered in a row: try another channel or angle` : `; ${n} touches in a few days: give them room or try another angle`;
}

export function openReason(r: ReasonInput): string {
  const { clock, prospect, status, facts } = r;
  const last = facts.lastContact;
  const dueAt = status.dueAt ?? clock.now;
  switch (r.source) {
    case 'snoozed':
      return `Snoozed until ${shortDate(clock, dueAt)}`;
    case 'replied':
      return `${firstName(prospect.name)} ${inboundVerb(last!)} ${ago(clock, last!.at)}: you owe an answer`;
    default:
  }
  if (status.pausedUntil !== undefined) return `Out of office; back ${dayLabel(clock, status.pausedUntil)}`;
  switch (r.source) {
    case 'dormant':
      return status.recommendation === 'nurture'
        ? 'Dormant: a light touch with something new is due'
        : `Dormant: next light touch ${dayLabel(clock, dueAt)}`;
    case 'next-step': {
      const next = prospect.nextStep!;
      if (r.ghostPending) return `Next step "${next.what}" passed ${dayLabel(clock, next.at)} with no word from them${advice(r)}`;
      const when = dueText(clock, dueAt);
      return `Next step ${when.startsWith('is due ') ? when.slice(7) : when}: ${next.what}${advice(r)}`;
    }
    case 'meeting':
      return `You met ${ago(clock, last!.at)}; a follow-up ${dueText(clock, dueAt)}${advice(r)}`;
    case 'new':
      return `New prospect, no touch yet: a first touch ${dueText(clock, dueAt)}`;
    case 'cadence': {
      const step = status.step;
      const noReply = step === 1 ? ', no reply' : '';
      return `You ${outboundVerb(last!)} ${ago(clock, last!.at, true)}${noReply}; step ${step} of ${r.steps} ${dueText(clock, dueAt)}${advice(r)}`;
    }
  }
}
