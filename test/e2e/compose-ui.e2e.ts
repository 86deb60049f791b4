// The compose UI on demand (issue 9's size budget), in real Chromium with the
// built extension: on a Gmail page with no compose window the tone coach,
// sidebar and pre-send dialog are not loaded at all (their isolated-world
// global is absent, looked at through DevTools); once a compose window opens,
// the background injects them, the sidebar mounts and a break-up draft is held.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPOSE_UI_FILE, COMPOSE_UI_GLOBAL } from '../../src/content/compose-ui-api';
import { breakupDraft, demoMailbox } from '../fixtures/demo/mailbox';
import { gmailPage } from '../fixtures/gmail/build-page';
import { DIST, GMAIL, launch, storeRows, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const sendButton = (page: Page) => page.locator('div[role=button].T-I.T-I-atl').filter({ hasNotText: /schedule/i }).first();

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/** Evaluates `expression` in our content script's isolated world of the page's main frame (the page itself cannot). */
async function inContentWorld(cdp: CDPSession, contexts: ContextDescription[], extensionId: string, expression: string): Promise<unknown> {
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && !c.auxData.isDefault && c.origin.startsWith(`chrome-extension://${extensionId}`));
  if (!world) throw new Error(`no isolated world of the extension among ${contexts.map((c) => `${c.name || '?'} ${c.origin}`).join(', ')}`);
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: unknown };
  if (exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value;
}

describe('the compose UI is loaded on demand', () => {
  it('is absent until a compose window opens; then the sidebar mounts and a break-up draft is held', async () => {
    // The path the background injects is the file the build wrote.
    expect(existsSync(join(DIST, COMPOSE_UI_FILE))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)).not.toContain(COMPOSE_UI_FILE);

    s = await launch();
    const now = Date.now();
    const mailbox = demoMailbox(now, { openThreadId: breakupDraft.threadId, behave: { undoSeconds: 2 } });
    s.serve(GMAIL, gmailPage(mailbox));
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    const contexts: ContextDescription[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => void contexts.push(e.context));
    cdp.on('Runtime.executionContextsCleared', () => void contexts.splice(0));
    await cdp.send('Runtime.enable');
    await page.goto(`${GMAIL}#inbox/${breakupDraft.threadId}`);

    // The content script is running (it read the thread and stored its prospect)...
    await expect.poll(async () => (await storeRows(s!, 'prospects')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1500); // a few more of its throttled readings
    // ...but with no compose window, the compose UI is not there.
    expect(await inContentWorld(cdp, contexts, s.extensionId, `typeof globalThis.${COMPOSE_UI_GLOBAL}`)).toBe('undefined');
    expect(await inContentWorld(cdp, contexts, s.extensionId, `typeof chrome.runtime.id`)).toBe('string'); // really our content script's world
    expect(await page.locator('followthrough-sidebar').count()).toBe(0);

    // Count what the background injects from here on.
    const worker = await s.worker();
    await worker.evaluate(() => {
      const w = self as unknown as { __injected: string[] };
      w.__injected = [];
      const original = chrome.scripting.executeScript.bind(chrome.scripting);
      chrome.scripting.executeScript = ((injection: chrome.scripting.ScriptInjection<unknown[], unknown>) => {
        w.__injected.push((injection as { files?: string[] }).files?.join() ?? 'func');
        return original(injection);
      }) as typeof chrome.scripting.executeScript;
    });
    const injected = () => worker.evaluate(() => (self as unknown as { __injected: string[] }).__injected);

    // The user opens a reply: the fixture's compose window, inserted by script into the same page.
    const withCompose = gmailPage({ ...mailbox, compose: breakupDraft });
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const dock = doc.getElementById('docked-compose')!.closest('.dw')!;
      const menu = doc.getElementById('schedule-menu')!;
      document.body.append(document.importNode(dock, true), document.importNode(menu, true));
    }, withCompose);

    await page.locator('followthrough-sidebar').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('followthrough-sidebar').count()).toBe(1);
    const api = await inContentWorld(cdp, contexts, s.extensionId, `Object.keys(globalThis.${COMPOSE_UI_GLOBAL} ?? {}).sort().join()`);
    expect(api).toBe('checkDraft,dismissalKey,mountSidebar,showPresendDialog');
    // The page's own world cannot see it.
    expect(await page.evaluate((name) => name in window, COMPOSE_UI_GLOBAL)).toBe(false);

    expect(await injected()).toEqual([COMPOSE_UI_FILE]);

    // A second compose window: its sidebar mounts from the UI already loaded, nothing is injected again.
    await page.evaluate(() => {
      const dock = document.getElementById('docked-compose')!.closest('.dw')!.cloneNode(true) as Element;
      dock.querySelector('#docked-compose')!.id = 'docked-compose-2';
      const id = dock.querySelector<HTMLInputElement>('input[name=composeid]');
      if (id) id.value = 'c-second';
      document.body.append(dock);
    });
    await expect.poll(() => page.locator('followthrough-sidebar').count(), { timeout: 10_000 }).toBe(2);
    expect(await injected()).toEqual([COMPOSE_UI_FILE]);

    await sendButton(page).click();
    const dialog = page.locator('followthrough-presend').locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.innerText()).toMatch(/guess you don.t want to work with me/i);
    // Held: the compose is still there and nothing was sent.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => ({ compose: document.getElementById('docked-compose') !== null, sent: document.body.innerText.includes('Message sent') }))).toEqual({ compose: true, sent: false });
    expect(s.strayRequests).toEqual([]);
    await cdp.detach();
  });
});
