// The words for each channel of a touch, in the UI's voice.
import type { Channel, Direction, Touch } from '../../core/model';
import type { LoggedChannel } from '../../shared/protocol';

export type TouchKind = 'email-out' | 'email-in' | 'call' | 'voicemail' | 'linkedin' | 'text' | 'meeting' | 'note';

export function touchKind(t: { channel: Channel; direction: Direction; voicemail?: boolean }): TouchKind {
  if (t.channel === 'email') return t.direction === 'in' ? 'email-in' : 'email-out';
  if (t.channel === 'call' && t.voicemail) return 'voicemail';
  return t.channel;
}

const KIND_LABEL: Record<TouchKind, string> = {
  'email-out': 'Email sent',
  'email-in': 'Email received',
  call: 'Call',
  voicemail: 'Voicemail',
  linkedin: 'LinkedIn',
  text: 'Text',
  meeting: 'Meeting',
  note: 'Note',
};

export function touchLabel(t: { channel: Channel; direction: Direction; voicemail?: boolean }): string {
  const base = KIND_LABEL[touchKind(t)];
  // Logged touches can come from them too ("they called back").
  if (t.channel !== 'email' && t.channel !== 'note' && t.direction === 'in') return `${base} from them`;
  return base;
}

/** What a timeline entry says besides its kind: a subject, a note, an auto-reply. */
export function touchDetail(t: Touch): string {
  if (t.kind === 'auto-reply') return 'Automatic reply (out of office)';
  if (t.kind === 'bounce') return 'Bounced: the address did not accept mail';
  return t.subject ?? t.note ?? '';
}

export const LOGGED_CHANNELS: { id: LoggedChannel; label: string }[] = [
  { id: 'call', label: 'Call' },
  { id: 'voicemail', label: 'Voicemail' },
  { id: 'linkedin', label: 'LinkedIn message' },
  { id: 'text', label: 'Text' },
  { id: 'meeting', label: 'Meeting' },
  { id: 'note', label: 'Note' },
];

export function loggedChannelLabel(id: LoggedChannel): string {
  return LOGGED_CHANNELS.find((c) => c.id === id)?.label ?? id;
}
