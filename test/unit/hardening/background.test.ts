// The whole background (src/background/index.ts) in node with fake-indexeddb
// and a fake WebExtension API (issue 10): incognito tabs, two accounts, a
// full disk, and messages of every shape from every kind of sender.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../../src/shared/readings';
import type { fakeBrowser } from './fake-browser';

vi.mock('../../../src/shared/browser', async () => {
  const { fakeBrowser } = await import('./fake-browser');
  const fake = fakeBrowser();
  return { browser: fake.browser, extensionAlive: () => true, __fake: fake };
});

const D = 86_400_000;
const SAM = 'sam@northwind-studio.com';
const SAM_OTHER = 'sam.rivera@gmail.com';
const DANA = 'dana@brightpath.io';

function reading(account: string, threadKey: string, to = DANA, subject = 'Brand refresh'): PageReading {
  // Ten calendar days back is past the first step (3 business days) and the due
  // hour at any instant, so the prospect is due whenever this runs (#14).
  const at = Date.now() - 10 * D;
  return {
    provider: 'gmail', account, view: 'conversation', readable: true, problems: [],
    threads: [{ threadKey, subject, source: 'conversation', partial: false, messages: [
      { messageId: `${threadKey}-1`, from: { address: account, name: null, confidence: 'high' }, to: [{ address: to, name: 'Dana Whitfield', confidence: 'high' }], cc: [], at, atSource: 'title', kind: 'message' },
    ] }],
  };
}

let fake: ReturnType<typeof fakeBrowser>;
let db: import('../../../src/db/schema').FollowThroughDb;
const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

beforeAll(async () => {
  fake = ((await import('../../../src/shared/browser')) as unknown as { __fake: ReturnType<typeof fakeBrowser> }).__fake;
  await import('../../../src/background/index');
  db = (await import('../../../src/background/context')).db;
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  fake.sync.clear();
  fake.session.clear();
  await fake.browser.storage.local.clear();
  warn.mockClear();
});

const readingFrom = (r: PageReading, sender: object) => fake.send({ type: 'page/reading', payload: { reading: r, url: 'https://mail.google.com/mail/u/0/#inbox' } }, sender);

describe('incognito tabs', () => {
  it('are not recorded unless the user allows it', async () => {
    const answer = await readingFrom(reading(SAM, 't1'), fake.gmailTab(true));
    expect(answer).toEqual({ ok: true, result: { recorded: false, reason: 'incognito' } });
    const sent = await fake.send({ type: 'compose/sent', payload: { compose: { provider: 'gmail', account: SAM, composeId: 'c1', kind: 'new', to: [{ address: DANA, name: null, confidence: 'high' }], cc: [], subject: 'Hi', threadKey: null }, at: Date.now(), scheduled: false } }, fake.gmailTab(true));
    expect(sent).toMatchObject({ ok: true, result: { recorded: false } });
    const health = await fake.send({ type: 'page/health', payload: { health: { provider: 'gmail', account: SAM, readable: false, view: 'other', matched: {}, problems: [{ field: 'page', count: 1 }], detail: "Can't read this Gmail page" } } }, fake.gmailTab(true));
    expect(health).toEqual({ ok: true, result: { recorded: false } });
    expect(await db.prospects.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
    expect(await fake.browser.storage.local.get(null)).toEqual({});
  });

  it('are recorded once the user allows it in the options', async () => {
    fake.sync.set('recordIncognito', true);
    expect(await readingFrom(reading(SAM, 't1'), fake.gmailTab(true))).toMatchObject({ ok: true, result: { recorded: true } });
    expect(await db.prospects.count()).toBe(1);
  });

  it('a normal tab is recorded whatever the setting', async () => {
    expect(await readingFrom(reading(SAM, 't1'), fake.gmailTab(false))).toMatchObject({ ok: true, result: { recorded: true } });
    expect(await db.touches.count()).toBe(1);
  });
});

describe('two Gmail accounts in two tabs', () => {
  it('keep separate prospects, threads and touches, even for the same person', async () => {
    await readingFrom(reading(SAM, 'a1'), fake.gmailTab(false, 1));
    await readingFrom(reading(SAM_OTHER, 'b1'), fake.gmailTab(false, 2));
    const prospects = await db.prospects.toArray();
    expect(prospects.map((p) => [p.account, p.addresses]).sort()).toEqual([[SAM, [DANA]], [SAM_OTHER, [DANA]]].sort());
    expect(new Set((await db.touches.toArray()).map((t) => t.account))).toEqual(new Set([SAM, SAM_OTHER]));
    expect((await db.threads.toArray()).map((t) => t.account).sort()).toEqual([SAM, SAM_OTHER].sort());
    // Each account's popup lists its own prospect only.
    for (const account of [SAM, SAM_OTHER]) {
      const o = (await fake.send({ type: 'overview/get', payload: { account } }, fake.page)) as { ok: true; result: { sections: { rows: { account: string }[] }[] } };
      const rows = o.result.sections.flatMap((s) => s.rows);
      expect(rows.length).toBe(1);
      expect(rows.every((r) => r.account === account)).toBe(true);
    }
  });
});

describe('storage full', () => {
  it('a write that fails on the quota answers with a plain message, shows "!" on the badge, and logs no content', async () => {
    const { STORAGE_FULL } = await import('../../../src/background/storage-errors');
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'quota-full',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return { ...t, mutate: () => Promise.reject(new DOMException(`Quota exceeded while writing ${DANA}`, 'QuotaExceededError')) };
        },
      }),
    });
    await db.open();
    try {
      const answer = await readingFrom(reading(SAM, 't1', DANA, 'Secret pricing'), fake.gmailTab());
      expect(answer).toEqual({ ok: false, error: STORAGE_FULL });
      expect(fake.badge.text).toBe('!');
      expect(fake.badge.title).toBe(STORAGE_FULL);
      const logged = JSON.stringify(warn.mock.calls);
      expect(logged).toMatch(/storage full/);
      expect(logged).not.toContain(DANA);
      expect(logged).not.toContain('Secret pricing');
      // From the popup too: an action that writes says the same.
      const track = await fake.send({ type: 'prospect/track', payload: { account: SAM, address: DANA } }, fake.page);
      expect(track).toEqual({ ok: false, error: STORAGE_FULL });
    } finally {
      db.close();
      db.unuse({ stack: 'dbcore', name: 'quota-full' });
      await db.open();
    }
    // Once writes succeed again, the badge counts again.
    expect(await readingFrom(reading(SAM, 't1'), fake.gmailTab())).toMatchObject({ ok: true });
    expect(fake.badge.text).toBe('1');
  });
});

