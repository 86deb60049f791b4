// A bounce marks the address it came back from (#18): the prospect's status
// then recommends another channel, and a later reply from the address clears
// the mark. Derived from the touches, so reading order does not matter.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { ingestReading, type IngestContext } from '../../../src/db/ingest';
import { overview } from '../../../src/db/queries';
import { FollowThroughDb } from '../../../src/db/schema';
import type { MessageReading, PageReading } from '../../../src/shared/readings';

const D = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12); // a Monday, noon UTC
const me = 'sam@northwind-studio.com';
const dana = 'dana@brightpath.io';
const pat = 'pat@brightpath.io';
const daemon = 'mailer-daemon@googlemail.com';
const person = (address: string) => ({ address, name: null, confidence: 'high' as const });
const msg = (id: string, from: string, to: string[], at: number, kind: MessageReading['kind'] = 'message'): MessageReading => ({ messageId: id, from: person(from), to: to.map(person), cc: [], at, atSource: 'title', kind });
const conversation = (threadKey: string, messages: MessageReading[]): PageReading => ({
  provider: 'gmail', account: me, view: 'conversation', readable: true, problems: [],
  threads: [{ threadKey, subject: 'Proposal', source: 'conversation', messages, partial: false }],
});
const ctx: IngestContext = { cadence: { ...DEFAULT_CADENCE, timeZone: 'UTC' }, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW };

let db: FollowThroughDb;
beforeEach(async () => {
  db = new FollowThroughDb(`bounce-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const danaRow = async () => (await db.prospects.toArray()).find((p) => p.addresses.includes(dana))!;

describe('a bounce', () => {
  it('is a touch on the one prospect the message went to, marks that address, and asks for another channel', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', me, [dana], NOW - 10 * D), msg('b1', daemon, [me], NOW - 10 * D + 60_000, 'bounce')]), ctx);
    expect(await db.prospects.count()).toBe(1); // the mail system is not a prospect
    const touches = (await db.touches.toArray()).sort((a, b) => a.at - b.at);
    expect(touches.map((t) => [t.direction, t.kind ?? 'message', t.address])).toEqual([['out', 'message', dana], ['in', 'bounce', dana]]);
    const p = await danaRow();
    expect(p.badAddresses).toEqual([dana]);
    expect(p.status?.recommendation).toBe('change-channel');
    const listed = (await overview(db, ctx.cadence, NOW)).sections.flatMap((s) => s.rows);
    expect(listed.map((v) => v.status.recommendation)).toEqual(['change-channel']);
  });

  it('marks nothing when the message went to several prospects: which address failed is only in its body', async () => {
    await ingestReading(db, conversation('t1', [msg('m1', me, [dana, pat], NOW - 10 * D), msg('b1', daemon, [me], NOW - 10 * D + 60_000, 'bounce')]), ctx);
    expect((await db.touches.toArray()).filter((t) => t.kind === 'bounce')).toEqual([]);
    expect((await db.prospects.toArray()).every((p) => p.badAddresses === undefined)).toBe(true);
  });

  it('is cleared by a later reply from the address, whichever is read first, and kept by an older one', async () => {
    const sent = msg('m1', me, [dana], NOW - 10 * D);
    const bounce = msg('b1', daemon, [me], NOW - 10 * D + 60_000, 'bounce');
    const reply = msg('r1', dana, [me], NOW - 2 * D);
    await ingestReading(db, conversation('t2', [msg('m0', me, [dana], NOW - 4 * D), reply]), ctx);
    await ingestReading(db, conversation('t1', [sent, bounce]), ctx);
    expect((await danaRow()).badAddresses).toBeUndefined();

    await db.delete();
    db = new FollowThroughDb(`bounce-${Math.random()}`);
    await db.open();
    await ingestReading(db, conversation('t3', [msg('m0', me, [dana], NOW - 20 * D), msg('r0', dana, [me], NOW - 19 * D)]), ctx);
    await ingestReading(db, conversation('t1', [sent, bounce]), ctx);
    expect((await danaRow()).badAddresses).toEqual([dana]);
  });

  it('read twice is one touch', async () => {
    const r = conversation('t1', [msg('m1', me, [dana], NOW - 10 * D), msg('b1', daemon, [me], NOW - 10 * D + 60_000, 'bounce')]);
    await ingestReading(db, r, ctx);
    await ingestReading(db, r, ctx);
    expect((await db.touches.toArray()).filter((t) => t.kind === 'bounce')).toHaveLength(1);
  });
});
