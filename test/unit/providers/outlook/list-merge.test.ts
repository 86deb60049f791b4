// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ThreadReading } from '../../../../src/shared/readings';
import { mergeListRows, outlookProvider } from '../../../../src/providers/outlook';
import { outlookPage } from '../../../fixtures/outlook/build-page';
import { NOW, bigMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const listRows = (doc: Document) => outlookProvider.readPage(doc, NOW).threads.filter((t) => t.source === 'list');

/** Leaves only rows [from, to) in the list, as OWA's virtualised list does for one scroll position. */
function window(html: string, from: number, to: number): Document {
  const doc = loadPage(html);
  Array.from(doc.querySelectorAll('[role="option"]')).forEach((row, i) => {
    if (i < from || i >= to) row.remove();
  });
  return doc;
}

describe('mergeListRows: accumulating a virtualised list', () => {
  const mailbox = bigMailbox(40, 3);
  const html = outlookPage({ ...mailbox, openThreadId: undefined });
  const full = listRows(loadPage(html));

  it('reads only the rows that exist, and says the list is partial', () => {
    const rows = listRows(window(html, 10, 22));
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.partial)).toBe(true);
  });

  it('scrolling through the list in overlapping windows adds up to the whole list, newest first', () => {
    let acc: ThreadReading[] = [];
    for (let from = 30; from >= 0; from -= 10) acc = mergeListRows(acc, listRows(window(html, from, from + 12)));
    expect(acc).toEqual(full);
    expect(acc.map((r) => r.summary!.lastAt)).toEqual([...acc.map((r) => r.summary!.lastAt)].sort((a, b) => b! - a!));
  });

  it('takes fresher values for rows seen again, keeping old ones the new reading lacks', () => {
    const before = listRows(window(html, 0, 5));
    const doc = window(html, 0, 5);
    const first = doc.querySelectorAll('[role="option"]')[1]!;
    first.setAttribute('aria-label', `Unread ${first.getAttribute('aria-label')}`);
    const count = Array.from(first.querySelectorAll('span')).find((s) => /^\d+$/.test(s.textContent ?? ''));
    count?.remove();
    const after = mergeListRows(before, listRows(doc));
    expect(after).toHaveLength(5);
    expect(count).toBeDefined();
    expect(before[1]!.summary).toMatchObject({ unread: false, count: 2 });
    expect(after[1]!.summary).toMatchObject({ unread: true, count: 2 });
  });

  it('is order-insensitive in what it keeps, and never mutates its inputs', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(full), fc.shuffledSubarray(full), (a, b) => {
        const [ca, cb] = [structuredClone(a), structuredClone(b)];
        const merged = mergeListRows(a, b);
        expect(a).toEqual(ca);
        expect(b).toEqual(cb);
        expect(new Set(merged.map((r) => r.threadKey))).toEqual(new Set([...a, ...b].map((r) => r.threadKey)));
        expect(merged.map((r) => r.threadKey)).toEqual(mergeListRows(b, a).map((r) => r.threadKey));
      }),
      { numRuns: 50 },
    );
  });
});
