// One reading of an Outlook on the web page: account, list rows and the open
// conversation. A page where none of the known parts match is reported as
// unreadable, with nothing guessed (#6).
import type { PageReading, Problem, ThreadReading } from '../../shared/readings';
import { readAccount } from './account';
import { bodyGuard } from './bodies';
import { findOutlookComposes } from './compose';
import { readConversation } from './conversation';
import { dateOrderFor } from './dates';
import { readList } from './list';
import { SELECTORS, queryOne } from './selectors';

export const UNREADABLE_DETAIL =
  "can't read this Outlook page: none of the account, message list, reading pane or compose matched the markup we know";

export function readOutlookPage(doc: Document, now: number): PageReading {
  const problems: Problem[] = [];
  const matched: Record<string, string> = {};
  const order = dateOrderFor(doc.documentElement?.getAttribute('lang'));

  const inBody = bodyGuard();
  const account = readAccount(doc, inBody);
  if (account.entry) matched['account'] = account.entry;
  const list = readList(doc, now, order, inBody);
  if (list.entry) matched['listRow'] = list.entry;
  const composes = findOutlookComposes(doc, { conversation: () => null }, inBody).handles;
  const conv = readConversation(doc, now, order, composes.map((c) => c.root), inBody);
  Object.assign(matched, conv.matched);
  problems.push(...conv.problems);

  const readable = !!account.address || list.rows.length > 0 || !!matched['readingPane'] || composes.length > 0;
  if (!readable) {
    return {
      provider: 'outlook', account: null, view: 'other', threads: [], readable: false, matched,
      problems: [{ field: 'page', detail: UNREADABLE_DETAIL }],
    };
  }
  if (!account.address) {
    problems.push({ field: 'account', detail: `no account address (tried ${SELECTORS.account.map((e) => e.id).join(', ')})` });
  }

  const threads: ThreadReading[] = [...list.rows];
  const open = conv.thread;
  if (open) {
    // The row shows how many messages the conversation holds: fewer read means some are hidden.
    const row = list.rows.find((r) => r.threadKey === open.threadKey);
    const shown = row?.summary?.count ?? 0;
    threads.push(shown > open.messages.length ? { ...open, partial: true } : open);
  }
  if (queryOne(doc, 'listRow') && list.rows.length === 0) {
    problems.push({ field: 'list', detail: 'list rows matched but none had a conversation id' });
  }
  return {
    provider: 'outlook',
    account: account.address,
    view: open ? 'conversation' : list.rows.length > 0 ? 'list' : 'other',
    threads: threads.slice(0, 500),
    problems: problems.slice(0, 100),
    readable: true,
    matched,
  };
}
