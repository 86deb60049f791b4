// What the user sees, checked as a user would: the demo mailbox in the popup
// (sections in order), a Gmail in German, a Gmail page we can't read, mail
// content holding HTML shown as text everywhere, and an accessibility check of
// every surface in real Chromium.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { breakupDraft, demoMailbox } from '../fixtures/demo/mailbox';
import { applyDemoSettings } from '../fixtures/demo/apply-settings';
import { gmailPage } from '../fixtures/gmail/build-page';
import type { FixtureMailbox } from '../fixtures/mailbox';
import { GMAIL, launch, openExtensionPage, screenshot, shadowContent, storeRows, waitForBadge, type Session } from './harness';

const D = 86_400_000;
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

async function readEveryThread(mailbox: FixtureMailbox): Promise<Page> {
  const page = await s.context.newPage();
  for (const t of mailbox.threads) {
    s.serve(GMAIL, gmailPage({ ...mailbox, openThreadId: t.id }));
    // A new query string makes it a new page load (a hash change alone would not).
    await page.goto(`${GMAIL}?t=${t.id}#inbox/${t.id}`);
    await expect.poll(async () => (await storeRows<{ threadKey: string }>(s, 'threads')).some((x) => x.threadKey === t.id), { timeout: 10_000 }).toBe(true);
  }
  return page;
}

/** Serious and critical accessibility violations in the page, shadow roots included. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through DevTools: the extension pages' strict CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  }, include ?? null);
}

describe('the popup on the demo mailbox', () => {
  it('lists every prospect in the right section, in order, and passes an accessibility check', async () => {
    const mailbox = demoMailbox(Date.now());
    const settings = await openExtensionPage(s, 'src/ui/options/index.html');
    await applyDemoSettings(settings);
    await settings.close();
    await readEveryThread(mailbox);
    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByTestId('prospect-row').first().waitFor();
    const sections = await popup.locator('[data-testid^="section-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const order = ['section-replied', 'section-due-today', 'section-overdue', 'section-waiting', 'section-dormant'];
    expect(sections.filter((x) => order.includes(x!))).toEqual(order.filter((x) => sections.includes(x)));
    // The demo shows each of these at any hour, weekday and time zone (#14).
    for (const id of ['section-replied', 'section-due-today', 'section-overdue', 'section-waiting', 'section-dormant']) expect(sections).toContain(id);
    expect((await popup.getByTestId('section-due-today').getByTestId('prospect-row').allInnerTexts()).join('\n')).toContain("Chris O'Brien");
    const replied = await popup.getByTestId('section-replied').getByTestId('prospect-row').allInnerTexts();
    expect(replied.join('\n')).toMatch(/Marco Ruiz[\s\S]*Noah Schmidt|Noah Schmidt[\s\S]*Marco Ruiz/);
    await screenshot(popup, 'demo-popup');
    expect(await axeViolations(popup)).toEqual([]);

    const options = await openExtensionPage(s, 'src/ui/options/index.html');
    await options.waitForLoadState('domcontentloaded');
    await options.getByRole('heading').first().waitFor();
    await screenshot(options, 'options');
    expect(await axeViolations(options)).toEqual([]);
  });
});

describe('Gmail pages of every kind', () => {
  it('reads a Gmail in German', async () => {
    const mailbox: FixtureMailbox = { ...demoMailbox(Date.now()), lang: 'de', openThreadId: '19a4c0de00000001' };
    s.serve(GMAIL, gmailPage(mailbox));
    const page = await s.context.newPage();
    await page.goto(`${GMAIL}#inbox/19a4c0de00000001`);
    await waitForBadge(s, '1');
    const touches = await storeRows<{ at: number }>(s, 'touches');
    expect(touches).toHaveLength(1);
    expect(Math.round((Date.now() - touches[0]!.at) / D)).toBe(10);
  });

  it("says so in the popup when a Gmail page can't be read", async () => {
    const html = gmailPage(demoMailbox(Date.now()))
      .replace(/ gh="tl"/g, ' data-view="threads"')
      .replace(/class="zA /g, 'class="Xq ')
      .replace(/data-(legacy-)?thread-id/g, 'data-x$1tid')
      .replace(/ role="grid"/g, '');
    s.serve(GMAIL, html);
    const page = await s.context.newPage();
    await page.goto(`${GMAIL}#inbox`);
    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    const banner = popup.getByTestId('page-problems');
    await expect.poll(async () => { await popup.reload(); return banner.count(); }, { timeout: 10_000 }).toBe(1);
    expect(await banner.innerText()).toMatch(/can.t read this Gmail page/i);
    await screenshot(popup, 'popup-cant-read');
  });
});

describe('mail content is text, never markup', () => {
  it('a name and subject holding HTML show as text in the popup, the sidebar and the dialog', async () => {
    const evil = { name: '<img src=x onerror="window.__pwned=1">Eve', address: 'eve@evil.example' };
    const now = Date.now();
    const mailbox: FixtureMailbox = {
      ...demoMailbox(now),
      threads: [{ id: '19a4c0de000000ee', subject: '<script>window.__pwned=2</script>Offer', messages: [{ id: '19a4c0de000000ee', from: demoMailbox(now).account, to: [evil], at: now - 10 * D, body: 'Hi' }] }],
      openThreadId: '19a4c0de000000ee',
      compose: { ...breakupDraft, to: [evil], threadId: '19a4c0de000000ee', subject: 'Re: <b>Offer</b>' },
    };
    s.serve(GMAIL, gmailPage(mailbox));
    const page = await s.context.newPage();
    await page.goto(`${GMAIL}#inbox/19a4c0de000000ee`);
    await waitForBadge(s, '1');

    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    const row = popup.getByTestId('prospect-row').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('<img src=x onerror="window.__pwned=1">Eve');
    expect(await row.locator('img').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The sidebar's shadow root is closed (the page cannot read it): look through DevTools.
    await expect.poll(async () => (await shadowContent(page, 'followthrough-sidebar')).text, { timeout: 10_000 }).toContain('<img src=x');
    expect((await shadowContent(page, 'followthrough-sidebar')).tags).not.toContain('img');
    expect(await page.evaluate(() => document.querySelector('followthrough-sidebar')?.shadowRoot ?? null)).toBeNull();
    await screenshot(page, 'sidebar-html-as-text');

    await page.locator('div[role=button].T-I.T-I-atl').first().click();
    const dialog = page.locator('followthrough-presend').locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('img, script, b').count()).toBe(0);
    expect(await axeViolations(page, 'followthrough-presend')).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('opening a thread from the popup', () => {
  it("opens it in the account's mail tab, not a new one", async () => {
    const mailbox = demoMailbox(Date.now());
    s.serve(GMAIL, gmailPage({ ...mailbox, openThreadId: '19a4c0de00000001' }));
    const mail = await s.context.newPage();
    await mail.goto(`${GMAIL}#inbox/19a4c0de00000001`);
    await waitForBadge(s, '1');
    await mail.goto(`${GMAIL}?view=inbox#inbox`);
    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    const tabsBefore = s.context.pages().length;
    await popup.getByRole('button', { name: 'Open the thread with Dana Whitfield' }).click();
    await expect.poll(() => mail.url(), { timeout: 10_000 }).toBe('https://mail.google.com/mail/u/0/#all/19a4c0de00000001');
    expect(s.context.pages().length).toBe(tabsBefore);
  });
});
