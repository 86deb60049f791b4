// Page health (#15): what a reading's matched entries and problems become,
// how it is kept (one validated, bounded storage.local key) and the requests
// around it, through the real router and sender checks.
// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { Window } from 'happy-dom';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { healthOf, healthReporter } from '../../../src/content/health-report';
import { gmailProvider } from '../../../src/providers/gmail';
import { outlookProvider } from '../../../src/providers/outlook';
import type { MailProvider } from '../../../src/providers/types';
import type { HealthReport } from '../../../src/shared/page-health';
import type { PageReading } from '../../../src/shared/readings';
import { gmailPage } from '../../fixtures/gmail/build-page';
import { NOW, sampleMailbox } from '../../fixtures/gmail/sample-mailbox';
import { outlookPage } from '../../fixtures/outlook/build-page';
import { sampleMailbox as outlookMailbox } from '../../fixtures/outlook/sample-mailbox';
import type { fakeBrowser } from '../hardening/fake-browser';

vi.mock('../../../src/shared/browser', async () => {
  const { fakeBrowser } = await import('../hardening/fake-browser');
  const fake = fakeBrowser();
  return { browser: fake.browser, extensionAlive: () => true, __fake: fake };
});

let fake: ReturnType<typeof fakeBrowser>;
let route: (m: unknown, s: object) => Promise<{ ok: boolean; result?: unknown; error?: string }>;
let store: typeof import('../../../src/background/page-health');
const tabs: { id: number; url: string }[] = [];
const sent: { tabId: number; message: unknown }[] = [];
let answerOutline: (tabId: number) => unknown = () => undefined;

beforeAll(async () => {
  fake = ((await import('../../../src/shared/browser')) as unknown as { __fake: ReturnType<typeof fakeBrowser> }).__fake;
  Object.assign(fake.browser.tabs, {
    query: async () => tabs.map((t) => ({ ...t })),
    sendMessage: async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
      return answerOutline(tabId);
    },
  });
  const { createRouter } = await import('../../../src/background/router');
  const { handlers } = await import('../../../src/background/handlers');
  store = await import('../../../src/background/page-health');
  route = createRouter(handlers, () => ({ id: fake.browser.runtime.id, origin: fake.origin }), () => undefined);
});

beforeEach(async () => {
  await fake.browser.storage.local.clear();
  tabs.length = 0;
  sent.length = 0;
});

