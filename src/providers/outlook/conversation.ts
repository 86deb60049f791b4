// The reading pane: the open conversation's id, subject and every message's
// sender, recipients and time. OWA marks no message element, so a message is
// the largest ancestor of its "From:" element that holds no other sender.
import { classifyMessage } from '../classify';
import type { MessageReading, Person, Problem, ThreadReading } from '../../shared/readings';
import { type DateOrder, parseOutlookDate } from './dates';
import { CC_PREFIXES, FROM_PREFIXES, TO_PREFIXES, afterPrefix } from './locale';
import { cleanName, peopleIn, person, personFromLabel } from './people';
import { type Field, SELECTORS, queryAll, queryOne, valueOf } from './selectors';

export interface ConversationReading {
  thread: ThreadReading | null;
  matched: Record<string, string>;
  problems: Problem[];
}

const BOUNCE = /^(?:postmaster|mailer-daemon)@/i;

function containerOf(sender: Element, root: Element, prev: Element | undefined, next: Element | undefined): Element {
  let el = sender;
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    // Senders are in document order: a parent holding any other sender holds a neighbour.
    if ((prev && parent.contains(prev)) || (next && parent.contains(next))) break;
    el = parent;
  }
  return el;
}

function readTime(container: Element, now: number, order: DateOrder, matched: Record<string, string>): Pick<MessageReading, 'at' | 'atSource'> {
  const stamp = container.querySelector(SELECTORS.messageTime[0].css);
  const candidates = stamp
    ? [stamp.getAttribute('title') ?? '', stamp.textContent ?? '']
    : Array.from(container.querySelectorAll(SELECTORS.messageTime[1].css), (e) => e.getAttribute('title') ?? '').filter((t) => !t.includes('@'));
  for (const text of candidates) {
    const at = parseOutlookDate(text, now, order);
    if (at !== null) {
      matched['conversation.time'] ??= stamp ? SELECTORS.messageTime[0].id : SELECTORS.messageTime[1].id;
      return { at, atSource: 'title' };
    }
  }
  return { at: now, atSource: 'first-seen' };
}

function recipients(container: Element, field: Field, prefixes: readonly string[]): Person[] {
  const found = queryAll(container, field);
  if (!found) return [];
  const out: Person[] = [];
  for (const el of found.elements) {
    const people = peopleIn(el, prefixes);
    if (people.length) out.push(...people);
    else {
      // No person spans: the label "To: A; B" still names them.
      const rest = afterPrefix(el.getAttribute('aria-label') ?? '', prefixes) ?? '';
      for (const part of rest.split(/;\s*/)) {
        const name = cleanName(part);
        if (name) out.push(person(null, name));
      }
    }
  }
  return out.slice(0, 500);
}

export function readConversation(doc: Document, now: number, order: DateOrder, exclude: readonly Element[]): ConversationReading {
  const matched: Record<string, string> = {};
  const problems: Problem[] = [];
  const pane = queryOne(doc, 'readingPane');
  if (!pane) return { thread: null, matched, problems };
  matched['readingPane'] = pane.entry.id;
  const conv = queryOne(pane.element, 'conversation');
  const root = conv?.element ?? pane.element;
  if (conv) matched['conversation'] = conv.entry.id;

  const subject = queryOne(root, 'subject');
  if (subject) matched['subject'] = subject.entry.id;
  const found = queryAll(root, 'sender');
  const senders = (found?.elements ?? []).filter((el) => !exclude.some((c) => c.contains(el)));
  if (senders.length === 0) {
    // An empty pane or a new message is not a conversation; a subject with no sender is a page we misread.
    if (subject) problems.push({ field: 'conversation.sender', detail: `a conversation is open but no sender matched (tried ${SELECTORS.sender.map((e) => e.id).join(', ')})` });
    return { thread: null, matched, problems };
  }
  matched['sender'] = found!.entry.id;

  const id = queryOne(doc, 'conversationId');
  const threadKey = id ? valueOf(id.element, id.entry).slice(0, 256) : '';
  if (!threadKey) {
    problems.push({ field: 'conversation.id', detail: `no conversation id (tried ${SELECTORS.conversationId.map((e) => e.id).join(', ')})` });
    return { thread: null, matched, problems };
  }
  matched['conversationId'] = id!.entry.id;

  let partial = false;
  const messages: MessageReading[] = [];
  senders.forEach((sender, i) => {
    const container = containerOf(sender, root, senders[i - 1], senders[i + 1]);
    const label = afterPrefix(sender.getAttribute('aria-label') ?? '', FROM_PREFIXES) ?? '';
    const from = personFromLabel(label, sender);
    if (!from) {
      partial = true;
      return;
    }
    const time = readTime(container, now, order, matched);
    const body = container.querySelector(SELECTORS.messageBody.map((e) => e.css).join(','));
    const subjectText = subject ? (subject.element.getAttribute('title') ?? subject.element.textContent ?? '') : null;
    const classified = from.address && BOUNCE.test(from.address) ? { kind: 'bounce' as const } : classifyMessage(subjectText, body, from.address, time.at);
    messages.push({
      messageId: null,
      from,
      to: recipients(container, 'to', TO_PREFIXES),
      cc: recipients(container, 'cc', CC_PREFIXES),
      ...time,
      ...classified,
    });
  });
  return {
    thread: {
      threadKey,
      subject: subject ? (subject.element.getAttribute('title') ?? subject.element.textContent ?? '').trim().slice(0, 2000) || null : null,
      source: 'conversation',
      messages: messages.slice(0, 1000),
      partial,
    },
    matched,
    problems,
  };
}
