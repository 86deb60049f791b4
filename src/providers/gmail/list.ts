// Thread list rows, in every layout: one `tr.zA` per thread (default,
// horizontal pane), one per message (conversation view off: rows of one
// thread are merged by key), or one thread over 2-3 `tr.zA.apv` rows
// (vertical pane: only a thread's first row has the checkbox).
import type { Person } from '../../shared/readings';
import { parseGmailTitle } from './dates';
import { hasClass } from './dom';
import { gmailIdKey } from './ids';
import { uniquePeople } from './people';
import { allOutside, firstOutside, gmailSelectors, pickAll, type GmailField, type SelectorEntry } from './selectors';
import { chromeText } from './text';
import { htmlText, viewDataThreads, type ViewDataThread } from './view-data';

export interface RowReading {
  /** Hex thread key; null when the row shows none and VIEW_DATA could not pin it down. */
  threadKey: string | null;
  /** data: the row's own id attributes; view-data: matched to the page's VIEW_DATA (by content, low when only by position). */
  keySource: 'data' | 'view-data' | 'view-data-position' | null;
  subject: string | null;
  participants: Person[];
  lastAt: number | null;
  dateTitle: string | null;
  unread: boolean;
  count: number | null;
  /** Per field, the selector entry that matched. */
  matched: Partial<Record<GmailField, string>>;
}

function first(group: Element[], field: GmailField): { el: Element; entry: SelectorEntry } | null {
  for (const entry of gmailSelectors[field]) {
    for (const tr of group) {
      // Never from the snippet (`.y2`): it is mail content (mail-content.ts).
      const el = firstOutside(tr, entry.css);
      if (el) return { el, entry };
    }
  }
  return null;
}

/** Rows grouped per thread (vertical pane rows belong to the row above until the next checkbox). */
export function groupRows(rows: Element[]): Element[][] {
  const groups: Element[][] = [];
  for (const tr of rows) {
    const continues = hasClass(tr, 'apv') && !tr.querySelector('[role=checkbox]') && groups.length > 0;
    if (continues) groups[groups.length - 1]!.push(tr);
    else groups.push([tr]);
  }
  return groups;
}

function readRow(group: Element[], account: string | null): RowReading {
  const matched: RowReading['matched'] = {};
  const idEl = first(group, 'rowThread');
  let threadKey: string | null = null;
  if (idEl) {
    threadKey = gmailIdKey(idEl.el.getAttribute('data-legacy-thread-id'), 'thread') ?? gmailIdKey(idEl.el.getAttribute('data-thread-id'), 'thread');
    if (threadKey) matched.rowThread = idEl.entry.id;
  }
  const subj = first(group, 'rowSubject');
  if (subj) matched.rowSubject = subj.entry.id;
  let people: Element[] = [];
  for (const entry of gmailSelectors.rowPeople) {
    people = group.flatMap((tr) => allOutside(tr, entry.css));
    if (people.length) {
      matched.rowPeople = entry.id;
      break;
    }
  }
  const date = first(group, 'rowDate');
  const dateTitle = date?.el.getAttribute('title')?.trim() || null;
  if (date) matched.rowDate = date.entry.id;
  const countEl = first(group, 'rowCount');
  // Classic rows show the count as "me (15)" in the people cell.
  const countText = countEl?.el.textContent ?? /\((\d+)\)\s*$/.exec(first(group, 'rowPeople')?.el.parentElement?.textContent ?? '')?.[1] ?? '';
  const count = /^\s*\d+\s*$/.test(countText) ? Math.max(1, Math.min(10_000, Number(countText))) : null;
  const lead = group[0]!;
  return {
    threadKey,
    keySource: threadKey ? 'data' : null,
    subject: subj ? chromeText(subj.el) : null,
    participants: uniquePeople(people, account),
    lastAt: dateTitle ? parseGmailTitle(dateTitle) : null,
    dateTitle,
    unread: hasClass(lead, 'zE'),
    count,
    matched,
  };
}

/** Every row of the thread list, in page order. Empty when there is no list. */
export function readListRows(root: ParentNode, account: string | null, doc?: Document): RowReading[] {
  const list = pickAll(root, 'list').els[0];
  if (!list) return [];
  const rows = pickAll(list, 'row').els;
  const readings = groupRows(rows).map((g) => readRow(g, account));
  if (doc && readings.some((r) => !r.threadKey)) keyFromViewData(readings, viewDataThreads(doc));
  return readings;
}

const signature = (subject: string | null, senders: string[]) => `${subject ?? ''}\u0000${[...senders].sort().join(',')}`;

/**
 * Classic rows: find each unkeyed row's thread in VIEW_DATA by subject and
 * senders, then date title. Rows that still share candidates with other rows
 * (the same subject, sender and minute twice) get them in page order, which
 * is how Gmail rendered them, and are marked as matched by position.
 */
function keyFromViewData(rows: RowReading[], threads: ViewDataThread[]): void {
  if (!threads.length) return;
  const used = new Set(rows.map((r) => r.threadKey).filter(Boolean));
  const pending = new Map<string, RowReading[]>();
  for (const row of rows) {
    if (row.threadKey) continue;
    const senders = row.participants.map((p) => p.address!);
    const sig = signature(row.subject, senders);
    let cands = threads.filter((t) => !used.has(t.id) && signature(htmlText(t.subject), t.senders) === sig);
    const byTitle = cands.filter((t) => t.title === row.dateTitle);
    if (byTitle.length) cands = byTitle;
    const key = cands.map((c) => c.id).join(' ');
    if (!key) continue;
    pending.set(key, [...(pending.get(key) ?? []), row]);
  }
  for (const [key, group] of pending) {
    const ids = key.split(' ').filter((id) => !used.has(id));
    // More rows than threads (or fewer): which row is which cannot be told; leave them unkeyed.
    if (group.length !== ids.length) continue;
    group.forEach((row, i) => {
      row.threadKey = ids[i]!;
      row.keySource = ids.length === 1 ? 'view-data' : 'view-data-position';
      used.add(ids[i]!);
    });
  }
}
