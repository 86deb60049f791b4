// @vitest-environment happy-dom
// The real Gmail pages saved by InboxSDK in 2014-15 (test/fixtures/gmail/real,
// provenance in SOURCES.md there). Rows of that era carry no thread id: keys
// come from the page's VIEW_DATA, matched by content.
import { describe, expect, it } from 'vitest';
import { gmailProvider, readListRows } from '../../../../src/providers/gmail';
import { loadPage, realFixture } from './load';

const at = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

describe('real 2014 inbox page', () => {
  const { doc } = loadPage(realFixture('injected-thread-identifier.html'));
  const rows = readListRows(doc, 'streak.web.test.1@gmail.com', doc);

  it('reads all 16 rows with sender, subject, date and unread state', () => {
    expect(rows).toHaveLength(16);
    expect(rows.filter((r) => r.unread)).toHaveLength(13);
    expect(rows.map((r) => r.subject?.slice(0, 24))).toEqual([
      'aaa', 'aaa', 'Twilio is Now Available ', 'Newsletter: Loads of Lau', 'Newsletter: Loads of Lau',
      'Google Account password ', 'Announcing Elastic SIP T', 'Suspicious sign in preve', 'Suspicious sign in preve',
      'Jonny, a few Google+ pos', 'Announcing New, Lower Vo', 'Jonny, a few Google+ pos', 'Security Notification fo',
      "= 'Hello World' to Formu", '124124124', '123131',
    ]);
    expect(rows[2]!.participants).toEqual([{ address: 'news@twilio.com', name: 'Team Twilio', confidence: 'high' }]);
    // The user shows as "me": the address is kept, the localised name is not.
    expect(rows[0]!.participants).toEqual([{ address: 'streak.web.test.1@gmail.com', name: null, confidence: 'high' }]);
    expect(rows[2]!.lastAt).toBe(at(2014, 12, 10, 6, 2));
    expect(rows[15]!.lastAt).toBe(at(2014, 7, 28, 18, 22));
    expect(rows.every((r) => r.lastAt !== null)).toBe(true);
  });

  it('keys rows from VIEW_DATA, and leaves rows it cannot tell apart unkeyed', () => {
    // InboxSDK's own expectation for row #:3r.
    expect(rows[2]!.threadKey).toBe('14a3481b07c29fcf');
    expect(rows[2]!.keySource).toBe('view-data');
    // Two "aaa" rows, same sender and minute, two threads: matched in page order, flagged.
    expect(rows.slice(0, 2).map((r) => [r.threadKey, r.keySource])).toEqual([
      ['14a5f1c6f7aeeebc', 'view-data-position'],
      ['14a5f1c5ad340727', 'view-data-position'],
    ]);
    // The fixture duplicates one row (#:42-dup) over a single thread, and one row is not in VIEW_DATA.
    expect(rows.filter((r) => r.threadKey === null).map((r) => r.subject?.slice(0, 10))).toEqual(['Newsletter', 'Newsletter', '124124124']);
    expect(new Set(rows.map((r) => r.threadKey).filter(Boolean)).size).toBe(13);
  });

  it('reads the page: account from the "me" sender (low), 13 keyed threads and a problem per unkeyed row', () => {
    const page = gmailProvider.readPage(doc, 0);
    expect(page.readable).toBe(true);
    expect(page.account).toBe('streak.web.test.1@gmail.com');
    expect(page.matched?.account).toBe('account:me-name');
    expect(page.view).toBe('list');
    expect(page.threads).toHaveLength(13);
    expect(page.threads.every((t) => t.source === 'list' && t.messages.length === 0)).toBe(true);
    expect(page.problems.filter((p) => p.field === 'list.threadKey' && p.detail.includes('no thread id'))).toHaveLength(3);
    expect(page.matched?.row).toBe('row:tr.zA');
  });
});

describe('real 2014-15 rows extracted from InboxSDK tests', () => {
  it('reads a default row: date, subject, the user as sender, 15 messages', () => {
    const { doc } = loadPage(`<div gh="tl">${realFixture('thread-row-parser.test--row.html')}</div>`);
    const [row, ...rest] = readListRows(doc, 'cowan@streak.com');
    expect(rest).toEqual([]);
    expect(row!.dateTitle).toBe('Thu, Dec 4, 2014 at 2:02 PM');
    expect(row!.lastAt).toBe(at(2014, 12, 4, 14, 2));
    expect(row!.subject).toBe('test merge again');
    expect(row!.participants).toEqual([{ address: 'cowan@streak.com', name: null, confidence: 'high' }]);
    expect(row!.count).toBe(15);
    expect(row!.unread).toBe(false);
    expect(row!.threadKey).toBeNull();
  });

  it('reads the same thread over three vertical-pane rows as one', () => {
    const { doc } = loadPage(`<div gh="tl">${realFixture('thread-row-parser.test--vertical-preview-pane-row.html')}</div>`);
    const rows = readListRows(doc, 'cowan@streak.com');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'test merge again', dateTitle: 'Thu, Dec 4, 2014 at 2:02 PM', count: 15 });
  });

  it('reads a snippet-less two-row vertical-pane thread', () => {
    const { doc } = loadPage(`<div gh="tl">${realFixture('thread-row-parser.test--snippet-less-vertical-preview-pane-row.html')}</div>`);
    const rows = readListRows(doc, null);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toBe('lordprogrammer finished a deploy (fed8a27)');
    expect(rows[0]!.lastAt).toBe(at(2015, 1, 5, 11, 2));
    expect(rows[0]!.participants).toEqual([{ address: 'notifications@mailfoogae.appspotmail.com', name: 'Streak Bot', confidence: 'high' }]);
  });
});
