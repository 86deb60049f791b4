// One message of the open conversation, read from its header only (#15):
// the sender, the recipients, the time. Nothing inside the message's body is
// read here except by the auto-reply classifier, which reads its text.
import type { MessageReading, Person } from '../../shared/readings';
import { type BodyGuard, outside } from './bodies';
import { type DateOrder, parseOutlookDate } from './dates';
import { BCC_WELL_LABELS, CC_PREFIXES, FROM_PREFIXES, TO_PREFIXES, afterPrefix } from './locale';
import type { MessageUnit } from './message-units';
import { cleanName, findEmail, peopleIn, person, personFromLabel, pillPerson, stripLabel } from './people';
import { type Field, SELECTORS } from './selectors';

export interface ReadContext {
  now: number;
  order: DateOrder;
  inBody: BodyGuard;
  exclude: readonly Element[];
  matched: Record<string, string>;
}

const ADDRESS_TITLE = '[title*="@"]';

/** The sender: the "From:" label (in any language when the anchor is an MSG_ id), then a descendant whose title holds the address. */
export function readSender(unit: MessageUnit, ctx: ReadContext): Person | null {
  const { sender, container } = unit;
  if (!sender) {
    // A collapsed message: the sender shown with its address in a title, or as a pill; nothing else is a sender.
    const titled = outside(container.querySelectorAll(`span${ADDRESS_TITLE}`), ctx.inBody, ctx.exclude)[0];
    if (titled) return person(findEmail(titled.getAttribute('title')), cleanName(titled.textContent));
    const pill = outside(container.querySelectorAll(SELECTORS.recipientPill[0].css), ctx.inBody, ctx.exclude)[0];
    return pill ? pillPerson(pill) : null;
  }
  const labelled = sender.hasAttribute('aria-label') ? sender : sender.querySelector('[aria-label]');
  const raw = labelled?.getAttribute('aria-label') ?? '';
  const label = afterPrefix(raw, FROM_PREFIXES) ?? stripLabel(raw);
  const from = personFromLabel(label, labelled ?? sender);
  const titled = sender.querySelector(ADDRESS_TITLE);
  const address = from?.address ?? findEmail(titled?.getAttribute('title'));
  const name = from?.name ?? cleanName(titled?.textContent) ?? cleanName(sender.textContent);
  if (!address && !name) return null;
  return person(address, name);
}

export function readTime(unit: MessageUnit, ctx: ReadContext): Pick<MessageReading, 'at' | 'atSource'> & { raw: string } {
  const stamp = unit.stamp;
  const candidates = stamp
    ? [stamp.getAttribute('title') ?? '', stamp.textContent ?? '']
    : outside(unit.container.querySelectorAll(SELECTORS.messageTime[1].css), ctx.inBody, ctx.exclude).map((e) => e.getAttribute('title') ?? '').filter((t) => !t.includes('@'));
  for (const text of candidates) {
    const at = parseOutlookDate(text, ctx.now, ctx.order);
    if (at !== null) {
      ctx.matched['conversation.time'] ??= stamp ? SELECTORS.messageTime[0].id : SELECTORS.messageTime[1].id;
      return { at, atSource: 'title', raw: text };
    }
  }
  return { at: ctx.now, atSource: 'first-seen', raw: (candidates[0] ?? '').trim().slice(0, 200) };
}

function pillsOrSpans(line: Element, prefixes: readonly string[]): Person[] {
  const pills = line.querySelectorAll(SELECTORS.recipientPill[0].css);
  if (pills.length) return Array.from(pills, pillPerson).filter((p): p is Person => !!p);
  const people = peopleIn(line, prefixes);
  if (people.length) return people;
  // No person spans: the label "To: A; B" still names them.
  const rest = afterPrefix(line.getAttribute('aria-label') ?? '', prefixes) ?? '';
  return rest.split(/;\s*/).map((part) => cleanName(part)).filter((n): n is string => !!n).map((n) => person(null, n));
}

function lineRole(line: Element, index: number): 'to' | 'cc' | 'bcc' {
  const label = (line.getAttribute('aria-label') ?? line.textContent ?? '').trimStart().slice(0, 40);
  if (afterPrefix(label, TO_PREFIXES) !== null) return 'to';
  if (afterPrefix(label, CC_PREFIXES) !== null) return 'cc';
  if ((BCC_WELL_LABELS as readonly string[]).some((b) => label.toLowerCase().startsWith(`${b}:`))) return 'bcc';
  // A label in a language we do not know: OWA shows the lines in the order To, Cc, Bcc.
  return index === 0 ? 'to' : index === 1 ? 'cc' : 'bcc';
}

/** To and Cc: the language-free RecipientWell lines first (their pills), else the localised "To:"/"Cc:" labels. */
export function readRecipients(unit: MessageUnit, ctx: ReadContext): { to: Person[]; cc: Person[] } {
  // The header first: it holds the recipient lines, and a query there skips the body.
  const scoped = unit.header.querySelectorAll(SELECTORS.recipientWellRead[0].css);
  const wells = outside(scoped.length ? scoped : unit.container.querySelectorAll(SELECTORS.recipientWellRead[0].css), ctx.inBody, ctx.exclude);
  const to: Person[] = [];
  const cc: Person[] = [];
  if (wells.length) {
    ctx.matched['conversation.recipients'] ??= SELECTORS.recipientWellRead[0].id;
    for (const [i, well] of wells.entries()) {
      const role = lineRole(well, i);
      if (role !== 'bcc') (role === 'to' ? to : cc).push(...pillsOrSpans(well, [...TO_PREFIXES, ...CC_PREFIXES]));
    }
    return { to: to.slice(0, 500), cc: cc.slice(0, 500) };
  }
  const labelled = (field: Field, prefixes: readonly string[], out: Person[]) => {
    for (const line of outside(unit.container.querySelectorAll(SELECTORS[field][0].css), ctx.inBody, ctx.exclude)) {
      ctx.matched['conversation.recipients'] ??= SELECTORS[field][0].id;
      out.push(...pillsOrSpans(line, prefixes));
    }
  };
  labelled('to', TO_PREFIXES, to);
  labelled('cc', CC_PREFIXES, cc);
  return { to: to.slice(0, 500), cc: cc.slice(0, 500) };
}

/** The body, for the auto-reply classifier only: the message's own UniqueMessageBody, else its role=document. */
export function bodyOf(unit: MessageUnit): Element | null {
  for (const entry of SELECTORS.messageBody) {
    const el = unit.container.querySelector(entry.css);
    if (el) return el;
  }
  return null;
}

// Two FNV-1a passes with different seeds: 64 bits, enough that two messages of one thread never share a key.
function hash(text: string): string {
  let a = 2166136261;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 16777619) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

/**
 * A key for a message whose time could not be read (#15): the time falls back
 * to "first seen", which changes on each reading, so the key cannot use it.
 * It is made of what stays the same between readings of the page: the
 * conversation, the sender, the stamp's own text, and the count of earlier
 * messages with those same three, never a position in the page or a time of
 * reading.
 */
export function undatedKey(threadKey: string, from: Person, rawStamp: string, seen: Map<string, number>): string {
  const signature = `${threadKey}\n${from.address ?? `name:${from.name ?? ''}`}\n${rawStamp}`;
  const n = seen.get(signature) ?? 0;
  seen.set(signature, n + 1);
  return `outlook-undated:${hash(`${signature}\n${n}`)}`;
}
