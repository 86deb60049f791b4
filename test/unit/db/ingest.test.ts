import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { ingestReading, ingestReadings, ingestSent, type IngestContext } from '../../../src/db/ingest';
import { dueSummary, overview } from '../../../src/db/queries';
import { FollowThroughDb } from '../../../src/db/schema';
import type { ComposeSnapshot, MessageReading, PageReading, Person } from '../../../src/shared/readings';

const D = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12); // Monday
const me = 'sam@northwind-studio.com';
const person = (address: string | null, name: string | null = null): Person => ({ address, name, confidence: address ? 'high' : 'low' });
const msg = (id: string, from: string, to: string[], at: number, extra: Partial<MessageReading> = {}): MessageReading => ({
  messageId: id, from: person(from), to: to.map((a) => person(a)), cc: [], at, atSource: 'title', kind: 'message', ...extra,
});
const conversation = (threadKey: string, messages: MessageReading[], account = me): PageReading => ({
  provider: 'gmail', account, view: 'conversation', readable: true, problems: [],
  threads: [{ threadKey, subject: 'Proposal', source: 'conversation', messages, partial: false }],
});
const ctx = (now = NOW): IngestContext => ({ cadence: { ...DEFAULT_CADENCE, timeZone: 'UTC' }, ignore: { ignoredPeople: [], ignoredDomains: [] }, now });