function read(provider: MailProvider, html: string, url: string): PageReading {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  win.document.write(html);
  const reading = provider.readPage(win.document as unknown as Document, NOW);
  void win.happyDOM.close();
  return reading;
}

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const open = sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7' });
// Gmail dropped the hex id from the heading: the chain falls back to the perm id (its second entry).
const fallbackPage = gmailPage(open).replace(/(<h2 class="hP"[^>]*?) data-legacy-thread-id="[^"]*"/, '$1');
// And the list lost its date titles.
const missingPage = fallbackPage.replace(/(<td class="xW[^"]*"[^>]*>)<span title="[^"]*"/g, '$1<span');

const health = (report: HealthReport, tabId?: number) => route({ type: 'page/health', payload: { health: report } }, { id: fake.browser.runtime.id, url: GMAIL, tab: { id: tabId ?? 7 } });

describe('page health from a reading', () => {
  it('is all found on a page read with every first entry', () => {
    const h = store.healthFrom(healthOf(read(gmailProvider, gmailPage(open), GMAIL)), NOW, 7);
    expect(h).toMatchObject({ provider: 'gmail', account: 'sam@seller.example', readable: true, view: 'conversation', fields: [], tabId: 7 });
    expect(h.found).toBeGreaterThan(8);
  });

  it('names a field that fell back to a later entry, and one that was not found', () => {
    expect(store.healthFrom(healthOf(read(gmailProvider, fallbackPage, GMAIL)), NOW, 7).fields).toEqual([{ field: 'convHeading', state: 'fallback', entry: 'convHeading:perm' }]);
    const h = store.healthFrom(healthOf(read(gmailProvider, missingPage, GMAIL)), NOW, 7);
    expect(h.fields).toContainEqual({ field: 'list.date', state: 'missing', count: 3 });
    expect(h.fields).toContainEqual({ field: 'convHeading', state: 'fallback', entry: 'convHeading:perm' });
  });

  it('keeps the sentence of an unreadable page, without the tried entries', () => {
    const r = read(outlookProvider, outlookPage(outlookMailbox(), { changedMarkup: true }), 'https://outlook.office.com/mail/');
    const h = store.healthFrom(healthOf(r), NOW, undefined);
    expect(h).toMatchObject({ provider: 'outlook', account: null, readable: false, fields: [] });
    expect(h.detail).toMatch(/^can't read this Outlook page/);
    expect(h.detail).not.toContain('tried');
  });
});

describe('the content side', () => {
  it('reports again only when health changes or a minute has passed', async () => {
    let now = NOW;
    const report = healthReporter(() => now);
    const r = read(gmailProvider, gmailPage(open), GMAIL);
    const before = (await store.loadHealth()).length;
    expect(before).toBe(0);
    const request = vi.spyOn(await import('../../../src/shared/messaging'), 'request').mockResolvedValue({ recorded: true } as never);
    await report(r);
    await report(r);
    now += 30_000;
    await report(r);
    expect(request).toHaveBeenCalledTimes(1);
    now += 31_000;
    await report(r);
    await report(read(gmailProvider, fallbackPage, GMAIL));
    expect(request).toHaveBeenCalledTimes(3);
    expect(request.mock.calls[2]![0]).toBe('page/health');
    request.mockRestore();
  });
});

describe('page health as kept', () => {
  it('is recorded per provider and account from a mail tab, and refused from anywhere else', async () => {
    const report = healthOf(read(gmailProvider, fallbackPage, GMAIL));
    expect(await health(report)).toEqual({ ok: true, result: { recorded: true } });
    expect(await health({ ...report, matched: { convHeading: 'convHeading:h2' } })).toMatchObject({ ok: true });
    expect(await route({ type: 'page/health', payload: { health: report } }, fake.page)).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await route({ type: 'page/health', payload: { health: { ...report, provider: 'yahoo' } } }, fake.gmailTab())).toMatchObject({ ok: false, error: expect.stringMatching(/does not validate/) });
    const entries = await store.loadHealth();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ account: 'sam@seller.example', fields: [], tabId: 7 });
  });

  it('is not recorded from an incognito tab unless the user allows it', async () => {
    const report = healthOf(read(gmailProvider, gmailPage(open), GMAIL));
    expect(await route({ type: 'page/health', payload: { health: report } }, fake.gmailTab(true))).toEqual({ ok: true, result: { recorded: false } });
    expect(await store.loadHealth()).toEqual([]);
  });

  it('keeps the most recent accounts only, and drops a stored value that does not validate', async () => {
    const report = healthOf(read(gmailProvider, gmailPage(open), GMAIL));
    for (let i = 0; i < 20; i++) await health({ ...report, account: `sam${i}@seller.example` });
    const entries = await store.loadHealth();
    expect(entries).toHaveLength(12);
    expect(entries[0]!.account).toBe('sam19@seller.example');
    await fake.browser.storage.local.set({ [store.HEALTH_KEY]: { version: 1, entries: [{ provider: 'gmail', account: 'not an address' }] } });
    expect(await store.loadHealth()).toEqual([]);
  });

  it('answers the options page with the entries and the open mail tabs', async () => {
    tabs.push({ id: 7, url: GMAIL }, { id: 8, url: 'https://outlook.office.com/mail/' }, { id: 9, url: 'https://example.com/' });
    await health(healthOf(read(gmailProvider, gmailPage(open), GMAIL)), 7);
    const answer = await route({ type: 'health/get', payload: {} }, fake.page);
    expect(answer.ok).toBe(true);
    const result = answer.result as { entries: unknown[]; tabs: unknown[] };
    expect(result.entries).toHaveLength(1);
    expect(result.tabs).toEqual([{ tabId: 7, provider: 'gmail', account: 'sam@seller.example' }, { tabId: 8, provider: 'outlook', account: null }]);
    expect(await route({ type: 'health/get', payload: {} }, fake.gmailTab())).toMatchObject({ ok: false });
  });
});

