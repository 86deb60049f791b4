// The Gmail reader and the fixture page's Gmail-like behaviour in real
// Chromium, with real events: a capture-phase guard holds a send and lets it
// through, Undo undoes it, a reply arrives. Skipped where Chromium is missing.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const THREAD = '18c1f2a3b4c5d6e7';
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  const out = await build({ entryPoints: ['src/providers/gmail/index.ts'], bundle: true, write: false, format: 'iife', globalName: 'FTGmail', target: 'chrome120' });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 60_000);
afterAll(async () => browser?.close());

async function open(kind: 'inline' | 'new', lang: 'en' | 'de' = 'en'): Promise<Page> {
  const threadId = kind === 'inline' ? THREAD : undefined;
  const mb = sampleMailbox({ lang, openThreadId: THREAD, behave: { undoSeconds: 1 }, compose: { kind, to: [ana], subject: 'Re: Pilot', body: 'Tuesday 10:00 works?', threadId } });
  const page = await browser.newPage();
  await page.setContent(gmailPage(mb, 'horizontal'));
  await page.addScriptTag({ content: bundle });
  // A guard like the content script's: holds every send, records it, starts the outcome watch on release.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    const c = w.FTGmail.gmailProvider.findComposes(document)[0];
    w.held = [];
    w.release = () => {
      const watch = w.FTGmail.gmailProvider.watchSendOutcome(document, c, new AbortController().signal);
      w.outcome = watch.outcome;
      c.send();
    };
    for (const type of ['click', 'keydown']) {
      c.root.addEventListener(type, (e: Event) => {
        if (!c.isSendEvent(e)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        w.held.push(e.type);
      }, true);
    }
  });
  return page;
}

const read = (page: Page) => page.evaluate(() => (window as any).FTGmail.gmailProvider.readPage(document, Date.now()));
const conv = async (page: Page) => (await read(page)).threads.find((t: any) => t.source === 'conversation');

describe.skipIf(!existsSync(CHROMIUM))('Gmail in real Chromium', () => {
  it('holds Send (click, Ctrl+Enter), lets it through unchanged, and sees it sent', async () => {
    const page = await open('inline');
    await page.click('[role=button].T-I-atl:not(.hG)');
    await page.focus('[g_editable=true]');
    await page.keyboard.press('Control+Enter');
    await page.focus('[role=button].T-I-atl:not(.hG)');
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => (window as any).held)).toEqual(['click', 'keydown', 'keydown', 'keydown']);
    expect(await page.locator('#link_undo').count()).toBe(0);
    expect((await conv(page)).messages).toHaveLength(3);
    await page.evaluate(() => (window as any).release());
    await page.waitForSelector('#link_undo');
    expect(await page.evaluate(() => (window as any).outcome)).toBe('sent');
    const after = await conv(page);
    expect(after.messages).toHaveLength(4);
    expect(after.messages[3]).toMatchObject({ from: { address: 'sam@seller.example' }, to: [{ address: 'ana@acme.example' }], atSource: 'title' });
    await page.close();
  }, 30_000);

  it('an undone send is reported undone and the compose comes back with its text', async () => {
    const page = await open('new', 'de');
    await page.evaluate(() => (window as any).release());
    await page.click('#link_undo');
    expect(await page.evaluate(() => (window as any).outcome)).toBe('undone');
    expect(await page.evaluate(() => (window as any).FTGmail.gmailProvider.findComposes(document)[0]?.draftText())).toBe('Tuesday 10:00 works?');
    expect((await conv(page)).messages).toHaveLength(3);
    await page.close();
  }, 30_000);

  it('schedule-send is not a send; its toast ends as scheduled', async () => {
    const page = await open('new');
    await page.click('[role=button].T-I.hG');
    await page.evaluate(() => {
      const w = window as any;
      w.outcome = w.FTGmail.gmailProvider.watchSendOutcome(document, w.FTGmail.gmailProvider.findComposes(document)[0], new AbortController().signal).outcome;
    });
    await page.click('#schedule-menu [role=menuitem]');
    expect(await page.evaluate(() => (window as any).held)).toEqual([]);
    expect(await page.evaluate(() => (window as any).outcome)).toBe('scheduled');
    await page.close();
  }, 30_000);

  it('a reply arriving shows in the conversation and turns the row unread', async () => {
    const page = await open('inline');
    await page.evaluate((id) => (window as any).__gmailFixture.receive({ threadId: id, from: { name: 'Ana Prospect', address: 'ana@acme.example' }, body: 'Yes, Tuesday works.' }), THREAD);
    const reading = await read(page);
    const row = reading.threads.find((t: any) => t.source === 'list' && t.threadKey === THREAD);
    expect(row.summary).toMatchObject({ unread: true, count: 4 });
    expect(reading.threads[0].threadKey).toBe(THREAD);
    const c = reading.threads.find((t: any) => t.source === 'conversation');
    expect(c.messages.at(-1)).toMatchObject({ from: { address: 'ana@acme.example' }, to: [{ address: 'sam@seller.example' }] });
    expect(c.messages.at(-1).at).toBeGreaterThan(Date.now() - 120_000);
    await page.close();
  }, 30_000);
});
