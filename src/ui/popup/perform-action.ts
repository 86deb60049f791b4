// Turns a row action into the request the background understands, and says
// in one line what happened (for the popup's live region).
import type { LoggedChannel } from '../../shared/protocol';
import type { ProspectView } from '../../shared/views';
import { loggedChannelLabel } from '../shared/channels';
import { shortDate } from '../shared/relative-time';
import type { PopupClient } from './client';
import { snoozeUntil } from './dates';
import type { RowAction } from './row-actions';
import { displayName, domainOf } from './row-actions';

/** Row actions that need more from the user open a form first (see popup-app); the form then performs one of these. */
export type Performed =
  | Exclude<RowAction, { kind: 'snooze-pick' } | { kind: 'next-step' } | { kind: 'cadence' }>
  | { kind: 'set-cadence'; stepsDays: number[] | null }
  | { kind: 'log-note'; channel: LoggedChannel; note: string }
  | { kind: 'snooze-at'; until: number }
  | { kind: 'set-next-step'; what: string; at: number };

const CLOSED_WORDS = { won: 'won', lost: 'lost', 'do-not-contact': 'do not contact' } as const;

export async function performAction(client: PopupClient, p: ProspectView, a: Performed, now: number): Promise<string> {
  const prospectId = p.id;
  const name = displayName(p);
  switch (a.kind) {
    case 'open':
      await client.request('prospect/open-thread', { prospectId });
      return `Opened the thread with ${name}.`;
    case 'log':
    case 'log-note': {
      const note = a.kind === 'log-note' && a.note ? a.note : undefined;
      await client.request('prospect/log-touch', note ? { prospectId, channel: a.channel, at: now, note } : { prospectId, channel: a.channel, at: now });
      return `Logged: ${loggedChannelLabel(a.channel).toLowerCase()} with ${name}.`;
    }
    case 'snooze':
    case 'snooze-at': {
      const until = a.kind === 'snooze' ? snoozeUntil(a.choice, now) : a.until;
      await client.request('prospect/snooze', { prospectId, until });
      return `Snoozed ${name} until ${shortDate(until, false)}.`;
    }
    case 'wake':
      await client.request('prospect/snooze', { prospectId, until: null });
      return `${name} is back in the list.`;
    case 'set-next-step':
      await client.request('prospect/next-step', { prospectId, nextStep: { what: a.what, at: a.at } });
      return `Next step with ${name}: ${a.what}, ${shortDate(a.at)}.`;
    case 'clear-next-step':
      await client.request('prospect/next-step', { prospectId, nextStep: null });
      return `Cleared the next step with ${name}.`;
    case 'close':
      await client.request('prospect/close', { prospectId, state: a.state });
      return `Marked ${name} as ${CLOSED_WORDS[a.state]}.`;
    case 'reopen':
      await client.request('prospect/close', { prospectId, state: null });
      return `Reopened ${name}.`;
    case 'set-cadence':
      await client.request('prospect/cadence', { prospectId, stepsDays: a.stepsDays });
      return a.stepsDays ? `${name} now follows up after ${a.stepsDays.join(', ')} days.` : `${name} follows the default cadence again.`;
    case 'ignore':
      await client.request('prospect/ignore', { prospectId, scope: a.scope });
      return a.scope === 'person' ? `Ignoring ${name} from now on.` : `Ignoring everyone at ${domainOf(p)} from now on.`;
  }
}
