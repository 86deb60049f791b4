// The application layer (#18), operation by operation, in node on
// fake-indexeddb with a fixed instant: what each one leaves in the store.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDb } from '../../../src/db/schema';
import { createStore, type Store } from '../../../src/db/store';
import type { ComposeSnapshot, PageReading } from '../../../src/shared/readings';
import { memorySync } from './memory-sync';

const D = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12); // Wednesday noon, UTC
const ME = 'sam@northwind-studio.com';
const DANA = 'dana@brightpath.io';

function wrote(to: string, daysAgo: number, threadKey = `t-${to}`): PageReading {
  return {
    provider: 'gmail', account: ME, view: 'conversation', readable: true, problems: [],
    threads: [{ threadKey, subject: 'Brand refresh', source: 'conversation', partial: false, messages: [
      { messageId: `${threadKey}-1`, from: { address: ME, name: null, confidence: 'high' }, to: [{ address: to, name: 'Dana Whitfield', confidence: 'high' }], cc: [], at: NOW - daysAgo * D, atSource: 'exact', kind: 'message' },
    ] }],
  };
}

const compose = (to: string[]): ComposeSnapshot => ({ provider: 'gmail', account: ME, composeId: 'c1', kind: 'new', to: to.map((address) => ({ address, name: null, confidence: 'high' as const })), cc: [], subject: 'Hello', threadKey: null });

let db: FollowThroughDb;
let sync: ReturnType<typeof memorySync>;
let store: Store;
const pid = (address: string) => `p:${ME}:${address}`;
const kindOf = async (address: string) => (await db.prospects.get(pid(address)))?.status?.kind;

beforeEach(async () => {
  db = new FollowThroughDb(`store-${Math.random()}`);
  await db.open();
  sync = memorySync({ timeZone: 'UTC' });
  store = createStore(db, sync.area);
});
afterEach(async () => {
  await db.delete();
});

describe('settings, through the store only', () => {
  it('a new cadence recomputes every open status at once: written to 9 days ago stops counting at 30, 60, 90 days', async () => {
    await store.recordReading(wrote(DANA, 9), null, NOW);
    await store.recordReading(wrote('lee@corp.test', 1), null, NOW);
    expect(await store.dueSummary(NOW)).toEqual({ count: 1, overdue: true });
    await store.saveSettings({ stepsDays: [30, 60, 90] }, NOW);
    // Straight from the rows, with no read in between: the change itself recomputed them.
    expect(await kindOf(DANA)).toBe('waiting');
    expect((await db.prospects.get(pid(DANA)))!.status!.reason).toMatch(/step 1 of 3/i);
    expect(await store.dueSummary(NOW)).toEqual({ count: 0, overdue: false });
    expect(sync.data.get('stepsDays')).toEqual([30, 60, 90]);
  });

  it('a cadence that changed elsewhere (synced from another browser) is applied on the next read', async () => {
    await store.recordReading(wrote(DANA, 9), null, NOW);
    sync.data.set('stepsDays', [30]);
    expect(await store.dueSummary(NOW)).toEqual({ count: 0, overdue: false });
    expect(await kindOf(DANA)).toBe('waiting');
  });

  it('refuses a change out of range with a message, and keeps what was stored', async () => {
    await expect(store.saveSettings({ stepsDays: [0] }, NOW)).rejects.toThrow(/^Not saved: stepsDays/);
    await expect(store.saveSettings({ timeZone: 'Mars/Olympus' }, NOW)).rejects.toThrow(/not a time zone/);
    await expect(store.saveSettings({ ignoredPeople: ['x@y.test'] }, NOW)).rejects.toThrow(/Not saved/);
    expect(Object.fromEntries(sync.data)).toEqual({ timeZone: 'UTC' });
  });

  it('moves ignore lists an older version kept in sync into the database, and out of sync', async () => {
    sync.data.set('ignoredPeople', ['Boss@acme.test']);
    sync.data.set('ignoredDomains', ['supplier.test']);
    expect((await store.settings(NOW)).timeZone).toBe('UTC');
    expect(await store.ignoreList()).toEqual({ ignoredPeople: ['boss@acme.test'], ignoredDomains: ['supplier.test'] });
    expect([...sync.data.keys()]).toEqual(['timeZone']);
  });
});

