// Everything the user can do to a prospect from its row, and the menu that
// offers it. Which entries show depends on the prospect's state: a closed
// prospect can be reopened, a snoozed one woken, a next step changed.
import { isPublicDomain } from '../../core/counterpart';
import type { LoggedChannel } from '../../shared/protocol';
import type { ProspectView } from '../../shared/views';
import { LOGGED_CHANNELS } from '../shared/channels';
import type { MenuEntry } from '../shared/menu';
import type { SnoozeChoice } from './dates';

export type RowAction =
  | { kind: 'open' }
  | { kind: 'log'; channel: LoggedChannel }
  | { kind: 'snooze'; choice: SnoozeChoice }
  | { kind: 'snooze-pick' }
  | { kind: 'wake' }
  | { kind: 'next-step' }
  | { kind: 'clear-next-step' }
  | { kind: 'close'; state: 'won' | 'lost' | 'do-not-contact' }
  | { kind: 'reopen' }
  | { kind: 'cadence' }
  | { kind: 'ignore'; scope: 'person' | 'domain' };

export function rowMenu(p: ProspectView, act: (a: RowAction) => void): MenuEntry[] {
  const item = (id: string, label: string, a: RowAction, danger = false): MenuEntry => ({ kind: 'item', id, label, onSelect: () => act(a), danger });
  const closed = ['won', 'lost', 'do-not-contact'].includes(p.status.kind);
  const entries: MenuEntry[] = [];
  if (p.canOpenThread) entries.push(item('open', 'Open the thread', { kind: 'open' }), { kind: 'sep' });
  entries.push({ kind: 'group', label: 'Log a touch' });
  for (const c of LOGGED_CHANNELS) entries.push(item(`log-${c.id}`, `${c.label}…`, { kind: 'log', channel: c.id }));
  if (!closed) {
    entries.push({ kind: 'group', label: 'Snooze' });
    if (p.status.kind === 'snoozed') entries.push(item('wake', 'Wake now', { kind: 'wake' }));
    entries.push(
      item('snooze-tomorrow', 'Until tomorrow', { kind: 'snooze', choice: 'tomorrow' }),
      item('snooze-3-days', 'For 3 days', { kind: 'snooze', choice: '3-days' }),
      item('snooze-next-week', 'Until next week', { kind: 'snooze', choice: 'next-week' }),
      item('snooze-pick', 'Pick a date…', { kind: 'snooze-pick' }),
    );
    entries.push({ kind: 'group', label: 'Next step' });
    entries.push(item('next-step', p.nextStep ? 'Change the next step…' : 'Set a next step…', { kind: 'next-step' }));
    if (p.nextStep) entries.push(item('clear-next-step', 'Clear the next step', { kind: 'clear-next-step' }));
    entries.push(item('cadence', p.stepsDays ? `Cadence: ${p.stepsDays.join(', ')} days…` : 'Cadence…', { kind: 'cadence' }));
  }
  entries.push({ kind: 'group', label: 'Close' });
  if (closed) entries.push(item('reopen', 'Reopen', { kind: 'reopen' }));
  else {
    entries.push(
      item('won', 'Mark won', { kind: 'close', state: 'won' }),
      item('lost', 'Mark lost', { kind: 'close', state: 'lost' }),
      item('do-not-contact', 'Do not contact', { kind: 'close', state: 'do-not-contact' }),
    );
  }
  entries.push({ kind: 'sep' }, item('ignore-person', 'Ignore this person…', { kind: 'ignore', scope: 'person' }, true));
  // A public mail domain (gmail.com) is everyone: only the person can be ignored there.
  if (!isPublicDomain(domainOf(p))) entries.push(item('ignore-domain', `Ignore everyone at ${domainOf(p)}…`, { kind: 'ignore', scope: 'domain' }, true));
  return entries;
}

export function displayName(p: ProspectView): string {
  return p.name?.trim() || p.addresses[0] || 'Unknown';
}

export function domainOf(p: ProspectView): string {
  const a = p.addresses[0] ?? '';
  return a.slice(a.lastIndexOf('@') + 1) || 'this domain';
}
