// Hardening end to end (issue 10), in real Chromium with the built extension:
// the manifest, a whole session that makes no request anywhere, hostile text
// in every surface, what a page can see of us, an update under an open Gmail
// tab, and the service worker stopped at random points of a session.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { breakupDraft, demoAccount, demoMailbox, demoPeople } from '../fixtures/demo/mailbox';
import { gmailPage } from '../fixtures/gmail/build-page';
import type { FixtureCompose, FixtureMailbox, FixturePerson } from '../fixtures/mailbox';
import { DIST, GMAIL, launch, openExtensionPage, shadowContent, type Session } from './harness';

const D = 86_400_000;
let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Reads the extension's database and badge from one of its own pages (works whether the worker is running or not). */
async function storeFrom(host: Page, store: string): Promise<Record<string, unknown>[]> {
  return host.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('followthrough');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as Record<string, unknown>[]);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
const badgeFrom = (host: Page) => host.evaluate(() => chrome.action.getBadgeText({}));
const sendButton = (page: Page) => page.locator('div[role=button].T-I.T-I-atl').filter({ hasNotText: /schedule/i }).first();

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));

  it('has a strict CSP, no remote code, externally_connectable closed, and only the permissions used', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(manifest.content_security_policy.sandbox).toBeUndefined();
    expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // Host permissions (for injecting the compose UI) are exactly the sites the content scripts already run on.
    expect([...manifest.host_permissions].sort()).toEqual(['https://mail.google.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const hosts = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(hosts.sort()).toEqual(['https://mail.google.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*']);
    expect(manifest.background.service_worker).not.toMatch(/^https?:/);
  });

  it('ships no code that loads code from elsewhere', () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir).forEach((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : files.push(join(dir, f))));
    walk(DIST);
    for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/import\(\s*["'`]https?:|importScripts\(\s*["'`]https?:|from\s*["']https?:/);
      expect(text, file).not.toMatch(/\beval\(/);
      expect(text, file).not.toMatch(/localhost:5173/); // never a dev build
    }
  });
});

describe('no network', () => {
  it('a whole session (reading, composing, sending, popup, options, export) requests nothing beyond the fixture mail pages', async () => {
    s = await launch();
    const seen: string[] = [];
    s.context.on('request', (r) => void seen.push(r.url()));
    const compose: FixtureCompose = {
      kind: 'reply', to: [demoPeople.dana], subject: 'Re: Brand refresh for BrightPath', threadId: '19a4c0de00000001',
      body: 'Hi Dana,\n\nI mocked up the second direction on your homepage. Would Thursday at 2pm work for a 20-minute look?\n\nSam',
    };
    s.serve(GMAIL, gmailPage(demoMailbox(Date.now(), { compose, openThreadId: compose.threadId, behave: { undoSeconds: 1 } })));
    const gmail = await s.context.newPage();
    await gmail.goto(`${GMAIL}#inbox/${compose.threadId}`);
    const host = await openExtensionPage(s, 'src/ui/popup/index.html');
    await expect.poll(async () => (await storeFrom(host, 'prospects')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await gmail.locator('followthrough-sidebar').waitFor({ state: 'attached', timeout: 10_000 });
    await sendButton(gmail).click();
    await expect.poll(async () => (await storeFrom(host, 'touches')).filter((t) => String(t.id).startsWith('sent:')).length, { timeout: 15_000 }).toBe(1);

    await host.reload();
    await host.getByTestId('prospect-row').first().waitFor({ timeout: 10_000 });
    const options = await openExtensionPage(s, 'src/ui/options/index.html');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    await expect.poll(() => options.getByTestId('data-outcome').innerText(), { timeout: 10_000 }).toMatch(/Saved/);
    await options.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => options.getByTestId('data-outcome').innerText(), { timeout: 10_000 }).toMatch(/\.csv/);

    expect(s.strayRequests).toEqual([]);
    const foreign = seen.filter((u) => !/^(chrome-extension:|data:|blob:|https:\/\/mail\.google\.com\/mail\/u\/0\/)/.test(u));
    expect(foreign).toEqual([]);
    // The extension's own pages and worker loaded nothing remote.
    for (const p of [host, options]) {
      const loaded = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(loaded.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('blob:'))).toEqual([]);
    }
    const worker = await s.worker();
    const workerLoaded = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)).catch(() => []);
    expect(workerLoaded.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    console.info(`no-network session: ${seen.length} requests recorded, ${s.strayRequests.length} stray, ${foreign.length} foreign`);
  });
});

const EVIL_NAME = '<img src=x onerror="window.__pwned=1">Eve';
const EVIL_SUBJECT = '<script>window.__pwned=2</script><b>Deal</b>';
const eve: FixturePerson = { name: EVIL_NAME, address: 'eve@hostile.example' };

