// The message list. OWA virtualises it: only the rows near the viewport exist,
// so each reading is partial, and the content script accumulates rows across
// scrolls with mergeListRows(). A row has no marked fields beyond its
// conversation id, so its parts are found by shape: the subject is the span
// whose title repeats its text, the date the span whose title parses as one.
import type { Person, ThreadReading } from '../../shared/readings';
import { type DateOrder, parseOutlookDate } from './dates';
import { UNREAD_WORDS } from './locale';
import { type BodyGuard, bodyGuard } from './bodies';
import { peopleIn } from './people';
import { queryAll } from './selectors';

export interface ListReading {
  rows: ThreadReading[];
  entry: string | null;
}

const UNREAD = new RegExp(`^(?:\\S+ ){0,2}(?:${UNREAD_WORDS.join('|')})(?: |$)`);
const COUNT = /^\(?(\d{1,4})\)?$/;

function readRow(row: Element, now: number, order: DateOrder): ThreadReading | null {
  const threadKey = row.getAttribute('data-convid')?.trim();
  if (!threadKey) return null;
  let subjectEl: Element | null = null;
  let lastAt: number | null = null;
  let count: number | null = null;
  const spans = Array.from(row.querySelectorAll('span'));
  for (const span of spans) {
    const title = span.getAttribute('title')?.trim();
    const text = span.textContent?.trim() ?? '';
    if (title && !subjectEl && title === text && !title.includes('@')) subjectEl = span;
    else if (title && lastAt === null && !title.includes('@')) lastAt = parseOutlookDate(title, now, order);
    else if (!title && !span.firstElementChild && COUNT.test(text)) count = Number(COUNT.exec(text)![1]);
  }
  let participants: Person[] = [];
  if (subjectEl) {
    // The senders come before the subject in the row; the count badge is not a person.
    participants = peopleIn(row, [], subjectEl, spans).filter((p) => !(p.name && COUNT.test(p.name)));
  }
  const label = row.getAttribute('aria-label') ?? '';
  return {
    threadKey: threadKey.slice(0, 256),
    subject: subjectEl?.textContent?.trim().slice(0, 2000) ?? null,
    source: 'list',
    messages: [],
    summary: { lastAt, unread: UNREAD.test(label), participants: participants.slice(0, 100), count: count && count > 0 ? count : null },
    partial: true,
  };
}

export function readList(doc: ParentNode, now: number, order: DateOrder, inBody: BodyGuard = bodyGuard()): ListReading {
  const found = queryAll(doc, 'listRow');
  if (!found) return { rows: [], entry: null };
  const rows: ThreadReading[] = [];
  const seen = new Set<string>();
  for (const el of found.elements) {
    if (inBody(el)) continue;
    const row = readRow(el, now, order);
    if (row && !seen.has(row.threadKey)) {
      seen.add(row.threadKey);
      rows.push(row);
    }
  }
  return { rows, entry: found.entry.id };
}

/**
 * Accumulates list rows across scrolls (pure). Rows seen again take their
 * fresher values, keeping what the old reading had where the new one has none;
 * the result is newest first and always partial, since rows never seen stay unknown.
 */
export function mergeListRows(previous: readonly ThreadReading[], next: readonly ThreadReading[]): ThreadReading[] {
  const byKey = new Map<string, ThreadReading>();
  for (const row of previous) byKey.set(row.threadKey, row);
  for (const row of next) {
    const old = byKey.get(row.threadKey);
    if (!old) {
      byKey.set(row.threadKey, { ...row, partial: true });
      continue;
    }
    const o = old.summary;
    const n = row.summary;
    byKey.set(row.threadKey, {
      ...row,
      subject: row.subject ?? old.subject,
      summary: n && o
        ? { lastAt: n.lastAt ?? o.lastAt, unread: n.unread, participants: n.participants.length ? n.participants : o.participants, count: n.count ?? o.count }
        : n ?? o,
      partial: true,
    });
  }
  const order = new Map([...byKey.keys()].map((k, i) => [k, i]));
  return [...byKey.values()].sort((a, b) => {
    const at = (b.summary?.lastAt ?? -1) - (a.summary?.lastAt ?? -1);
    return at !== 0 ? at : order.get(a.threadKey)! - order.get(b.threadKey)!;
  });
}
