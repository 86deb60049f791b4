// "Dismiss once": the UI stores this key with the dismissal, so the warning
// stays away for exactly this draft and returns when the user's words change.
// Quotes, signature, case and spacing do not change the key.

import { newTextOf } from './new-text';
import { normalise } from './normalise';

/** FNV-1a, 32 bits, with a given seed; two seeds give 64 bits, enough for one user's drafts. */
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function dismissalKey(draft: string): string {
  const text = normalise(draft, newTextOf(draft)).text;
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv1a(text, 0x9e3779b9).toString(36).padStart(7, '0');
  return `t1-${a}${b}`;
}
