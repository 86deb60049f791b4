// People as Outlook shows them: an address in a title, an aria-label or the
// text ("Alice Smith <alice@acme.com>"), or, inside the user's organisation, a
// display name alone. A name alone is kept with confidence "low" (#6): the
// timeline matches it by name, never by a guessed address.
import type { Person } from '../../shared/readings';

// Bounded parts, and a match starts only where a word starts: a page can put
// 100 KB without an "@" in a label, and the unbounded form took quadratic
// time there (#10). 64 + 1 + 200 + 1 + 54 keeps any match within an address's 320.
const EMAIL = /(?<![^\s@<>()",;:'[\]])[^\s@<>()",;:'[\]]{1,64}@[^\s@<>()",;:'[\]]{1,200}\.[^\s@<>()",;:'[\]]{1,54}/;

export function findEmail(text: string | null | undefined): string | null {
  const m = text ? EMAIL.exec(text) : null;
  return m ? m[0].toLowerCase() : null;
}

export function cleanName(text: string | null | undefined): string | null {
  // A name is at most 256 characters; the cut keeps the trims below linear on hostile labels.
  const name = (text ?? '').slice(0, 1024).replace(/<[^>]*>/g, '').replace(/^[\s;,"']+|[\s;,"']+$/g, '').replace(/\s+/g, ' ');
  return name && !findEmail(name) ? name.slice(0, 256) : null;
}

export function person(address: string | null, name: string | null): Person {
  if (address) return { address, name: name && name.toLowerCase() !== address ? name : null, confidence: 'high' };
  return { address: null, name, confidence: 'low' };
}

/**
 * A person from a label such as "Alice Smith <alice@acme.com>" (after its
 * "From:" prefix) and the element showing it: the address from the label, a
 * title, or the text; the name from the label or the first text span.
 */
export function personFromLabel(label: string, el: Element): Person | null {
  const address = findEmail(label) ?? findEmail(el.getAttribute('title')) ?? findEmail(el.textContent);
  const labelName = cleanName(label.replace(EMAIL, ''));
  const spanName = cleanName(el.querySelector('span')?.textContent);
  const name = labelName ?? spanName;
  if (!address && !name) return null;
  return person(address, name);
}

/** Leaf spans that name a person (not the "To:" label, not "; " separators, only those before `before` if given), each with its title address if any. */
export function peopleIn(container: Element, skipText: readonly string[] = [], before?: Element, spans: readonly Element[] = Array.from(container.querySelectorAll('span'))): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  // The query lists spans in document order: those before `before` precede it (compareDocumentPosition is slow in happy-dom).
  const end = before ? spans.indexOf(before) : -1;
  for (const span of end >= 0 ? spans.slice(0, end) : before ? [] : spans) {
    if (span.firstElementChild) continue;
    const text = span.textContent?.trim() ?? '';
    if (!text || /^[;,\s]+$/.test(text) || skipText.includes(text)) continue;
    const address = findEmail(span.getAttribute('title'));
    const p = person(address, cleanName(text));
    const key = p.address ?? `name:${p.name}`;
    if ((p.address || p.name) && !seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`);

/**
 * A recipient pill (`[data-lpc-hover-target-id]`): its text is a name, an
 * address, or "Name <address>" (Briskine: "only the name, or only the email
 * address" in most cases). The hover-target id is taken as an address only
 * when it is one, whole; no source shows an address in a pill's title.
 */
export function pillPerson(pill: Element): Person | null {
  const text = (pill.textContent ?? '').slice(0, 1024).trim();
  const id = (pill.getAttribute('data-lpc-hover-target-id') ?? '').trim();
  const address = findEmail(text) ?? (WHOLE_EMAIL.test(id) ? id.toLowerCase() : null);
  const name = cleanName(text.replace(EMAIL, ''));
  if (!address && !name) return null;
  return person(address, name);
}

/** "Od: Alice" → "Alice": strips a leading label in any language (a word and a colon), for anchors found by id, not by label. */
export function stripLabel(label: string): string {
  return label.replace(/^[^\s:<>@]{1,24}\s?:\s*/u, '');
}

/**
 * Names shown without an address, resolved against the people of the same
 * conversation (#15): a name that belongs to exactly one known address takes
 * it, with that person's confidence; any other stays a low-confidence name,
 * never a guessed address.
 */
export function nameResolver(known: Iterable<Person>): (p: Person) => Person {
  const byName = new Map<string, Person | null>();
  for (const k of known) {
    if (!k.address || !k.name) continue;
    const key = k.name.toLowerCase();
    const seen = byName.get(key);
    byName.set(key, seen === undefined || seen?.address === k.address ? k : null);
  }
  return (p) => {
    if (p.address || !p.name) return p;
    const match = byName.get(p.name.toLowerCase());
    return match ? { address: match.address, name: p.name, confidence: match.confidence } : p;
  };
}
