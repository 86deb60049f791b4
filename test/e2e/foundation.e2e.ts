// The thin slice, end to end: the user sent the last message of a thread to
// an outside address ten days ago (overdue at any instant). The content script reads it, the
// background stores prospect, thread and touch, the badge counts one due
// prospect, and the popup lists them with the reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gmailPage } from '../fixtures/gmail/build-page';
import { outlookPage } from '../fixtures/outlook/build-page';
import { demoPeople } from '../fixtures/demo/mailbox';
import { tenDaysAgoMailbox } from '../fixtures/demo/slice';
import { GMAIL, launch, openExtensionPage, screenshot, storeRows, waitForBadge, type Session } from './harness';

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
  await waitForBadge(s, '1');
  const prospects = await storeRows<{ addresses: string[]; name?: string; status?: { kind: string } }>(s, 'prospects');
  expect(prospects).toHaveLength(1);
  expect(prospects[0]!.addresses).toEqual([dana.address]);
  expect(prospects[0]!.name).toBe(dana.name);
  expect(prospects[0]!.status?.kind).toBe('due');
  const touches = await storeRows<{ direction: string; channel: string; at: number }>(s, 'touches');
  expect(touches).toHaveLength(1);
  expect(touches[0]!.direction).toBe('out');
  expect(touches[0]!.channel).toBe('email');
  expect(Math.round((Date.now() - touches[0]!.at) / D)).toBe(10);
  expect(await storeRows(s, 'threads')).toHaveLength(1);

  const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
  const row = popup.getByTestId('prospect-row').filter({ hasText: dana.name });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  const text = await row.innerText();
  expect(text).toMatch(/10 days ago/);
  expect(text).toMatch(/no reply/i);
  expect(text).toMatch(/brightpath/i);
  await screenshot(popup, `${name}-popup`);
}

describe('the slice: a thread the user wrote last, ten days ago', () => {
  it('on Gmail: read, stored, counted on the badge, listed in the popup', async () => {
    const mailbox = tenDaysAgoMailbox(Date.now());
    s.serve(GMAIL, gmailPage(mailbox));
    const page = await s.context.newPage();
    await page.goto(`${GMAIL}#inbox/${mailbox.openThreadId}`);
    await expectSlice('slice-gmail');
    await screenshot(page, 'slice-gmail-page');
  });

  it('keeps the popup\'s first screen ready in storage.session, true until its first status goes stale', async () => {
    const mailbox = tenDaysAgoMailbox(Date.now());
    s.serve(GMAIL, gmailPage(mailbox));
    const page = await s.context.newPage();
    await page.goto(`${GMAIL}#inbox/${mailbox.openThreadId}`);
    await waitForBadge(s, '1');
    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    type Kept = { format: number; validUntil: number; answer: { now: number; sections: { id: string; rows: { addresses: string[] }[] }[] } };
    const kept = await expect
      .poll(async () => ((await popup.evaluate(() => chrome.storage.session.get('firstScreen'))) as { firstScreen?: Kept }).firstScreen, { timeout: 10_000 })
      .toBeDefined()
      .then(async () => ((await popup.evaluate(() => chrome.storage.session.get('firstScreen'))) as { firstScreen: Kept }).firstScreen);
    expect(kept.format).toBe(1);
    expect(kept.validUntil).toBeGreaterThan(Date.now());
    expect(kept.answer.sections.flatMap((sec) => sec.rows.map((r) => r.addresses[0]))).toEqual([dana.address]);
  });

  for (const host of ['outlook.office.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const) {
    it(`on Outlook (${host}): the same`, async () => {
      const mailbox = tenDaysAgoMailbox(Date.now());
      s.serve(`https://${host}/`, outlookPage(mailbox, { host }));
      const page = await s.context.newPage();
      await page.goto(`https://${host}/mail/inbox/id/${encodeURIComponent(mailbox.openThreadId!)}`);
      await expectSlice(`slice-${host}`);
    });
  }

  it('reading the same thread again, in a second tab, changes nothing', async () => {
    const mailbox = tenDaysAgoMailbox(Date.now());
    s.serve(GMAIL, gmailPage(mailbox));
    const [a, b] = [await s.context.newPage(), await s.context.newPage()];
    await Promise.all([a.goto(`${GMAIL}#inbox/${mailbox.openThreadId}`), b.goto(`${GMAIL}#inbox/${mailbox.openThreadId}`)]);
    await waitForBadge(s, '1');
    await a.reload();
    await a.waitForTimeout(1500);
    expect(await storeRows(s, 'prospects')).toHaveLength(1);
    expect(await storeRows(s, 'touches')).toHaveLength(1);
  });
});