let db: FollowThroughDb;
beforeEach(async () => {
  db = new FollowThroughDb(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('ingesting readings', () => {
  it('a thread the user wrote in with an outside person becomes a prospect with a touch', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]), ctx());
    const prospects = await db.prospects.toArray();
    expect(prospects.map((p) => p.addresses)).toEqual([['dana@brightpath.io']]);
    expect(prospects[0]!.company).toBe('Brightpath');
    const touches = await db.touches.toArray();
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ direction: 'out', channel: 'email', threadKey: 't1', at: NOW - 5 * D });
    expect((await dueSummary(db, ctx().cadence, NOW)).count).toBe(1);
  });

  it('the same reading twice, or two at once, changes nothing the second time', async () => {
    const r = conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D), msg('m2', 'dana@brightpath.io', [me], NOW - 4 * D)]);
    await Promise.all([ingestReading(db, r, ctx()), ingestReading(db, r, ctx())]);
    await ingestReading(db, r, ctx());
    expect(await db.prospects.count()).toBe(1);
    expect(await db.touches.count()).toBe(2);
    expect(await db.threads.count()).toBe(1);
  });

  it('an older reading after a newer one loses nothing', async () => {
    const newer = conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D), msg('m2', 'dana@brightpath.io', [me], NOW - 1 * D)]);
    const older = conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]);
    await ingestReading(db, newer, ctx());
    await ingestReading(db, older, ctx());
    expect(await db.touches.count()).toBe(2);
    const o = await overview(db, ctx().cadence, NOW);
    expect(o.sections.find((s) => s.id === 'replied')!.rows).toHaveLength(1);
  });

  it('does not track colleagues, robots, mailing lists or ignored people', async () => {
    const r = conversation('t1', [msg('m1', me, ['ana@northwind-studio.com', 'no-reply@stripe.com', 'team@googlegroups.com', 'x@ignored.example', 'ok@client.example'], NOW - D)]);
    await ingestReading(db, r, { ...ctx(), ignore: { ignoredPeople: [], ignoredDomains: ['ignored.example'] } });
    expect((await db.prospects.toArray()).map((p) => p.addresses[0])).toEqual(['ok@client.example']);
  });

  it('threads the user never wrote in are not tracked', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', 'news@shop.example', [me], NOW - D), msg('m2', 'someone@client.example', [me], NOW)]), ctx());
    expect(await db.prospects.count()).toBe(0);
  });

  it('a page that cannot be read writes nothing', async () => {
    const r = { ...conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - D)]), readable: false };
    expect(await ingestReading(db, r, ctx())).toEqual([]);
    expect(await db.touches.count()).toBe(0);
  });

  it('a send seen in the composer stands in until the message is read, then gives way to it', async () => {
    const compose: ComposeSnapshot = { provider: 'gmail', account: me, composeId: 'c1', kind: 'reply', to: [person('dana@brightpath.io', 'Dana')], cc: [], subject: 'Re: Proposal', threadKey: 't1' };
    await ingestSent(db, compose, NOW - 60_000, ctx());
    expect((await db.touches.toArray()).map((t) => t.provisional)).toEqual([true]);
    await ingestReading(db, conversation('t1', [msg('m9', me, ['dana@brightpath.io'], NOW - 60_000)]), ctx());
    const touches = await db.touches.toArray();
    expect(touches).toHaveLength(1);
    expect(touches[0]!.provisional).toBeUndefined();
  });

  it('a send whose message was already read back from the conversation adds no stand-in: one send, one touch', async () => {
    await ingestReading(db, conversation('t1', [msg('m9', me, ['dana@brightpath.io'], NOW - 60_000)]), ctx());
    const compose: ComposeSnapshot = { provider: 'gmail', account: me, composeId: 'c1', kind: 'reply', to: [person('dana@brightpath.io', 'Dana')], cc: [], subject: 'Re: Proposal', threadKey: 't1' };
    expect(await ingestSent(db, compose, NOW - 55_000, ctx())).toHaveLength(1);
    const touches = await db.touches.toArray();
    expect(touches.map((t) => [t.id.startsWith('sent:'), t.provisional ?? false])).toEqual([[false, false]]);
    // A send an hour later in the same thread is a new touch.
    await ingestSent(db, { ...compose, composeId: 'c2' }, NOW + 3_600_000, ctx(NOW + 3_600_000));
    expect(await db.touches.count()).toBe(2);
  });

  it('an unread list row newer than the tracked thread counts as their reply', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]), ctx());
    const row: PageReading = {
      provider: 'gmail', account: me, view: 'list', readable: true, problems: [],
      threads: [{ threadKey: 't1', subject: 'Proposal', source: 'list', messages: [], partial: false, summary: { lastAt: NOW - 3600_000, unread: true, participants: [person(me), person('dana@brightpath.io')], count: 2 } }],
    };
    await ingestReading(db, row, ctx());
    const o = await overview(db, ctx().cadence, NOW);
    expect(o.sections.find((s) => s.id === 'replied')!.rows.map((r) => r.addresses[0])).toEqual(['dana@brightpath.io']);
    // Reading the conversation then replaces the guess with the real message.
    await ingestReading(db, conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D), msg('m2', 'dana@brightpath.io', [me], NOW - 3600_000)]), ctx());
    expect((await db.touches.toArray()).filter((t) => t.direction === 'in')).toHaveLength(1);
  });

  it('keys data by account: two accounts keep separate prospects', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - D)]), ctx());
    await ingestReading(db, conversation('t1', [msg('m1', 'other@else.example', ['dana@brightpath.io'], NOW - D)], 'other@else.example'), ctx());
    const accounts = (await db.prospects.toArray()).map((p) => p.account).sort();
    expect(accounts).toEqual(['other@else.example', me]);
  });
});

