// The open conversation: the subject heading carries the hex thread id; each
// message (expanded `.h7`, collapsed `.kv`) carries both message id forms,
// its sender (`span.gD`, `td.gF span[email]`), recipients (`span.g2`) and a
// localised date title. Everything is read from the message header only,
// never from its body (see mail-content.ts). Folded messages make the thread
// partial: it is never read as complete while messages are out of sight.
import { classifyMessage } from '../classify';
import type { MessageReading, Problem, ThreadReading } from '../../shared/readings';
import { findConversationView, isFolded } from './conversation-view';
import { parseGmailTitle } from './dates';
import { gmailIdKey } from './ids';
import { personFromSpan, uniquePeople } from './people';
import { allOutside, firstOutside, gmailSelectors, type GmailField } from './selectors';
import { chromeText } from './text';

const BODY_CSS = 'div.ii.gt, .a3s, .iA.g6';

export interface ConversationReading {
  thread: ThreadReading | null;
  problems: Problem[];
  matched: Partial<Record<GmailField, string>>;
}

function firstIn(el: Element, field: GmailField, matched: ConversationReading['matched']): Element | null {
  for (const entry of gmailSelectors[field]) {
    const hit = firstOutside(el, entry.css);
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
    toEls = allOutside(el, entry.css);
    if (toEls.length) {
      matched.messageTo ??= entry.id;
      break;
    }
  }
  const dateEl = firstIn(el, 'messageDate', matched);
  const at = dateEl ? parseGmailTitle(dateEl.getAttribute('title') ?? '') : null;
  const messageId = gmailIdKey(el.getAttribute('data-legacy-message-id'), 'message') ?? gmailIdKey(el.getAttribute('data-message-id'), 'message');
  // The body is only ever classified (auto-reply, bounce), never read for people, dates or ids.
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
  const view = findConversationView(root);
  if (!view) return { thread: null, problems, matched };
  const { heading, messages: els } = view;
  if (heading) matched.convHeading = heading.entry.id;
  if (view.messageEntry) matched.message = view.messageEntry.id;
  const h = heading?.el;
  const threadKey = gmailIdKey(h?.getAttribute('data-legacy-thread-id'), 'thread') ?? gmailIdKey(h?.getAttribute('data-thread-perm-id'), 'thread');
  if (!threadKey) {
    // The perm id can read "undefined", and is missing until an undo-send ends.
    problems.push({ field: 'conversation.threadKey', detail: 'open conversation has no thread id (' + gmailSelectors.convHeading.map((s) => s.id).join(', ') + ')' });
    return { thread: null, problems, matched };
  }
  const subject = h ? chromeText(h) : null;
  const messages: MessageReading[] = [];
  let partial = false;
  els.forEach((el, i) => {
    const folded = isFolded(el, view.root);
    const { message, complete } = readMessage(el, account, now, subject, matched);
    if (message) messages.push(message);
    else if (!folded) problems.push({ field: 'conversation.message', detail: `message ${i + 1}: no sender with an address` });
    if (!complete || folded) partial = true;
  });
  // Folded messages are Gmail's normal view of a long thread, not a reader failure: no problem, but partial.
  if (view.folded > 0) {
    partial = true;
    Object.assign(matched, view.foldedMatched);
  }
  if (!els.length) {
    partial = true;
    if (!view.folded) problems.push({ field: 'conversation.message', detail: 'conversation open but no messages found (' + gmailSelectors.message.map((s) => s.id).join(', ') + ')' });
  }
  return { thread: { threadKey, subject, source: 'conversation', messages, partial }, problems, matched };
}