describe('ignoring', () => {
  beforeEach(async () => {
    await store.recordReading(wrote(DANA, 2), null, NOW);
    await store.recordReading(wrote('ravi@brightpath.io', 2), null, NOW);
    await store.recordReading(wrote('kim@gmail.com', 2), null, NOW);
  });

  it('from the options page forgets the prospects it covers, as the popup does', async () => {
    expect(await store.ignore('domain', '@BrightPath.io', NOW)).toBe(2);
    expect((await db.prospects.toArray()).map((p) => p.addresses[0])).toEqual(['kim@gmail.com']);
    expect(await db.touches.where('prospectId').equals(pid(DANA)).count()).toBe(0);
    // And never tracked again.
    await store.recordReading(wrote('new@brightpath.io', 1), null, NOW);
    expect(await db.prospects.count()).toBe(1);
  });

  it('from the popup puts the person on the same list', async () => {
    expect(await store.ignoreProspect(pid(DANA), 'person', NOW)).toBe(1);
    expect((await store.ignoreList()).ignoredPeople).toEqual([DANA]);
    await store.unignore('person', DANA);
    expect((await store.ignoreList()).ignoredPeople).toEqual([]);
  });

  it.each(['gmail.com', 'googlemail.com', 'hotmail.com', 'yahoo.fr', 'gmx.at', 'yandex.ru', 'proton.me', 'icloud.com'])('refuses the whole public domain %s', async (domain) => {
    await expect(store.ignore('domain', domain, NOW)).rejects.toThrow(`${domain} is a public mail domain`);
    expect(await db.ignored.count()).toBe(0);
  });

  it('refuses a public domain from the popup too, and keeps the prospect', async () => {
    await expect(store.ignoreProspect(pid('kim@gmail.com'), 'domain', NOW)).rejects.toThrow(/public mail domain/);
    expect(await db.prospects.get(pid('kim@gmail.com'))).toBeDefined();
  });

  it('takes more than storage.sync did (it stopped at about 280)', async () => {
    await Promise.all(Array.from({ length: 600 }, (_, k) => store.ignore('person', `person${k}@example.com`, NOW)));
    expect((await store.ignoreList()).ignoredPeople).toHaveLength(600);
    expect(sync.state.writes).toBe(0);
  });
});

describe('what the user does to a prospect', () => {
  beforeEach(async () => {
    await store.recordReading(wrote(DANA, 9), null, NOW);
  });

  it('log a touch: a call today makes the prospect wait again', async () => {
    expect(await kindOf(DANA)).toBe('due');
    await store.logTouch(pid(DANA), { channel: 'call', at: NOW + 60_000, direction: 'out', note: 'Left it with her assistant' }, NOW);
    const logged = (await db.touches.where('prospectId').equals(pid(DANA)).toArray()).find((t) => t.channel === 'call')!;
    // Never in the future, even from a clock a little ahead.
    expect(logged).toMatchObject({ at: NOW, voicemail: false, note: 'Left it with her assistant', direction: 'out' });
    expect(await kindOf(DANA)).toBe('waiting');
  });

  it('snooze and wake', async () => {
    await store.snooze(pid(DANA), NOW + 3 * D, NOW);
    expect(await db.prospects.get(pid(DANA))).toMatchObject({ snoozedUntil: NOW + 3 * D, snoozedAt: NOW, status: { kind: 'snoozed' } });
    expect((await store.dueSummary(NOW)).count).toBe(0);
    await store.snooze(pid(DANA), null, NOW);
    const p = (await db.prospects.get(pid(DANA)))!;
    expect(p.snoozedUntil).toBeUndefined();
    expect(p.status!.kind).toBe('due');
  });

  it('a next step sets the due date; replacing one that passed unanswered counts a ghosting', async () => {
    await store.setNextStep(pid(DANA), { what: 'Call about the pilot', at: NOW + 2 * D }, NOW);
    const set = (await db.prospects.get(pid(DANA)))!;
    expect(set).toMatchObject({ nextStep: { what: 'Call about the pilot', at: NOW + 2 * D, createdAt: NOW }, status: { kind: 'waiting' } });
    // No chase before the agreed date.
    expect(set.status!.dueAt).toBeGreaterThanOrEqual(NOW + 2 * D);
    const later = NOW + 4 * D;
    await store.setNextStep(pid(DANA), { what: 'Send the case study', at: later + D }, later);
    expect((await db.prospects.get(pid(DANA)))!.ghostings).toBe(1);
    await store.setNextStep(pid(DANA), null, later);
    expect((await db.prospects.get(pid(DANA)))!.nextStep).toBeUndefined();
  });

  it('close, let rest and reopen', async () => {
    await store.close(pid(DANA), 'won', NOW);
    expect(await db.prospects.get(pid(DANA))).toMatchObject({ closed: { state: 'won', at: NOW }, status: { kind: 'won' } });
    await store.close(pid(DANA), 'dormant', NOW);
    expect(await db.prospects.get(pid(DANA))).toMatchObject({ dormantSince: NOW, status: { kind: 'dormant' } });
    await store.close(pid(DANA), null, NOW);
    expect(await kindOf(DANA)).toBe('due');
  });

  it('its own cadence: a slow enterprise deal is not due after 9 days, and back to the defaults it is', async () => {
    await store.setCadence(pid(DANA), [7, 14, 30], NOW);
    // 9 days ago passed the first step (7): due. With 14, 30, 60 it is not.
    await store.setCadence(pid(DANA), [14, 30, 60], NOW);
    expect(await kindOf(DANA)).toBe('waiting');
    const [view] = (await store.overview(NOW)).sections.flatMap((s) => s.rows);
    expect(view!.stepsDays).toEqual([14, 30, 60]);
    // A change of the defaults leaves the prospect's own steps alone.
    await store.saveSettings({ stepsDays: [2] }, NOW);
    expect(await kindOf(DANA)).toBe('waiting');
    await store.setCadence(pid(DANA), null, NOW);
    expect(await kindOf(DANA)).toBe('due');
    expect((await db.prospects.get(pid(DANA)))!.cadence).toBeUndefined();
  });

  it('an operation on a prospect that is gone says so', async () => {
    await expect(store.snooze('p:nobody', null, NOW)).rejects.toThrow('That prospect no longer exists.');
  });
});

