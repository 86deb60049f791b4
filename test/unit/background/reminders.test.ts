// "Sleep on it" reminders and the daily summary, in node with fake-indexeddb
// and a fake WebExtension API: the alarm fires, the notification says what
// it should, and a click opens the thread.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { fakeBrowser } from '../hardening/fake-browser';

vi.mock('../../../src/shared/browser', async () => {
  const { fakeBrowser } = await import('../hardening/fake-browser');
  const fake = fakeBrowser();
  return { browser: fake.browser, extensionAlive: () => true, __fake: fake };
});

const D = 86_400_000;
const SAM = 'sam@northwind-studio.com';
let fake: ReturnType<typeof fakeBrowser>;
let reminders: typeof import('../../../src/background/reminders');
let db: import('../../../src/db/schema').FollowThroughDb;

beforeAll(async () => {
  fake = ((await import('../../../src/shared/browser')) as unknown as { __fake: ReturnType<typeof fakeBrowser> }).__fake;
  await import('../../../src/background/index');
  reminders = await import('../../../src/background/reminders');
  db = (await import('../../../src/background/context')).db;
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  fake.sync.clear();
  vi.restoreAllMocks();
});

const compose = { provider: 'gmail', account: SAM, composeId: 'c1', kind: 'reply', to: [{ address: 'raj@copperline.in', name: 'Raj Patel', confidence: 'high' }], cc: [], subject: 'Re: Copperline', threadKey: 't1' };
const threadUrl = 'https://mail.google.com/mail/u/0/#inbox/t1';

describe('sleep on it', () => {
  it('keeps a reminder for tomorrow at the due hour, notifies when it fires, and a click opens the thread', async () => {
    await fake.browser.storage.sync.set({ timeZone: 'Europe/Berlin', dueHour: 9 });
    const alarms = vi.spyOn(fake.browser.alarms, 'create');
    const answer = await fake.send({ type: 'compose/sleep-on-it', payload: { compose, url: threadUrl } }, fake.gmailTab());
    expect(answer.ok).toBe(true);
    const [row] = await db.reminders.toArray();
    expect(row).toMatchObject({ url: threadUrl, to: ['raj@copperline.in'], subject: 'Re: Copperline' });
    // Tomorrow, 09:00 in Berlin.
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(row!.at);
    expect(local).toBe('09:00');
    expect(row!.at - Date.now()).toBeGreaterThan(0);
    expect(row!.at - Date.now()).toBeLessThan(2 * D);
    expect(alarms).toHaveBeenCalledWith(`reminder:${row!.id}`, { when: row!.at });

    const notify = vi.spyOn(fake.browser.notifications, 'create');
    await reminders.onAlarm(`reminder:${row!.id}`);
    expect(notify).toHaveBeenCalledTimes(1);
    const [, options] = notify.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(options.title).toBe('You slept on a follow-up');
    expect(options.message).toContain('raj@copperline.in');

    const tabs = vi.spyOn(fake.browser.tabs, 'create');
    await reminders.onNotificationClicked(`reminder:${row!.id}`);
    expect(tabs).toHaveBeenCalledWith({ url: threadUrl });
    expect(await db.reminders.count()).toBe(0);
  });

  it('answers a failure, and keeps no reminder, when the alarm cannot be set or the database refuses (#17)', async () => {
    vi.spyOn(fake.browser.alarms, 'create').mockRejectedValueOnce(new Error('Too many alarms'));
    const answer = await fake.send({ type: 'compose/sleep-on-it', payload: { compose, url: threadUrl } }, fake.gmailTab());
    expect(answer.ok).toBe(false);
    expect(await db.reminders.count()).toBe(0);
    vi.spyOn(db.reminders, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect((await fake.send({ type: 'compose/sleep-on-it', payload: { compose, url: threadUrl } }, fake.gmailTab())).ok).toBe(false);
    expect(await db.reminders.count()).toBe(0);
  });

  it('is not accepted from an extension page or another extension', async () => {
    expect((await fake.send({ type: 'compose/sleep-on-it', payload: { compose, url: threadUrl } }, fake.page)).ok).toBe(false);
    expect((await fake.send({ type: 'compose/sleep-on-it', payload: { compose, url: threadUrl } }, { id: 'other', url: threadUrl, tab: { id: 1 } })).ok).toBe(false);
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('the daily summary', () => {
  async function oneDueProspect() {
    const reading = {
      provider: 'gmail', account: SAM, view: 'conversation', readable: true, problems: [],
      threads: [{ threadKey: 't9', subject: 'Proposal', source: 'conversation', partial: false, messages: [
        { messageId: 'm9', from: { address: SAM, name: null, confidence: 'high' }, to: [{ address: 'dana@brightpath.io', name: 'Dana', confidence: 'high' }], cc: [], at: Date.now() - 8 * D, atSource: 'title', kind: 'message' },
      ] }],
    };
    expect((await fake.send({ type: 'page/reading', payload: { reading, url: 'https://mail.google.com/mail/u/0/' } }, fake.gmailTab())).ok).toBe(true);
  }

  it('says how many follow-ups are due today', async () => {
    await oneDueProspect();
    const notify = vi.spyOn(fake.browser.notifications, 'create');
    await reminders.onAlarm(reminders.SUMMARY_ALARM);
    expect(notify).toHaveBeenCalledTimes(1);
    expect((notify.mock.calls[0] as unknown as [string, { message: string }])[1].message).toBe('1 follow-up due today');
  });

  it('stays quiet when the user turned it off, or when nobody is due', async () => {
    const notify = vi.spyOn(fake.browser.notifications, 'create');
    await reminders.onAlarm(reminders.SUMMARY_ALARM);
    await oneDueProspect();
    await fake.browser.storage.sync.set({ dailySummary: false });
    await reminders.onAlarm(reminders.SUMMARY_ALARM);
    expect(notify).not.toHaveBeenCalled();
  });
});