describe('messages to the background', () => {
  const senders = {
    'another extension': { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' },
    'a web page (externally_connectable)': { url: 'https://evil.example/', tab: { id: 4 } },
    'our content script in a page that is not mail': { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'https://evil.example/', tab: { id: 4 } },
    'our content script in an http (not https) Gmail': { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'http://mail.google.com/mail/', tab: { id: 4 } },
    'a look-alike host': { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'https://mail.google.com.evil.example/', tab: { id: 4 } },
    'no sender at all': {},
  };
  for (const [name, sender] of Object.entries(senders)) {
    it(`from ${name}: refused before anything is stored, logged without content`, async () => {
      const answer = await readingFrom(reading(SAM, 't1', DANA, 'Secret pricing'), sender);
      expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^refused/) });
      expect(await db.prospects.count()).toBe(0);
      expect(await fake.browser.storage.local.get(null)).toEqual({});
      expect(JSON.stringify(warn.mock.calls)).not.toMatch(/Secret pricing|dana@/);
    });
  }

  it('keeps the popup\'s first screen after a write, and deleting everything leaves it empty', async () => {
    await readingFrom(reading(SAM, 't1'), fake.gmailTab());
    type Kept = { answer: { sections: { rows: { addresses: string[] }[] }[] } };
    const rows = () => ((fake.session.get('firstScreen') as Kept | undefined)?.answer.sections ?? []).flatMap((s) => s.rows.map((r) => r.addresses[0]));
    await vi.waitFor(() => expect(rows()).toEqual([DANA]));
    await fake.send({ type: 'data/delete-all', payload: { confirm: 'delete everything' } }, fake.page);
    await vi.waitFor(() => expect(fake.session.has('firstScreen')).toBe(true));
    expect(rows()).toEqual([]);
  });

  it('a content script cannot export or delete everything', async () => {
    await readingFrom(reading(SAM, 't1'), fake.gmailTab());
    expect(await fake.send({ type: 'data/export', payload: { format: 'json' } }, fake.gmailTab())).toMatchObject({ ok: false });
    expect(await fake.send({ type: 'data/delete-all', payload: { confirm: 'delete everything' } }, fake.gmailTab())).toMatchObject({ ok: false });
    expect(await db.prospects.count()).toBe(1);
  });

  const ROUTER_FUZZ = 300;
  it(`messages of random shapes from any sender: always an answer, never a write, never their content in the log (${ROUTER_FUZZ} cases)`, async () => {
    const secret = 'SECRET-7f3a';
    const sender = fc.constantFrom<object>(fake.page, fake.gmailTab(), fake.gmailTab(true), ...Object.values(senders));
    const type = fc.oneof(fc.constantFrom('page/reading', 'compose/sent', 'data/delete-all', 'data/import', 'prospect/track', 'prospect/close', '__proto__', 'constructor', 'toString'), fc.string());
    const junk = fc.anything({ maxDepth: 3, withMap: true, withSet: true, withBigInt: true, withDate: true, withNullPrototype: true, withTypedArray: true }).map((v) => ({ v, note: secret }));
    const message = fc.oneof(fc.record({ type, payload: junk }), fc.record({ type, payload: fc.constant({ reading: { provider: 'gmail', account: secret }, url: secret }) }), junk, fc.constant(null), fc.constant(undefined), fc.string());
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        const answer = await fake.send(m, s);
        expect(answer.ok).toBe(false);
        expect(typeof answer.error).toBe('string');
        expect(answer.error).not.toContain(secret);
      }),
      { numRuns: ROUTER_FUZZ },
    );
    expect(await db.prospects.count()).toBe(0);
    expect(JSON.stringify(warn.mock.calls)).not.toContain(secret);
  });
});

describe('recognising a full disk', () => {
  it('in every form IndexedDB and Dexie report it', async () => {
    const { isQuotaError, readableError, STORAGE_FULL } = await import('../../../src/background/storage-errors');
    const Dexie = (await import('dexie')).default;
    const quota = new DOMException('x', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('x'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 3 failed', { 2: quota }))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota }))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(readableError(new Dexie.AbortError('Transaction aborted', quota))).toBe(STORAGE_FULL);
    expect(readableError(new Error('That prospect no longer exists.'))).toBe('That prospect no longer exists.');
  });
});
