import type { Touch } from '../model';

// What each touch means to the cadence (issue 3). These are product decisions:
// - `record`: a note is something the user wrote down, not a contact. It never
//   restarts the clock and never counts toward fatigue.
// - `meeting`: a meeting (either direction) is two-way engagement. It ends the
//   chase like a reply; afterwards the user owes a follow-up, at the next step
//   when one is set, else after the first cadence step.
// - `reply`: any inbound touch that is a real message, on any channel (email,
//   call, LinkedIn, text). It ends the chase: the user owes an answer.
// - `auto-reply`: an out-of-office answer pauses the chase until its return
//   date, but is not a reply and does not restart the clock.
// - `bounce`: a delivery failure is not a reply and not a contact; it marks the
//   address bad and makes the engine suggest another channel.
// - `outbound`: everything the user sent or did toward them (calls with or
//   without a voicemail included); each one restarts the clock.
export type TouchRole = 'record' | 'outbound' | 'reply' | 'meeting' | 'auto-reply' | 'bounce';

export function touchRole(t: Touch): TouchRole {
  if (t.channel === 'note') return 'record';
  if (t.channel === 'meeting') return 'meeting';
  if (t.direction === 'out') return 'outbound';
  if (t.kind === 'auto-reply') return 'auto-reply';
  if (t.kind === 'bounce') return 'bounce';
  return 'reply';
}
