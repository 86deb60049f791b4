// Composing on Gmail as a user does: a sent follow-up becomes a touch once the
// undo window ends, an undone send is not a touch, a break-up draft is held by
// the pre-send warning with its three choices, and a reply arriving in the
// list ends the chase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { breakupDraft, demoMailbox, demoPeople } from '../fixtures/demo/mailbox';
import { gmailPage } from '../fixtures/gmail/build-page';
import type { FixtureCompose } from '../fixtures/mailbox';
import { GMAIL, launch, screenshot, storeRows, waitForBadge, type Session } from './harness';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

const sendButton = (page: Page) => page.locator('div[role=button].T-I.T-I-atl').filter({ hasNotText: /schedule/i }).first();
const presend = (page: Page) => page.locator('followthrough-presend');

async function openWithCompose(compose: FixtureCompose, undoSeconds = 1): Promise<Page> {
  const now = Date.now();
  const mailbox = demoMailbox(now, { compose, openThreadId: compose.threadId, behave: { undoSeconds } });
  s.serve(GMAIL, gmailPage(mailbox));
  const page = await s.context.newPage();
  await page.goto(`${GMAIL}#inbox/${compose.threadId}`);
  // The thread is read and its prospect stored before the user sends.
  await expect.poll(async () => (await storeRows(s, 'prospects')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

async function outTouches(address: string): Promise<number> {
  const touches = await storeRows<{ address?: string; direction: string }>(s, 'touches');
  return touches.filter((t) => t.direction === 'out' && t.address === address).length;
}

const kindReply: FixtureCompose = {
  kind: 'reply',
  to: [demoPeople.dana],
  subject: 'Re: Brand refresh for BrightPath',
  body: 'Hi Dana,\n\nI mocked up the second direction on your homepage so you can see it live: https://northwind-studio.com/brightpath. Would Thursday at 2pm work for a 20-minute look?\n\nSam',
  threadId: '19a4c0de00000001',
};

describe('composing on Gmail', () => {
  it('a sent follow-up becomes a touch after the undo window, and the prospect stops being due', async () => {
    const page = await openWithCompose(kindReply);
    await waitForBadge(s, '1');
    const before = await outTouches(demoPeople.dana.address);
    await sendButton(page).click();
    await expect.poll(() => presend(page).count()).toBe(0);
    await expect.poll(() => outTouches(demoPeople.dana.address), { timeout: 15_000 }).toBe(before + 1);
    await waitForBadge(s, '');
  });

  it('an undone send is not a touch', async () => {
    const page = await openWithCompose(kindReply, 4);
    const before = await outTouches(demoPeople.dana.address);
    await sendButton(page).click();
    await page.getByText(/^undo$/i).first().click();
    await page.waitForTimeout(6000);
    expect(await outTouches(demoPeople.dana.address)).toBe(before);
  });

  it('holds a break-up draft: Edit keeps it, Sleep on it keeps it and schedules a reminder, Send anyway sends it unchanged', async () => {
    const page = await openWithCompose(breakupDraft);
    const editor = page.locator('div[contenteditable=true][g_editable=true]').first();
    const original = await editor.innerText();

    await sendButton(page).click();
    const dialog = presend(page).locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible' });
    expect((await dialog.getByRole('button').allInnerTexts()).map((t) => t.trim())).toEqual(['Send anyway', 'Edit', 'Sleep on it']);
    expect(await dialog.innerText()).toMatch(/guess you don.t want to work with me/i);
    await screenshot(page, 'presend-breakup');
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => presend(page).count()).toBe(0);
    expect(await editor.innerText()).toBe(original);
    expect(await outTouches(demoPeople.raj.address)).toBe(3);

    await sendButton(page).click();
    await presend(page).locator('[role=dialog]').getByRole('button', { name: 'Sleep on it' }).click();
    await expect.poll(async () => (await storeRows(s, 'reminders')).length).toBe(1);
    const [reminder] = await storeRows<{ at: number; to: string[] }>(s, 'reminders');
    expect(reminder!.to).toEqual([demoPeople.raj.address]);
    expect(reminder!.at).toBeGreaterThan(Date.now());
    expect(reminder!.at - Date.now()).toBeLessThan(3 * 86_400_000);
    expect(await editor.innerText()).toBe(original);

    await sendButton(page).click();
    await presend(page).locator('[role=dialog]').getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => outTouches(demoPeople.raj.address), { timeout: 15_000 }).toBe(4);
  });

  it('a reply arriving in the list ends the chase', async () => {
    const now = Date.now();
    const mailbox = demoMailbox(now, { behave: { undoSeconds: 1 } });
    s.serve(GMAIL, gmailPage({ ...mailbox, openThreadId: '19a4c0de00000001' }));
    const page = await s.context.newPage();
    await page.goto(`${GMAIL}#inbox/19a4c0de00000001`);
    await waitForBadge(s, '1');
    // Back to the inbox list: the thread is tracked; now Dana answers.
    s.serve(GMAIL, gmailPage(mailbox));
    await page.goto(`${GMAIL}#inbox`);
    await page.evaluate(({ address, name }) => (window as unknown as { __gmailFixture: { receive(x: unknown): void } }).__gmailFixture.receive({ threadId: '19a4c0de00000001', from: { name, address }, body: 'Thursday works.' }), demoPeople.dana);
    await expect.poll(async () => (await storeRows<{ statusKind: string }>(s, 'prospects'))[0]?.statusKind, { timeout: 10_000 }).toBe('replied');
  });
});
