// The same demo-mailbox scenarios as in Chromium, in Firefox ESR (issue 11):
// a reading becomes a stored touch, the badge counts it, the popup lists the
// prospect, and the pre-send warning holds a break-up draft.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakupDraft, demoMailbox, demoPeople } from '../fixtures/demo/mailbox';
import { gmailPage } from '../fixtures/gmail/build-page';
import { outlookPage } from '../fixtures/outlook/build-page';
import { tenDaysAgoMailbox } from '../fixtures/demo/slice';
import { browserNow, GMAIL, launch, poll, screenshot, storeRows, waitForBadge, type Session } from './harness';

const D = 86_400_000;
const dana = demoPeople.dana;


let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

async function expectSlice(name: string): Promise<void> {
  // Any extension page can read the badge and the database; the popup is one.
  const probe = await s.extensionPage('src/ui/popup/index.html');
  await waitForBadge(probe, '1');
  const prospects = await storeRows<{ addresses: string[]; name?: string; status?: { kind: string } }>(probe, 'prospects');
  expect(prospects).toHaveLength(1);
  expect(prospects[0]!.addresses).toEqual([dana.address]);
  expect(prospects[0]!.name).toBe(dana.name);
  expect(prospects[0]!.status?.kind).toBe('due');
  const touches = await storeRows<{ direction: string; channel: string; at: number }>(probe, 'touches');
  expect(touches).toHaveLength(1);
  expect(touches[0]!.direction).toBe('out');
  expect(touches[0]!.channel).toBe('email');
  expect(Math.round(((await browserNow(s)) - touches[0]!.at) / D)).toBe(10);
  expect(await storeRows(probe, 'threads')).toHaveLength(1);

  // A popup opened now, after the touch was stored, lists Dana.
  const popup = await s.extensionPage('src/ui/popup/index.html');
  const rows = await poll(
    () => popup.$$eval('[data-testid="prospect-row"]', (els) => els.map((e) => (e as HTMLElement).innerText)),
    (texts) => texts.some((t) => t.includes(dana.name)),
    10_000,
    'the popup never listed Dana',
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatch(/10 days ago/);
  expect(rows[0]).toMatch(/no reply/i);
  expect(rows[0]).toMatch(/brightpath/i);
  await screenshot(popup, `${name}-popup`);
  expect(s.strayRequests).toEqual([]);
}

describe('Firefox ESR: the slice and the pre-send hold', () => {
  it('on Gmail: a thread sent ten days ago is read, stored, counted on the badge and listed in the popup', async () => {
    const mailbox = tenDaysAgoMailbox(await browserNow(s));
    s.serve(GMAIL, gmailPage(mailbox));
    const mail = await s.mailPage();
    await mail.goto(`${GMAIL}#inbox/${mailbox.openThreadId}`);
    await expectSlice('firefox-slice-gmail');
    await screenshot(mail, 'firefox-slice-gmail-page');
  });

  for (const host of ['outlook.office.com', 'outlook.cloud.microsoft'] as const) {
    it(`on Outlook (${host}): the same`, async () => {
      const mailbox = tenDaysAgoMailbox(await browserNow(s));
      s.serve(`https://${host}/`, outlookPage(mailbox, { host }));
      const mail = await s.mailPage();
      await mail.goto(`https://${host}/mail/inbox/id/${encodeURIComponent(mailbox.openThreadId!)}`);
      await expectSlice(host === 'outlook.office.com' ? 'firefox-slice-outlook' : 'firefox-slice-outlook-cloud');
    });
  }

  it('on Gmail: Send on a break-up draft is held by the pre-send dialog', async () => {
    const now = await browserNow(s);
    s.serve(GMAIL, gmailPage({ ...demoMailbox(now), compose: breakupDraft, openThreadId: breakupDraft.threadId, behave: { undoSeconds: 2 } }));
    const mail = await s.mailPage();
    await mail.goto(`${GMAIL}#inbox/${breakupDraft.threadId}`);
    // The compose sidebar appears once the content script guards the compose.
    await mail.waitForSelector('followthrough-sidebar', { timeout: 15_000 });

    await mail.click('div[role=button].T-I.T-I-atl:not(.hG)');
    const dialog = await poll(
      () =>
        mail.evaluate(() => {
          const root = document.querySelector('followthrough-presend')?.shadowRoot;
          const d = root?.querySelector('[role=dialog]');
          if (!d) return null;
          return { text: (d as HTMLElement).innerText, buttons: [...d.querySelectorAll('button')].map((b) => b.textContent?.trim()) };
        }),
      (v) => v !== null,
      10_000,
      'no pre-send dialog after Send',
    );
    expect(dialog!.buttons).toEqual(expect.arrayContaining(['Send anyway', 'Edit', 'Sleep on it']));
    await screenshot(mail, 'firefox-presend-breakup');

    // Held: the fixture's Send would have removed the compose and shown "Message sent".
    await new Promise((r) => setTimeout(r, 500));
    const state = await mail.evaluate(() => ({
      compose: document.querySelector('input[name=composeid]')?.isConnected ?? false,
      dialog: document.querySelector('followthrough-presend') !== null,
      toast: document.body.innerText.includes('Message sent'),
    }));
    expect(state).toEqual({ compose: true, dialog: true, toast: false });
    expect(s.strayRequests).toEqual([]);
  });
});
