// The reading pane: the open conversation (or, with conversation view off,
// the open item as a conversation of one), its id and subject, and every
// message's sender, recipients and time, read from message headers only.
// Messages we can see but not read (a collapsed one without an address), and
// messages OWA hides behind "See more messages", mark the thread partial.
import { classifyMessage } from '../classify';
import type { MessageReading, Person, Problem, ThreadReading } from '../../shared/readings';
import { type BodyGuard, bodyGuard, firstOutside } from './bodies';
import { type DateOrder, parseOutlookDate } from './dates';
import { CC_PREFIXES, FROM_PREFIXES, TO_PREFIXES, afterPrefix } from './locale';
import { type ReadContext, bodyOf, readRecipients, readSender, readTime, undatedKey } from './message';
import { findMessageUnits } from './message-units';
import { nameResolver } from './people';
import { SELECTORS, valueOf } from './selectors';

export interface ConversationReading {
  thread: ThreadReading | null;
  matched: Record<string, string>;
  problems: Problem[];
}

const BOUNCE = /^(?:postmaster|mailer-daemon)@/i;
const HEADER_LINE = [...FROM_PREFIXES, ...TO_PREFIXES, ...CC_PREFIXES];
const ANCHORS = [SELECTORS.messageFrom[0].css, SELECTORS.sender[0].css, SELECTORS.messageTime[0].css, SELECTORS.recipientWellRead[0].css].join(', ');

/** A heading that is a message's From:, To: or date line, never the subject (outlook-web-skill, MailBoost). */
function isHeaderLine(el: Element, now: number, order: DateOrder): boolean {
  if (el.matches(ANCHORS) || el.querySelector(ANCHORS) || el.closest(ANCHORS)) return true;
  const text = (el.getAttribute('title') ?? el.textContent ?? '').trim();
  return HEADER_LINE.some((p) => text.startsWith(p)) || parseOutlookDate(text, now, order) !== null;
}

function subjectText(el: Element): string | null {
  return (el.getAttribute('title') ?? el.textContent ?? '').trim().slice(0, 2000) || null;
}

export function readConversation(doc: Document, now: number, order: DateOrder, exclude: readonly Element[], inBody: BodyGuard = bodyGuard()): ConversationReading {
  const matched: Record<string, string> = {};
  const problems: Problem[] = [];
  const pane = firstOutside(doc, SELECTORS.readingPane, inBody);
  if (!pane) return { thread: null, matched, problems };
  matched['readingPane'] = pane.entry.id;
  const conv = firstOutside(pane.element, SELECTORS.conversation, inBody, exclude);
  const root = conv?.element ?? pane.element;
  if (conv) matched['conversation'] = conv.entry.id;

  const subject = firstOutside(root, SELECTORS.subject, inBody, exclude, (el, entry) => entry.id !== 'heading' || !isHeaderLine(el, now, order));
  if (subject) matched['subject'] = subject.entry.id;
  const { units, senderEntries } = findMessageUnits(root, inBody, exclude);
  if (units.length === 0) {
    // An empty pane or a new message is not a conversation; a subject with no sender is a page we misread.
    if (subject) problems.push({ field: 'conversation.sender', detail: `a conversation is open but no message matched (tried ${[...SELECTORS.messageFrom, ...SELECTORS.sender, SELECTORS.messageTime[0]].map((e) => e.id).join(', ')})` });
    return { thread: null, matched, problems };
  }
  if (senderEntries[0]) matched['sender'] = senderEntries[0];

  const id = firstOutside(doc, SELECTORS.conversationId, inBody);
  const threadKey = id ? valueOf(id.element, id.entry).slice(0, 256) : '';
  if (!threadKey) {
    problems.push({ field: 'conversation.id', detail: `no conversation id (tried ${SELECTORS.conversationId.map((e) => e.id).join(', ')})` });
    return { thread: null, matched, problems };
  }
  matched['conversationId'] = id!.entry.id;

  const ctx: ReadContext = { now, order, inBody, exclude, matched };
  const subjectLine = subject ? subjectText(subject.element) : null;
  let partial = false;
  const seen = new Map<string, number>();
  const read: MessageReading[] = [];
  for (const unit of units) {
    const from = readSender(unit, ctx);
    if (!from) {
      partial = true;
      continue;
    }
    const { raw, ...time } = readTime(unit, ctx);
    const recipients = unit.collapsed ? { to: [], cc: [] } : readRecipients(unit, ctx);
    const body = bodyOf(unit);
    const classified = from.address && BOUNCE.test(from.address) ? { kind: 'bounce' as const } : classifyMessage(subjectLine, body, from.address, time.at);
    read.push({
      // Only a message whose time we could not read needs a key of its own: the others are keyed by sender and time.
      messageId: time.atSource === 'first-seen' ? undatedKey(threadKey, from, raw, seen) : null,
      from,
      ...recipients,
      ...time,
      ...classified,
    });
  }
  const hidden = firstOutside(root, SELECTORS.hiddenMessages, inBody, exclude);
  if (hidden) {
    matched['hiddenMessages'] = hidden.entry.id;
    partial = true;
  }
  const resolve = nameResolver(read.flatMap((m) => [m.from, ...m.to, ...m.cc]));
  const messages = read.map((m) => ({ ...m, from: resolve(m.from), to: m.to.map(resolve), cc: m.cc.map(resolve) }));
  return {
    thread: { threadKey, subject: subjectLine, source: 'conversation', messages: messages.slice(0, 1000), partial },
    matched,
    problems,
  };
}

/** Everyone the open conversation shows with an address, for resolving name-only compose pills. */
export function knownPeople(thread: ThreadReading | null): Person[] {
  return thread ? thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).filter((p) => p.address) : [];
}