function hostileMailbox(now: number, compose?: FixtureCompose): FixtureMailbox {
  const mb = demoMailbox(now, { openThreadId: '19a4c0de000000ff', ...(compose ? { compose } : {}) });
  mb.threads.push({ id: '19a4c0de000000ff', subject: EVIL_SUBJECT, messages: [{ id: '19a4c0de000000ff', from: demoAccount, to: [eve], at: now - 10 * D, body: 'Hi Eve,\n\nThe proposal is attached.\n\nSam' }] });
  return mb;
}

/** Marks the page's own DOM and globals once it has loaded, before the content script runs (document_idle). */
const SNAPSHOT = `<script>window.__before = { globals: Object.getOwnPropertyNames(window), html: document.body.innerHTML };</script>`;

describe('hostile text and what the page can see', () => {
  it('names, subjects and drafts holding HTML or script show as text in the sidebar, pre-send dialog and popup; the page gets no globals and no DOM changes outside our hosts', async () => {
    s = await launch();
    const draft: FixtureCompose = { ...breakupDraft, to: [eve], subject: `Re: ${EVIL_SUBJECT}`, threadId: '19a4c0de000000ff', body: `${breakupDraft.body}\n\n<img src=x onerror="window.__pwned=3">` };
    s.serve(GMAIL, () => gmailPage(hostileMailbox(Date.now(), draft)).replace('</body>', `${SNAPSHOT}</body>`));
    const gmail = await s.context.newPage();
    await gmail.goto(`${GMAIL}#inbox/19a4c0de000000ff`);
    const host = await openExtensionPage(s, 'src/ui/popup/index.html');
    await expect.poll(async () => (await storeFrom(host, 'prospects')).map((p) => p.name), { timeout: 10_000 }).toContain(EVIL_NAME);

    // Sidebar: the name is shown as text.
    await expect.poll(async () => (await shadowContent(gmail, 'followthrough-sidebar')).text, { timeout: 10_000 }).toContain('<img src=x');
    expect((await shadowContent(gmail, 'followthrough-sidebar')).tags).not.toContain('img');
    // Pre-send dialog: the draft's words are quoted as text.
    await sendButton(gmail).click();
    const dialog = gmail.locator('followthrough-presend').locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible' });
    const injected = await gmail.evaluate(() =>
      Array.from(document.querySelectorAll('followthrough-sidebar, followthrough-presend')).map((h) => h.shadowRoot?.querySelectorAll('img[src=x], script, b').length ?? 0),
    );
    expect(injected.every((n) => n === 0)).toBe(true);
    expect(await gmail.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await dialog.getByRole('button', { name: 'Edit' }).click();

    // The page's own DOM is untouched outside our hosts, and no globals appeared.
    const seenByPage = await gmail.evaluate(() => {
      const before = (window as unknown as { __before: { globals: string[]; html: string } }).__before;
      const clone = document.body.cloneNode(true) as HTMLElement;
      const hosts = Array.from(clone.querySelectorAll('*')).filter((e) => e.tagName.startsWith('FOLLOWTHROUGH-'));
      const hostTags = hosts.map((h) => h.tagName.toLowerCase());
      const lightText = hosts.map((h) => h.textContent ?? '').join('');
      hosts.forEach((h) => h.remove());
      // The fixture's own send/undo toast changes its style; compare without style attributes.
      const strip = (html: string) => html.replace(/\sstyle="[^"]*"/g, '').replace(/<script>window\.__before[\s\S]*?<\/script>/, '');
      return {
        newGlobals: Object.getOwnPropertyNames(window).filter((g) => !before.globals.includes(g) && g !== '__before'),
        sameDom: strip(clone.innerHTML) === strip(before.html),
        hostTags,
        lightText,
      };
    });
    expect(seenByPage.newGlobals).toEqual([]);
    expect(seenByPage.sameDom).toBe(true);
    expect(seenByPage.lightText).toBe('');
    expect(new Set(seenByPage.hostTags)).toEqual(new Set(['followthrough-sidebar', 'followthrough-presend'].filter((t) => seenByPage.hostTags.includes(t))));

    // Popup: the hostile name and subject are text, and no element was made from them.
    await host.reload();
    const row = host.getByTestId('prospect-row').filter({ hasText: 'eve' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await row.first().innerText()).toContain('<img src=x');
    expect(await host.evaluate(() => document.querySelectorAll('img[src=x], img[src="x"]').length + document.querySelectorAll('body script').length)).toBe(0);
    expect(await host.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  // The sidebar shows the prospect's timeline (calls, notes: nothing the page knows), so its
  // shadow root is closed. The pre-send dialog stays open, as #8 asks: it shows only the
  // user's own draft and the recipient's name, which the page has anyway.
  it('the page cannot read the prospect data shown in the sidebar', async () => {
    s = await launch();
    const draft: FixtureCompose = { kind: 'reply', to: [demoPeople.dana], subject: 'Re: Brand refresh for BrightPath', threadId: '19a4c0de00000001', body: 'Hi Dana,\n\nThursday?\n\nSam' };
    s.serve(GMAIL, gmailPage(demoMailbox(Date.now(), { compose: draft, openThreadId: draft.threadId })));
    const gmail = await s.context.newPage();
    await gmail.goto(`${GMAIL}#inbox/19a4c0de00000001`);
    await expect.poll(async () => (await shadowContent(gmail, 'followthrough-sidebar')).text, { timeout: 10_000 }).toMatch(/Dana/);
    const readable = await gmail.evaluate(() => Array.from(document.querySelectorAll('followthrough-sidebar')).map((h) => h.shadowRoot?.textContent ?? ''));
    expect(readable.join('')).not.toMatch(/Dana|days ago|Due|Waiting/i);
  });
});

describe('lifecycle', () => {
  it('an update while Gmail is open: the old content script stops quietly and shows one notice; errors do not keep coming', async () => {
    s = await launch();
    s.serve(GMAIL, gmailPage(demoMailbox(Date.now(), { openThreadId: '19a4c0de00000001' })));
    const gmail = await s.context.newPage();
    const errors: string[] = [];
    gmail.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    gmail.on('pageerror', (e) => void errors.push(String(e)));
    await gmail.goto(`${GMAIL}#inbox/19a4c0de00000001`);
    const host = await openExtensionPage(s, 'src/ui/popup/index.html');
    await expect.poll(() => badgeFrom(host), { timeout: 10_000 }).not.toBe('');
    await host.close();

    const worker = await s.worker();
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gmail.waitForTimeout(1500);
    // Gmail changes its page all the time; each change makes the old script look.
    const poke = () => gmail.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { className: 'poke' })));
    await poke();
    const notice = gmail.locator('followthrough-notice');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    expect(await notice.locator('[role=status]').innerText()).toMatch(/FollowThrough was updated: reload to continue/);
    const afterNotice = errors.length;
    for (let i = 0; i < 10; i++) {
      await poke();
      await gmail.evaluate(() => (location.hash = `#inbox/x${Math.random()}`));
      await gmail.waitForTimeout(500);
    }
    expect(await notice.count()).toBe(1);
    expect(errors.slice(afterNotice)).toEqual([]);
    expect(errors.filter((e) => /followthrough/i.test(e))).toEqual([]);
  });

  it('the service worker stopped at random points of a session: nothing lost, nothing doubled, same badge', async () => {
    s = await launch();
    const now = Date.now();
    const threads = ['01', '02', '03', '04', '05', '06', '07', '08', '0a', '0b', '0c', '09'].map((x) => `19a4c0de000000${x}`);
    const page = await s.context.newPage();
    const host = await openExtensionPage(s, 'src/ui/options/index.html');
    const cdp = await s.context.newCDPSession(host);
    await cdp.send('ServiceWorker.enable');
    let stops = 0;
    let seed = 20261123;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000) / 1000;

    const session = async (withStops: boolean) => {
      for (const [i, id] of threads.entries()) {
        s!.serve(GMAIL, gmailPage(demoMailbox(now, { openThreadId: id })));
        if (withStops && rand() < 0.5) {
          await cdp.send('ServiceWorker.stopAllWorkers');
          stops++;
        }
        await page.goto(`${GMAIL}?run=${withStops ? 'b' : 'a'}${i}#inbox/${id}`);
        if (withStops && rand() < 0.5) {
          // Mid-reading: while the content script reads, sends, or the worker stores.
          await page.waitForTimeout(Math.floor(rand() * 900));
          await cdp.send('ServiceWorker.stopAllWorkers');
          stops++;
        }
        await expect.poll(async () => (await storeFrom(host, 'threads')).some((t) => t.threadKey === id), { timeout: 10_000 }).toBe(true);
      }
      await page.goto('about:blank');
      await host.waitForTimeout(500);
      const ids = async (store: string, key: string) => (await storeFrom(host, store)).map((r) => String(r[key])).sort();
      return { prospects: await ids('prospects', 'id'), touches: await ids('touches', 'id'), threads: await ids('threads', 'key'), badge: await badgeFrom(host) };
    };

    const calm = await session(false);
    const wiped = await host.evaluate(() => chrome.runtime.sendMessage({ type: 'data/delete-all', payload: { confirm: 'delete everything' } }));
    expect(wiped).toMatchObject({ ok: true });
    expect(await storeFrom(host, 'touches')).toEqual([]);
    const stormy = await session(true);

    expect(stops).toBeGreaterThan(3);
    expect(stormy).toEqual(calm);
    for (const list of [stormy.prospects, stormy.touches, stormy.threads]) expect(new Set(list).size).toBe(list.length);
    console.info(`worker stops survived: ${stops}; rows kept: ${calm.prospects.length} prospects, ${calm.touches.length} touches, ${calm.threads.length} threads; badge ${calm.badge}`);
  });
});
