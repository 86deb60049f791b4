// MailProvider.readPage for Gmail: the account, every list row and the open
// conversation. When the page does not look like the Gmail we know, the
// reading says so (`readable: false`, "can't read this Gmail page") and
// carries no threads: nothing is guessed.
import type { PageReading, Problem, ThreadReading } from '../../shared/readings';
import { readAccount } from './account';
import { readConversation } from './conversation';
import { readListRows, type RowReading } from './list';
import { oneReading } from './mail-content';
import { pick, pickAll, tried } from './selectors';

export const CANT_READ = "can't read this Gmail page";

function mergeRows(rows: RowReading[], problems: Problem[]): ThreadReading[] {
  const byKey = new Map<string, ThreadReading>();
  rows.forEach((row, i) => {
    if (!row.threadKey) {
      problems.push({ field: 'list.threadKey', detail: `row ${i + 1}: no thread id (row attributes, VIEW_DATA)` });
      return;
    }
    if (row.keySource === 'view-data-position') {
      problems.push({ field: 'list.threadKey', detail: `row ${i + 1}: thread id matched by position among identical rows (low confidence)` });
    }
    if (row.lastAt === null) problems.push({ field: 'list.date', detail: `row ${i + 1}: date title not readable` });
    const prev = byKey.get(row.threadKey);
    if (!prev) {
      byKey.set(row.threadKey, {
        threadKey: row.threadKey,
        subject: row.subject,
        source: 'list',
        messages: [],
        summary: { lastAt: row.lastAt, unread: row.unread, participants: row.participants, count: row.count },
        partial: false,
      });
      return;
    }
    // Conversation view off: one row per message, merged into one thread.
    const s = prev.summary!;
    const known = new Set(s.participants.map((p) => p.address));
    s.participants.push(...row.participants.filter((p) => !known.has(p.address)));
    s.lastAt = Math.max(s.lastAt ?? 0, row.lastAt ?? 0) || null;
    s.unread ||= row.unread;
    s.count = (s.count ?? 1) + (row.count ?? 1);
  });
  return [...byKey.values()];
}

export function readGmailPage(doc: Document, now: number): PageReading {
  return oneReading(() => readPage(doc, now));
}

function readPage(doc: Document, now: number): PageReading {
  const problems: Problem[] = [];
  const matched: Record<string, string> = {};
  const unreadable = (reason: string): PageReading => ({
    provider: 'gmail',
    account: null,
    view: 'other',
    threads: [],
    problems: [{ field: 'page', detail: `${CANT_READ}: ${reason}` }, ...problems].slice(0, 100),
    readable: false,
    matched,
  });
  try {
    const main = pick(doc, 'main');
    if (!main) return unreadable('no main area (' + tried('main') + ')');
    matched.main = main.entry.id;
    const account = readAccount(doc);
    if (account.matched) matched.account = account.matched;
    else problems.push({ field: 'account', detail: account.detail });

    const list = pickAll(main.el, 'list');
    if (list.entry) matched.list = list.entry.id;
    const rows = readListRows(main.el, account.address, doc);
    const row0 = rows.find((r) => r.threadKey) ?? rows[0];
    for (const [field, id] of Object.entries(row0?.matched ?? {})) matched[field] = id;
    if (!matched.rowThread && rows.some((r) => r.keySource?.startsWith('view-data'))) matched.rowThread = 'rowThread:view-data';
    const conv = readConversation(main.el, account.address, now);
    Object.assign(matched, conv.matched);
    problems.push(...conv.problems);

    const settings = /^#settings/.test(doc.location?.hash ?? '');
    if (!list.entry && !conv.thread && !settings) {
      return unreadable('neither a thread list nor a conversation (' + tried('list') + '; ' + tried('convHeading') + ')');
    }
    const rowPick = list.els.length ? pickAll(list.els[0]!, 'row') : null;
    const listRows = rowPick?.els.length ?? 0;
    if (listRows > 0 && rows.every((r) => !r.threadKey && !r.subject && !r.participants.length)) {
      return unreadable(`${listRows} list rows but no thread id, subject or sender in any (` + tried('rowThread') + ')');
    }
    if (!account.address) return unreadable(`whose mailbox this is: ${account.detail}`);
    if (rows.length) matched.row = rowPick?.entry?.id ?? '';

    const threads = mergeRows(rows, problems);
    if (conv.thread) threads.push(conv.thread);
    return {
      provider: 'gmail',
      account: account.address,
      view: conv.thread ? 'conversation' : list.entry ? 'list' : 'other',
      threads: threads.slice(0, 500),
      problems: problems.slice(0, 100),
      readable: true,
      matched,
    };
  } catch (err) {
    // A reader never throws into the page: an unexpected DOM is a "can't read".
    return unreadable('reader error ' + (err instanceof Error ? err.name : 'unknown'));
  }
}
