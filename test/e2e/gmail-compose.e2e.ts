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

async function openWithCompose(compose: FixtureCompose, undoSeconds = 1, openThreadId = compose.threadId): Promise<Page> {
  const now = Date.now();
  const mailbox = demoMailbox(now, { compose, openThreadId, behave: { undoSeconds } });
  s.serve(GMAIL, gmailPage(mailbox));
  const page = await s.context.newPage();
  await page.goto(`${GMAIL}#inbox/${openThreadId}`);
  // The thread is read and its prospect stored before the user sends.
  await expect.poll(async () => (await storeRows(s, 'prospects')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

/** Touches the send path recorded (ids `sent:…`), as opposed to ones read from the conversation. */
async function sentTouches(address: string): Promise<number> {
  const touches = await storeRows<{ id: string; address?: string }>(s, 'touches');
  return touches.filter((t) => t.id.startsWith('sent:') && t.address === address).length;
}

/** Counts, as the mail app sees them, the Send presses nobody prevented: each one is a real send. */
async function countSends(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __sends: number };
    w.__sends = 0;
    const onButton = (t: EventTarget | null) => t instanceof Element && t.closest('[role=button].T-I-atl:not(.hG)') !== null;
    document.addEventListener('click', (e) => void (!e.defaultPrevented && onButton(e.target) && w.__sends++));
    document.addEventListener('keydown', (e) => void (!e.defaultPrevented && e.key === 'Enter' && (e.ctrlKey || e.metaKey) && w.__sends++));
  });
}
const sends = (page: Page) => page.evaluate(() => (window as unknown as { __sends: number }).__sends);

async function outTouches(address: string): Promise<number> {
  const touches = await storeRows<{ address?: string; direction: string }>(s, 'touches');
  return touches.filter((t) => t.direction === 'out' && t.address === address).length;
}

/** The break-up draft as a new message, while Raj's thread is open: nothing of it shows in the conversation. */
const newBreakup: FixtureCompose = { ...breakupDraft, kind: 'new', subject: 'Copperline: one last thing', threadId: undefined };

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
    // One send, one touch: whichever records it first, the send path (once the undo window is
    // over) or the conversation read back, the other never adds a second. That the send path
    // records a send by itself is the next test's (a new message, never read back).
    await page.waitForTimeout(7000);
    expect(await outTouches(demoPeople.raj.address)).toBe(4);
  });

  it('a held new message sent anyway is recorded, and two presses while the dialog is open send it once (#17)', async () => {
    // A new message (not in the open conversation): only the send path can record it.
    const page = await openWithCompose(newBreakup, 1, breakupDraft.threadId);
    await countSends(page);
    await sendButton(page).click();
    const dialog = presend(page).locator('[role=dialog]');
    await dialog.waitFor({ state: 'visible' });
    // The user goes back into the draft and presses Ctrl+Enter while the question is still open.
    await page.locator('div[contenteditable=true][g_editable=true]').first().press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await presend(page).count()).toBe(1);
    expect(await sends(page)).toBe(0);
    await dialog.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sentTouches(demoPeople.raj.address), { timeout: 15_000 }).toBe(1);
    expect(await sends(page)).toBe(1);
    await page.waitForTimeout(2000);
    expect(await sentTouches(demoPeople.raj.address)).toBe(1);
    expect(await outTouches(demoPeople.raj.address)).toBe(4);
    expect(await sends(page)).toBe(1);
  });

  it("the page's own synthetic click on Send is not held and not recorded (#17)", async () => {
    const page = await openWithCompose(newBreakup, 1, breakupDraft.threadId);
    await page.locator('followthrough-sidebar').waitFor({ state: 'attached', timeout: 10_000 });
    await page.evaluate(() => (document.querySelector('div[role=button].T-I.T-I-atl:not(.hG)') as HTMLElement).click());
    await page.waitForTimeout(3000);
    expect(await presend(page).count()).toBe(0);
    expect(await sentTouches(demoPeople.raj.address)).toBe(0);
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
    await expect.poll(async () => (await storeRows<{ status?: { kind: string } }>(s, 'prospects'))[0]?.status?.kind, { timeout: 10_000 }).toBe('replied');
  });
});
