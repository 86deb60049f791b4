// People as Gmail marks them: `span[email][name]`. The `email` attribute is
// the truth; `name` is a display name, and for the user it is the localised
// "me", so the user's own name is dropped rather than stored as "me".
import type { Person } from '../../shared/readings';
import { ME_NAMES, isAddress } from './account';

export function personFromSpan(el: Element, account: string | null): Person | null {
  const address = (el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '').trim().toLowerCase();
  if (!isAddress(address)) return null;
  const raw = (el.getAttribute('name') ?? el.getAttribute('data-name') ?? el.textContent ?? '').trim();
  const own = address === account || (account === null && ME_NAMES.has(raw.toLowerCase()));
  return { address, name: own || !raw ? null : raw.slice(0, 256), confidence: 'high' };
}

/** People from `els`, each address once, in order. */
export function uniquePeople(els: Element[], account: string | null): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const el of els) {
    const p = personFromSpan(el, account);
    if (!p || seen.has(p.address!)) continue;
    seen.add(p.address!);
    out.push(p);
  }
  return out;
}
