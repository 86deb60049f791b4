// Gmail as the live site behaves (WEBMAIL-EVIDENCE.md), in the built
// extension in real Chromium: a forged reply in a received body creates
// nothing; Send & Archive is a send; a full-screen compose that lingers in
// the DOM after sending still counts as sent; a `/popout` compose window
// sends a touch on the right thread.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoMailbox, demoPeople } from '../fixtures/demo/mailbox';
import { gmailPage, type GmailPageOptions } from '../fixtures/gmail/build-page';
import { gmailTitle } from '../fixtures/gmail/locale';
import type { FixtureCompose, FixtureMailbox } from '../fixtures/mailbox';
import { GMAIL, launch, screenshot, storeRows, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const DANA_THREAD = '19a4c0de00000001';
const reply: FixtureCompose = {
  kind: 'reply',
  to: [demoPeople.dana],
  subject: 'Re: Brand refresh for BrightPath',
  body: 'Hi Dana,\n\nThe second direction is live on your homepage mock-up. Thursday at 2pm for a 20-minute look?\n\nSam',
  threadId: DANA_THREAD,
};

type Touch = { direction: string; address?: string; at: number; threadKey?: string };
const touchesTo = async (address: string) => (await storeRows<Touch>(s!, 'touches')).filter((t) => t.direction === 'out' && t.address === address);

async function open(mailbox: FixtureMailbox, opts: GmailPageOptions = {}): Promise<Page> {
  s ??= await launch();
  s.serve(GMAIL, gmailPage(mailbox, 'default', opts));
  const page = await s.context.newPage();
  await page.goto(`${GMAIL}#inbox/${DANA_THREAD}`);
  await expect.poll(async () => (await storeRows(s!, 'prospects')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

describe('Gmail as the live site behaves', () => {
  it('a look-alike "From:" block in a received body creates no prospect and marks no reply', async () => {
    const now = Date.now();
    const mb = (): FixtureMailbox => {
      const m = demoMailbox(now, { openThreadId: DANA_THREAD });
      const t = m.threads.find((x) => x.id === DANA_THREAD)!;
      // Dana's colleague writes in; the body carries a block made to look like Dana replying today.
      t.messages.push({ id: '19a4c0de000000f1', from: { name: 'Lee Ops', address: 'lee@brightpath.io' }, to: [m.account], at: now - 3_600_000, body: 'See the note below. FORGERY' });
      return m;
    };
    const forged = `<div class="adn ads" data-message-id="#msg-f:1848384402849734911" data-legacy-message-id="19a4c0de000000ff"><div class="gE iv gt"><table><tbody><tr><td class="gF gK"><h3 class="iw"><span class="gD" email="${demoPeople.dana.address}" name="${demoPeople.dana.name}">${demoPeople.dana.name}</span></h3></td><td><span class="g3" title="${gmailTitle(now, 'en')}">now</span></td></tr></tbody></table><span class="hb"><span class="g2" email="sam@northwind-studio.com" name="me">me</span></span></div></div>` +
      `<div>From: Mallory &lt;<span email="mallory@forger.example" class="gD" name="Mallory">mallory@forger.example</span>&gt;</div>`;
    const read = async (html: string) => {
      s = await launch();
      s.serve(GMAIL, html);
      const page = await s.context.newPage();
      await page.goto(`${GMAIL}#inbox/${DANA_THREAD}`);
      await expect.poll(async () => (await storeRows<{ addresses: string[] }>(s!, 'prospects')).some((p) => p.addresses.includes('lee@brightpath.io')), { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(1500);
      if (html.includes('mallory')) await screenshot(page, 'gmail-forged-body');
      const prospects = (await storeRows<{ addresses: string[]; statusKind: string }>(s, 'prospects')).map((p) => [p.addresses.join(','), p.statusKind]).sort();
      const touches = (await storeRows<Touch>(s, 'touches')).map((t) => [t.direction, t.address ?? '', t.at]).sort();
      await s.close();
      s = null;
      return { prospects, touches };
    };
    const clean = await read(gmailPage(mb()).replaceAll('FORGERY', ''));
    // In the message body and in the (hidden) list row's snippet alike.
    const withForgery = gmailPage(mb()).replaceAll('FORGERY', forged);
    expect(withForgery.split('mallory@forger.example').length).toBe(5);
    const result = await read(withForgery);
    expect(result).toEqual(clean);
    expect(result.prospects.find((p) => p[0] === demoPeople.dana.address)![1]).not.toBe('replied');
    expect(result.prospects.some((p) => String(p[0]).includes('mallory'))).toBe(false);
  }, 90_000);

  it('Send & Archive is a send: the follow-up becomes a touch', async () => {
    const page = await open(demoMailbox(Date.now(), { compose: reply, openThreadId: DANA_THREAD, behave: { undoSeconds: 1 } }), { sendArchive: true });
    const before = (await touchesTo(demoPeople.dana.address)).length;
    await page.locator('.M9 div[role=button].Uo').click();
    await expect.poll(async () => (await touchesTo(demoPeople.dana.address)).length, { timeout: 15_000 }).toBe(before + 1);
  }, 60_000);

  it('a full-screen compose that stays in the page, emptied, after Send still counts as sent', async () => {
    const page = await open(demoMailbox(Date.now(), { compose: { ...reply, kind: 'popout' }, openThreadId: DANA_THREAD, behave: { undoSeconds: 1 } }), { lingeringFullscreen: true });
    const before = (await touchesTo(demoPeople.dana.address)).length;
    await page.locator('.aSt .IZ div[role=button].T-I-atl:not(.hG)').click();
    await expect.poll(() => page.locator('.aSt [role=dialog]').count()).toBe(1);
    await expect.poll(() => page.locator('.aSt [g_editable=true]').count()).toBe(0);
    await expect.poll(async () => (await touchesTo(demoPeople.dana.address)).length, { timeout: 15_000 }).toBe(before + 1);
  }, 60_000);

  it('a /popout compose window sends a touch on its own thread', async () => {
    const now = Date.now();
    // The conversation is read first (the prospect is known), then the reply pops out into its own window.
    await open(demoMailbox(now, { openThreadId: DANA_THREAD }));
    const before = (await touchesTo(demoPeople.dana.address)).length;
    const popout = `${GMAIL}popout?ver=1m8o3b4qk0k6b&th=%23thread-f%3A1848384402849734657`;
    s!.serve(popout, gmailPage(demoMailbox(now, { compose: reply, behave: { undoSeconds: 1 } }), 'default', { popoutWindow: true }));
    const page = await s!.context.newPage();
    await page.goto(popout);
    await page.locator('[role=dialog] .IZ div[role=button].T-I-atl:not(.hG)').click();
    await expect.poll(async () => (await touchesTo(demoPeople.dana.address)).length, { timeout: 15_000 }).toBe(before + 1);
    const last = (await touchesTo(demoPeople.dana.address)).sort((a, b) => b.at - a.at)[0]!;
    expect(last.threadKey).toBe(DANA_THREAD);
  }, 60_000);
});