describe('readings, sends and the compose context', () => {
  it('a send is a touch; the compose context shows the prospect and offers to track the others', async () => {
    await store.recordSend(compose([DANA]), NOW - 2 * D, NOW);
    expect(await kindOf(DANA)).toBe('waiting');
    const ctx = await store.composeContext(compose([DANA, 'new@other.test', 'colleague@northwind-studio.com']), NOW);
    expect(ctx.prospects.map((p) => p.prospect.addresses)).toEqual([[DANA]]);
    expect(ctx.prospects[0]!.timeline).toHaveLength(1);
    expect(ctx.untracked).toEqual(['new@other.test']);
  });

  it('a send in the future is recorded now', async () => {
    await store.recordSend(compose([DANA]), NOW + D, NOW);
    expect((await db.touches.toArray())[0]!.at).toBe(NOW);
  });

  it('readings that arrive together are written together, each caller told what its own reading touched', async () => {
    let transactions = 0;
    const open = db.transaction.bind(db);
    db.transaction = ((...args: unknown[]) => {
      transactions++;
      return (open as (...a: unknown[]) => unknown)(...args);
    }) as typeof db.transaction;
    const people = ['a@one.test', 'b@two.test', 'c@three.test', 'd@four.test', DANA];
    const answers = await Promise.all(people.map((to, i) => store.recordReading(wrote(to, i + 1), null, NOW)));
    expect(answers).toEqual(people.map((to) => [pid(to)]));
    expect((await db.prospects.toArray()).map((p) => p.addresses[0]).sort()).toEqual([...people].sort());
    // The first alone, the four that came while it was written in one more.
    expect(transactions).toBe(2);
  });

  it('says until when the cached statuses stay true, and whether the next midnight is the first to change them', async () => {
    await store.recordReading(wrote(DANA, 1), null, NOW);
    // Written to yesterday: the next step is days away, so only the wording changes first, at midnight (UTC).
    expect(await store.freshUntil(NOW)).toEqual({ until: NOW + 3_600_000, staleAtMidnight: Date.UTC(2026, 10, 26) });
    // A snooze ending in half an hour goes stale first.
    await store.snooze(pid(DANA), NOW + 1_800_000, NOW);
    expect(await store.freshUntil(NOW)).toEqual({ until: NOW + 1_800_000, staleAtMidnight: null });
  });

  it('a reading remembers the mailbox address it was read at', async () => {
    await store.recordReading(wrote(DANA, 1), 'https://mail.google.com/mail/u/1/', NOW);
    expect((await db.accounts.get(ME))!.base).toBe('https://mail.google.com/mail/u/1/');
  });

  it('the overview and the due summary agree', async () => {
    await store.recordReading(wrote(DANA, 9), null, NOW);
    await store.track(ME, 'lee@corp.test', 'Lee', NOW);
    const o = await store.overview(NOW);
    expect(o.dueCount).toBe(1);
    expect(o.total).toBe(2);
    expect(o.stepsDays).toEqual([3, 7, 14]);
    expect(await store.dueSummary(NOW)).toEqual({ count: 1, overdue: true });
  });

  it('delete all empties the database and the synced settings', async () => {
    await store.recordReading(wrote(DANA, 9), null, NOW);
    await store.ignore('person', 'x@y.test', NOW);
    await store.deleteAll();
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(db.tables.map(() => 0));
    expect(sync.data.size).toBe(0);
  });
});
