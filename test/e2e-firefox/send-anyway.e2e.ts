// "Send anyway" in Firefox ESR (#17): a break-up draft is held by the
// pre-send dialog, the user sends it anyway, the mail goes out once and the
// send itself is recorded as a touch (a new message, so nothing of it is read
// back from the open conversation).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakupDraft, demoMailbox, demoPeople } from '../fixtures/demo/mailbox';
import { gmailPage } from '../fixtures/gmail/build-page';
import type { FixtureCompose } from '../fixtures/mailbox';
import { browserNow, GMAIL, launch, poll, screenshot, storeRows, type Session } from './harness';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

const newBreakup: FixtureCompose = { ...breakupDraft, kind: 'new', subject: 'Copperline: one last thing', threadId: undefined };
const SEND = 'div[role=button].T-I.T-I-atl:not(.hG)';

describe('Firefox ESR: a held draft sent anyway', () => {
  it('goes out once and is recorded as a touch', async () => {
    const now = await browserNow(s);
    s.serve(GMAIL, gmailPage({ ...demoMailbox(now), compose: newBreakup, openThreadId: breakupDraft.threadId, behave: { undoSeconds: 1 } }));
    const mail = await s.mailPage();
    await mail.goto(`${GMAIL}#inbox/${breakupDraft.threadId}`);
    await mail.waitForSelector('followthrough-sidebar', { timeout: 15_000 });
    const store = await s.extensionPage('src/ui/popup/index.html');
    const raj = demoPeople.raj.address;
    const touches = async () => (await storeRows<{ id: string; address?: string; direction: string }>(store, 'touches')).filter((t) => t.direction === 'out' && t.address === raj);
    await poll(touches, (t) => t.length === 3, 10_000, "Raj's thread was never read");

    // What the mail app sees: each Send press nobody prevented is a real send.
    await mail.evaluate((sel) => {
      const w = window as unknown as { __sends: number };
      w.__sends = 0;
      document.addEventListener('click', (e) => void (!e.defaultPrevented && e.target instanceof Element && e.target.closest(sel) && w.__sends++));
    }, SEND);
    await mail.click(SEND);
    await poll(() => mail.evaluate(() => document.querySelector('followthrough-presend')?.shadowRoot?.querySelector('[role=dialog]') != null), (v) => v, 10_000, 'no pre-send dialog after Send');
    expect(await mail.evaluate(() => (window as unknown as { __sends: number }).__sends)).toBe(0);
    await screenshot(mail, 'firefox-send-anyway-held');

    await mail.click('followthrough-presend >>> button[data-choice="send"]');
    const after = await poll(touches, (t) => t.some((x) => x.id.startsWith('sent:')), 15_000, 'Send anyway was never recorded');
    expect(after).toHaveLength(4);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await mail.evaluate(() => (window as unknown as { __sends: number }).__sends)).toBe(1);
    expect((await touches()).filter((t) => t.id.startsWith('sent:'))).toHaveLength(1);
    expect(s.strayRequests).toEqual([]);
  });
});
