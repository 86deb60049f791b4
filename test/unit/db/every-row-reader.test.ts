// The popup's own read of every row gives what the background's overview gives.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { readEveryRow } from '../../../src/db/every-row-reader';
import { ingestReading } from '../../../src/db/ingest';
import { overview } from '../../../src/db/queries';
import { DB_NAME, FollowThroughDb } from '../../../src/db/schema';
import type { PageReading } from '../../../src/shared/readings';

const D = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);
const ME = 'sam@northwind-studio.com';
const cadence = { ...DEFAULT_CADENCE, timeZone: 'UTC' };
const wrote = (to: string, daysAgo: number, reply = false): PageReading => ({
  provider: 'gmail', account: ME, view: 'conversation', readable: true, problems: [],
  threads: [{ threadKey: `t-${to}`, subject: 'Proposal', source: 'conversation', partial: false, messages: [
    { messageId: `${to}-1`, from: { address: ME, name: null, confidence: 'high' }, to: [{ address: to, name: null, confidence: 'high' }], cc: [], at: NOW - daysAgo * D, atSource: 'exact', kind: 'message' },
    ...(reply ? [{ messageId: `${to}-2`, from: { address: to, name: null, confidence: 'high' as const }, to: [{ address: ME, name: null, confidence: 'high' as const }], cc: [], at: NOW - D, atSource: 'exact' as const, kind: 'message' as const }] : []),
  ] }],
});

afterEach(async () => {
  await new FollowThroughDb().delete();
});

describe('reading every row in the popup', () => {
  it('gives the same sections, counts and accounts as the overview, without a schema of its own', async () => {
    const db = new FollowThroughDb();
    await db.open();
    for (const [i, to] of ['a@one.test', 'b@two.test', 'c@three.test', 'd@four.test'].entries()) await ingestReading(db, wrote(to, 2 + i * 4, i === 1), { cadence, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW });
    const expected = await overview(db, cadence, NOW);
    const version = db.verno;
    db.close();
    const read = await readEveryRow();
    expect(read.sections).toEqual(expected.sections);
    expect(read.total).toBe(expected.total);
    expect(read.dueCount).toBe(expected.dueCount);
    expect(read.accounts).toEqual([ME]);
    // Opened as it was: same version, nothing upgraded or written.
    const again = new FollowThroughDb();
    await again.open();
    expect(again.verno).toBe(version);
    again.close();
  });

  it('refuses when there is no database yet, so that the popup asks the background', async () => {
    expect(DB_NAME).toBe('followthrough');
    await expect(readEveryRow()).rejects.toThrow(/does not exist yet/);
    expect(await FollowThroughDb.exists(DB_NAME)).toBe(false);
  });
});