describe("the popup's banner", () => {
  const problems = async () => {
    const answer = await route({ type: 'overview/get', payload: { limit: 30 } }, fake.page);
    expect(answer.ok).toBe(true);
    return (answer.result as { problems: { provider: string; account: string | null; detail: string }[] }).problems;
  };
  // What healthOf sends for a page no selector could read.
  const unreadable: HealthReport = { provider: 'gmail', account: 'sam@seller.example', readable: false, view: 'other', matched: {}, problems: [{ field: 'page', count: 1 }], detail: "Can't read this Gmail page: no conversation list" };

  it('lists the pages whose last reading failed, from the kept page health', async () => {
    expect(await problems()).toEqual([]);
    expect(unreadable.readable).toBe(false);
    await health(unreadable, 7);
    expect(await problems()).toEqual([{ provider: 'gmail', account: unreadable.account, detail: unreadable.detail, at: expect.any(Number) }]);
    expect((await problems())[0]!.detail).toMatch(/can't read this Gmail page/i);
  });

  it('drops a problem once the same tab reads its page again, even when the failed reading had no account', async () => {
    await health({ ...unreadable, account: null }, 7);
    await health({ ...unreadable, account: null }, 8);
    expect(await problems()).toHaveLength(1); // one entry per provider and account, as before
    await health(healthOf(read(gmailProvider, gmailPage(open), GMAIL)), 8);
    expect(await problems()).toEqual([]);
    await health({ ...unreadable, account: null }, 9);
    await health(healthOf(read(gmailProvider, gmailPage(open), GMAIL)), 7);
    // Tab 9 is still broken: a reading in another tab says nothing about it.
    expect(await problems()).toMatchObject([{ provider: 'gmail', account: null }]);
  });
});

describe('a page outline request', () => {
  const outline = { provider: 'gmail', html: '<!DOCTYPE html>\n<!-- FollowThrough page outline 1 -->', elements: 10, cut: 0, ms: 3 };

  it('goes to the tab last read for that account, and comes back checked', async () => {
    tabs.push({ id: 5, url: GMAIL }, { id: 7, url: 'https://mail.google.com/mail/u/1/' });
    await health(healthOf(read(gmailProvider, gmailPage(open), GMAIL)), 7);
    answerOutline = () => outline;
    const answer = await route({ type: 'page/outline', payload: { provider: 'gmail', account: 'sam@seller.example' } }, fake.page);
    expect(answer).toMatchObject({ ok: true, result: { ...outline, fileName: expect.stringMatching(/^followthrough-page-outline-gmail-\d{4}-\d\d-\d\d\.html$/) } });
    expect(sent).toEqual([{ tabId: 7, message: { type: 'outline/make' } }]);
  });

  it('refuses a content script, says plainly when no tab is open, and refuses an answer that is not an outline', async () => {
    expect(await route({ type: 'page/outline', payload: { provider: 'gmail' } }, fake.gmailTab())).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await route({ type: 'page/outline', payload: { provider: 'outlook' } }, fake.page)).toEqual({ ok: false, error: 'No Outlook tab is open. Open it, wait until it has loaded, and try again.' });
    tabs.push({ id: 5, url: GMAIL });
    answerOutline = () => ({ ...outline, html: '<p>Dear Ana</p>' });
    expect(await route({ type: 'page/outline', payload: { tabId: 5 } }, fake.page)).toMatchObject({ ok: false, error: expect.stringMatching(/no usable outline/) });
    answerOutline = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await route({ type: 'page/outline', payload: { tabId: 5 } }, fake.page)).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer. Reload it once/) });
    expect(await route({ type: 'page/outline', payload: { tabId: 6 } }, fake.page)).toMatchObject({ ok: false, error: expect.stringMatching(/No mail tab is open/) });
  });
});

describe('reports from several tabs at once', () => {
  it('keep every account', async () => {
    const report = healthOf(read(gmailProvider, gmailPage(open), GMAIL));
    await Promise.all(Array.from({ length: 6 }, (_, i) => health({ ...report, account: `tab${i}@seller.example` }, 10 + i)));
    expect((await store.loadHealth()).map((h) => h.account).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `tab${i}@seller.example`));
  });
});
