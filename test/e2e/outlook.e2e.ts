// Outlook on the web, at all four hosts (outlook.cloud.microsoft is where
// Microsoft 365 work accounts land now), as a user meets it: a sent follow-up
// becomes a stored touch, a reply in the reading pane ends the chase, the
// pre-send warning holds a break-up draft, and reading a conversation again
// adds nothing even when its message times cannot be read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { breakupDraft, demoMailbox, demoPeople } from '../fixtures/demo/mailbox';
import type { FixtureCompose } from '../fixtures/mailbox';
import { type OutlookPageOptions, outlookPage } from '../fixtures/outlook/build-page';
import { launch, OUTLOOK_HOSTS, screenshot, storeRows, waitForBadge, type Session } from './harness';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

const sendButton = (page: Page) => page.locator('button[aria-label="Send"]').first();

async function open(host: (typeof OUTLOOK_HOSTS)[number], compose: FixtureCompose | undefined, threadId: string, undoSeconds = 1, opts: OutlookPageOptions = {}): Promise<Page> {
  const mailbox = demoMailbox(Date.now(), { openThreadId: threadId, behave: { undoSeconds }, ...(compose ? { compose: { ...compose, kind: 'inline' as const } } : {}) });
  s.serve(`https://${host}/`, outlookPage(mailbox, { host, ...opts }));
  const page = await s.context.newPage();
  await page.goto(`https://${host}/mail/inbox/id/${threadId}`);
  await expect.poll(async () => (await storeRows(s, 'prospects')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

const outTo = async (address: string) => (await storeRows<{ address?: string; direction: string }>(s, 'touches')).filter((t) => t.direction === 'out' && t.address === address).length;

const followUp: FixtureCompose = {
  kind: 'inline',
  to: [demoPeople.dana],
  subject: 'RE: Brand refresh for BrightPath',
  body: 'Hi Dana,\n\nI put the second direction on a mock of your pricing page: https://northwind-studio.com/bp. Does Thursday at 2pm suit for a quick look?\n\nSam',
  threadId: '19a4c0de00000001',
};

describe('Outlook on the web', () => {
  for (const host of OUTLOOK_HOSTS) {
    it(`${host}: a sent follow-up becomes a stored touch, and the prospect is no longer due`, async () => {
      const page = await open(host, followUp, followUp.threadId!);
      await waitForBadge(s, '1');
      const before = await outTo(demoPeople.dana.address);
      await sendButton(page).click();
      await expect.poll(() => outTo(demoPeople.dana.address), { timeout: 15_000 }).toBe(before + 1);
      await waitForBadge(s, '');
    });
  }

  it('outlook.cloud.microsoft: the ribbon\'s New mail, Delete and Report are never taken for Send (Polish UI)', async () => {
    const page = await open('outlook.cloud.microsoft', followUp, followUp.threadId!, 1, { lang: 'pl' });
    await page.waitForSelector('followthrough-sidebar', { timeout: 15_000 });
    const before = await outTo(demoPeople.dana.address);
    for (const label of ['Nowa wiadomość', 'Usuń', 'Zgłoś']) await page.locator('#RibbonRoot button', { hasText: label }).click();
    await page.waitForTimeout(1500);
    expect(await outTo(demoPeople.dana.address)).toBe(before);
    await page.locator('[data-testid="ComposeSendButton"] .fui-SplitButton__primaryActionButton').click();
    await expect.poll(() => outTo(demoPeople.dana.address), { timeout: 15_000 }).toBe(before + 1);
    await screenshot(page, 'outlook-cloud-pl-sent');
  });

  it('reading a conversation whose times cannot be read, again and again, adds nothing (outlook.cloud.microsoft)', async () => {
    const page = await open('outlook.cloud.microsoft', undefined, '19a4c0de00000001', 1, { undatedStamps: true });
    await expect.poll(async () => (await storeRows(s, 'touches')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    const first = (await storeRows<{ id: string }>(s, 'touches')).map((t) => t.id).sort();
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.waitForTimeout(1500);
      expect((await storeRows<{ id: string }>(s, 'touches')).map((t) => t.id).sort()).toEqual(first);
    }
  });

  it('a reply in the reading pane ends the chase', async () => {
    const page = await open('outlook.office.com', undefined, '19a4c0de00000001');
    await waitForBadge(s, '1');
    await page.evaluate(({ address, name }) => (window as unknown as { __outlookFixture: { receive(x: unknown): void } }).__outlookFixture.receive({ threadId: '19a4c0de00000001', from: { name, address }, body: 'Thursday at 2pm works, see you then.' }), demoPeople.dana);
    await expect.poll(async () => (await storeRows<{ status?: { kind: string } }>(s, 'prospects'))[0]?.status?.kind, { timeout: 10_000 }).toBe('replied');
    await waitForBadge(s, '1');
  });

  it('the pre-send warning holds a break-up draft (outlook.live.com, Ctrl+Enter and the Send button)', async () => {
    const page = await open('outlook.live.com', breakupDraft, breakupDraft.threadId!);
    const before = await outTo(demoPeople.raj.address);
    const body = page.locator('[contenteditable=true][aria-multiline=true]').first();
    await body.click();
    await page.keyboard.press('Control+Enter');
    const dialog = page.locator('followthrough-presend').locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible' });
    await screenshot(page, 'outlook-presend-breakup');
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await sendButton(page).click();
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await page.waitForTimeout(2500);
    expect(await outTo(demoPeople.raj.address)).toBe(before);
    expect(await body.innerText()).toContain("I guess you don't want to work with me");
  });

  it('two presses while the dialog is open send once; Send anyway is one touch (#17)', async () => {
    const page = await open('outlook.office.com', breakupDraft, breakupDraft.threadId!);
    const before = await outTo(demoPeople.raj.address);
    // What the mail app sees: every Send press nobody prevented is a real send.
    await page.evaluate(() => {
      const w = window as unknown as { __sends: number };
      w.__sends = 0;
      document.addEventListener('click', (e) => void (!e.defaultPrevented && e.target instanceof Element && e.target.closest('.fui-SplitButton__primaryActionButton') && w.__sends++));
      document.addEventListener('keydown', (e) => void (!e.defaultPrevented && e.key === 'Enter' && (e.ctrlKey || e.metaKey) && w.__sends++));
    });
    const sends = () => page.evaluate(() => (window as unknown as { __sends: number }).__sends);
    await sendButton(page).click();
    const dialog = page.locator('followthrough-presend').locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible' });
    await page.locator('[contenteditable=true][aria-multiline=true]').first().press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('followthrough-presend').count()).toBe(1);
    expect(await sends()).toBe(0);
    await dialog.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => outTo(demoPeople.raj.address), { timeout: 15_000 }).toBe(before + 1);
    await page.waitForTimeout(2500);
    expect(await sends()).toBe(1);
    expect(await outTo(demoPeople.raj.address)).toBe(before + 1);
  });
});
