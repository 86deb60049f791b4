import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { refreshStale } from '../../../src/db/freshness';
import { ingestReading } from '../../../src/db/ingest';
import { dueSummary, overview } from '../../../src/db/queries';
import { FollowThroughDb } from '../../../src/db/schema';
import type { PageReading } from '../../../src/shared/readings';

const D = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12); // Monday noon, UTC
const me = 'sam@northwind-studio.com';
const cadence = { ...DEFAULT_CADENCE, timeZone: 'UTC' };

function thread(n: number, messages: [string, string, number][]): PageReading {
  return {
    provider: 'gmail', account: me, view: 'conversation', readable: true, problems: [],
    threads: [{ threadKey: `t${n}`, subject: `Thread ${n}`, source: 'conversation', partial: false, messages: messages.map(([from, to, at], i) => ({ messageId: `m${n}-${i}`, from: { address: from, name: null, confidence: 'high' as const }, to: [{ address: to, name: null, confidence: 'high' as const }], cc: [], at, atSource: 'title' as const, kind: 'message' as const })) }],
  };
}

let db: FollowThroughDb;
beforeEach(async () => {
  db = new FollowThroughDb(`overview-${Math.random()}`);
  await db.open();
  // 3 owed a reply, 4 due today (wrote last Wednesday), 2 overdue, 5 waiting.
  const ctx = { cadence, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW };
  let n = 0;
  for (let i = 0; i < 3; i++, n++) await ingestReading(db, thread(n, [[me, `r${i}@c.example`, NOW - 3 * D], [`r${i}@c.example`, me, NOW - D + i * 1000]]), ctx);
  for (let i = 0; i < 4; i++, n++) await ingestReading(db, thread(n, [[me, `d${i}@c.example`, NOW - 5 * D + i * 1000]]), ctx);
  for (let i = 0; i < 2; i++, n++) await ingestReading(db, thread(n, [[me, `o${i}@c.example`, NOW - 8 * D + i * 1000]]), ctx);
  for (let i = 0; i < 5; i++, n++) await ingestReading(db, thread(n, [[me, `w${i}@c.example`, NOW - 3600_000 * (i + 1)]]), ctx);
});
afterEach(async () => {
  await db.delete();
});

const ids = (o: Awaited<ReturnType<typeof overview>>) => o.sections.map((s) => [s.id, s.count, s.rows.map((r) => r.addresses[0]![0]).join('')]);

describe("the popup's overview", () => {
  it('lists every section in order with exact counts', async () => {
    const o = await overview(db, cadence, NOW);
    expect(ids(o).filter(([, c]) => c)).toEqual([['replied', 3, 'rrr'], ['due-today', 4, 'dddd'], ['overdue', 2, 'oo'], ['waiting', 5, 'wwwww']]);
    expect(o.dueCount).toBe(9);
    expect(o.total).toBe(14);
    expect(o.complete).toBe(true);
  });

  it('with a limit reads only the first screen, in display order, and still counts every section', async () => {
    const o = await overview(db, cadence, NOW, { limit: 5 });
    expect(ids(o).filter(([, c]) => c)).toEqual([['replied', 3, 'rrr'], ['due-today', 4, 'dd'], ['overdue', 2, ''], ['waiting', 5, '']]);
    expect(o.total).toBe(14);
    expect(o.complete).toBe(false);
  });

  it('moves prospects as time passes: the next morning, due today becomes overdue and waiting ones fall due', async () => {
    const tomorrow = NOW + D - 3 * 3600_000; // Tuesday 09:00 UTC
    expect(await refreshStale(db, cadence, tomorrow)).toBe(14);
    const o = await overview(db, cadence, tomorrow);
    const count = (id: string) => o.sections.find((s) => s.id === id)!.count;
    expect(count('due-today')).toBe(0);
    expect(count('overdue')).toBe(6);
    expect(count('waiting')).toBe(5);
    expect((await dueSummary(db, cadence, tomorrow)).count).toBe(9);
    // Nothing is stale any more until time moves again.
    expect(await refreshStale(db, cadence, tomorrow)).toBe(0);
  });
});
