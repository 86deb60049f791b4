// The open conversation: the subject heading carries the hex thread id; each
// message (expanded `.h7` or collapsed `.kv`) carries both message id forms,
// its sender (`span.gD`), recipients (`span.g2`) and a localised date title.
import { classifyMessage } from '../classify';
import type { MessageReading, Problem, ThreadReading } from '../../shared/readings';
import { parseGmailTitle } from './dates';
import { gmailIdKey } from './ids';
import { personFromSpan, uniquePeople } from './people';
import { gmailSelectors, pick, pickUnion, type GmailField } from './selectors';

const BODY_CSS = 'div.ii.gt, .a3s, span.y2, .iA.g6';

export interface ConversationReading {
  thread: ThreadReading | null;
  problems: Problem[];
  matched: Partial<Record<GmailField, string>>;
}

function firstIn(el: Element, field: GmailField, matched: ConversationReading['matched']): Element | null {
  for (const entry of gmailSelectors[field]) {
    const hit = el.querySelector(entry.css);
    if (hit) {
      matched[field] ??= entry.id;
      return hit;
    }
  }
  return null;
}

function readMessage(el: Element, account: string | null, now: number, subject: string | null, matched: ConversationReading['matched']): { message: MessageReading | null; complete: boolean } {
  const fromEl = firstIn(el, 'messageFrom', matched);
  const from = fromEl ? personFromSpan(fromEl, account) : null;
  if (!from) return { message: null, complete: false };
  let toEls: Element[] = [];
  for (const entry of gmailSelectors.messageTo) {
    toEls = Array.from(el.querySelectorAll(entry.css));
    if (toEls.length) {
      matched.messageTo ??= entry.id;
      break;
    }
  }
  const dateEl = firstIn(el, 'messageDate', matched);
  const at = dateEl ? parseGmailTitle(dateEl.getAttribute('title') ?? '') : null;
  const messageId = gmailIdKey(el.getAttribute('data-legacy-message-id')) ?? gmailIdKey(el.getAttribute('data-message-id'));
  // A collapsed message shows only its snippet, which is where an auto-reply says so anyway.
  const body = el.querySelector(BODY_CSS);
  const classified = from.address === account ? { kind: 'message' as const } : classifyMessage(subject, body, from.address, at ?? now);
  return {
    message: {
      messageId,
      from,
      // Gmail's header line lists To and Cc together; both land in `to`.
      to: uniquePeople(toEls, account),
      cc: [],
      at: at ?? now,
      atSource: at === null ? 'first-seen' : 'title',
      ...classified,
    },
    complete: toEls.length > 0 && messageId !== null,
  };
}

export function readConversation(root: ParentNode, account: string | null, now: number): ConversationReading {
  const matched: ConversationReading['matched'] = {};
  const problems: Problem[] = [];
  const heading = pick(root, 'convHeading');
  const { els, entry } = pickUnion(root, 'message');
  if (!heading && !els.length) return { thread: null, problems, matched };
  if (heading) matched.convHeading = heading.entry.id;
  if (entry) matched.message = entry.id;
  const h = heading?.el;
  const threadKey = gmailIdKey(h?.getAttribute('data-legacy-thread-id')) ?? gmailIdKey(h?.getAttribute('data-thread-perm-id'));
  if (!threadKey) {
    // The perm id can read "undefined", and is missing until an undo-send ends.
    problems.push({ field: 'conversation.threadKey', detail: 'open conversation has no thread id (' + gmailSelectors.convHeading.map((s) => s.id).join(', ') + ')' });
    return { thread: null, problems, matched };
  }
  const subject = (h?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000) || null;
  const messages: MessageReading[] = [];
  let partial = false;
  els.forEach((el, i) => {
    const { message, complete } = readMessage(el, account, now, subject, matched);
    if (message) messages.push(message);
    else problems.push({ field: 'conversation.message', detail: `message ${i + 1}: no sender with an address` });
    if (!complete) partial = true;
  });
  if (!els.length) {
    partial = true;
    problems.push({ field: 'conversation.message', detail: 'conversation open but no messages found (' + gmailSelectors.message.map((s) => s.id).join(', ') + ')' });
  }
  return { thread: { threadKey, subject, source: 'conversation', messages, partial }, problems, matched };
}