describe('several readings in one transaction', () => {
  const listRow = (threadKey: string, from: string, at: number): PageReading => ({
    provider: 'gmail', account: me, view: 'list', readable: true, problems: [],
    threads: [{ threadKey, subject: 'Proposal', source: 'list', messages: [], partial: false, summary: { lastAt: at, unread: true, participants: [person(me), person(from)], count: 2 } }],
  });
  // A burst as it comes from open tabs: a thread, the list row of its reply (a stand-in), the
  // conversation that replaces it, a second thread to the same person, someone new, a second
  // account, an unreadable page, and the first reading again.
  const burst: PageReading[] = [
    conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]),
    listRow('t1', 'dana@brightpath.io', NOW - 3600_000),
    conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D), msg('m2', 'dana@brightpath.io', [me], NOW - 3600_000)]),
    conversation('t2', [msg('m3', me, ['dana@brightpath.io', 'lee@brightpath.io'], NOW - 2 * D)]),
    listRow('t2', 'lee@brightpath.io', NOW - 60_000),
    conversation('t3', [msg('m4', me, ['marco@tidewater.co'], NOW - 9 * D)]),
    conversation('t1', [msg('m9', 'other@else.example', ['dana@brightpath.io'], NOW - D)], 'other@else.example'),
    { ...conversation('t4', [msg('m5', me, ['nobody@x.test'], NOW - D)]), readable: false },
    conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]),
  ];
  const contents = async (d: FollowThroughDb) => ({
    accounts: await d.accounts.toArray(),
    prospects: await d.prospects.toArray(),
    touches: await d.touches.toArray(),
    threads: await d.threads.toArray(),
    meta: await d.meta.toArray(),
  });

  it('leave the store exactly as the same readings one by one, and say what each touched', async () => {
    const alone = new FollowThroughDb(`test-alone-${Math.random()}`);
    await alone.open();
    try {
      const oneByOne: string[][] = [];
      for (const r of burst) oneByOne.push(await ingestReading(alone, r, ctx()));
      const together = await ingestReadings(db, burst.map((reading) => ({ reading, now: NOW })), ctx());
      expect(together.map((ids) => [...ids].sort())).toEqual(oneByOne.map((ids) => [...ids].sort()));
      expect(await contents(db)).toEqual(await contents(alone));
      // And what they left is what a reader expects: Dana replied (one real message, no stand-in), Lee's reply is a stand-in.
      const touches = await db.touches.toArray();
      expect(touches.filter((t) => t.prospectId.endsWith('dana@brightpath.io') && t.account === me && t.direction === 'in').map((t) => t.provisional ?? false)).toEqual([false]);
      expect(touches.filter((t) => t.prospectId.endsWith('lee@brightpath.io') && t.direction === 'in').map((t) => t.provisional)).toEqual([true]);
    } finally {
      await alone.delete();
    }
  });

  it('date what each creates by its own instant, and keep the base address of each account', async () => {
    await ingestReadings(db, [
      { reading: conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]), now: NOW - 60_000, base: 'https://mail.google.com/mail/u/0/' },
      { reading: conversation('t3', [msg('m4', me, ['marco@tidewater.co'], NOW - 9 * D)]), now: NOW },
    ], ctx());
    expect((await db.prospects.toArray()).map((p) => [p.addresses[0], p.createdAt])).toEqual([['dana@brightpath.io', NOW - 60_000], ['marco@tidewater.co', NOW]]);
    expect(await db.accounts.get(me)).toMatchObject({ firstSeen: NOW - 60_000, lastSeen: NOW, base: 'https://mail.google.com/mail/u/0/' });
  });
});

describe('the badge count', () => {
  it('counts prospects owed a reply as well as those due', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', me, ['dana@brightpath.io'], NOW - 5 * D)]), ctx());
    await ingestReading(db, conversation('t2', [msg('m2', me, ['marco@tidewater.co'], NOW - 2 * D), msg('m3', 'marco@tidewater.co', [me], NOW - D)]), ctx());
    await ingestReading(db, conversation('t3', [msg('m4', me, ['priya@lumenhealth.com'], NOW - 3600_000)]), ctx());
    expect((await dueSummary(db, ctx().cadence, NOW)).count).toBe(2);
  });
});

describe('collapsed messages', () => {
  it("the user's message with no recipients shown went to the thread's prospects", async () => {
    const collapsed = msg('m1', me, [], NOW - 9 * D);
    const r = conversation('t1', [collapsed, msg('m2', 'dana@brightpath.io', [me], NOW - 8 * D), msg('m3', me, ['dana@brightpath.io'], NOW - 5 * D)]);
    await ingestReading(db, r, ctx());
    const touches = (await db.touches.toArray()).sort((a, b) => a.at - b.at);
    expect(touches.map((t) => [t.direction, t.address])).toEqual([['out', 'dana@brightpath.io'], ['in', 'dana@brightpath.io'], ['out', 'dana@brightpath.io']]);
  });
});
