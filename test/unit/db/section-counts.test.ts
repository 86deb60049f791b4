// The section counts kept in meta (#18) must always equal what the rank index
// counts, whatever wrote the prospects; and after midnight the popup's query
// answers from the cache, marked updating, while the day's statuses are
// recomputed in batches. Node, fake-indexeddb, fixed instants, UTC.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeStatus } from '../../../src/core/cadence';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { BATCH, CATCH_UP_FROM, refreshStale } from '../../../src/db/freshness';
import { applyStatus } from '../../../src/db/prospects';
import { overview } from '../../../src/db/queries';
import { keptCounts } from '../../../src/db/section-counts';
import { FollowThroughDb, rankRange, SECTION_ORDER, type ProspectRow } from '../../../src/db/schema';
import { createStore, type Store } from '../../../src/db/store';
import type { PageReading } from '../../../src/shared/readings';
import { memorySync } from './memory-sync';

const D = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12); // Wednesday noon, UTC
const ME = 'sam@northwind-studio.com';
const cadence = { ...DEFAULT_CADENCE, timeZone: 'UTC' };

function wrote(to: string, at: number, reply?: number): PageReading {
  const person = (address: string) => ({ address, name: null, confidence: 'high' as const });
  const messages = [{ messageId: `${to}-1`, from: person(ME), to: [person(to)], cc: [], at, atSource: 'exact' as const, kind: 'message' as const }];
  if (reply !== undefined) messages.push({ messageId: `${to}-2`, from: person(to), to: [person(ME)], cc: [], at: reply, atSource: 'exact' as const, kind: 'message' as const });
  return { provider: 'gmail', account: ME, view: 'conversation', readable: true, problems: [], threads: [{ threadKey: `t-${to}`, subject: 'Hello', source: 'conversation', partial: false, messages }] };
}

async function indexCounts(db: FollowThroughDb) {
  const n = await Promise.all(SECTION_ORDER.map((id) => db.prospects.where('rank').between(...rankRange(id), true, true).count()));
  return Object.fromEntries(SECTION_ORDER.map((id, i) => [id, n[i]]));
}

let db: FollowThroughDb;
let store: Store;
beforeEach(async () => {
  db = new FollowThroughDb(`counts-${Math.random()}`);
  await db.open();
  store = createStore(db, memorySync({ timeZone: 'UTC' }).area);
});
afterEach(async () => {
  await db.delete();
});

describe('kept section counts', () => {
  it('follow every write that moves a rank, and agree with the rank index', async () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `${x}@client.example`);
    for (const [i, p] of people.entries()) await store.recordReading(wrote(p, NOW - (i + 1) * 2 * D, i === 0 ? NOW - D : undefined), null, NOW);
    await store.overview(NOW, { limit: 3 }); // the first read counts the index once
    expect(await keptCounts(db)).toEqual(await indexCounts(db));

    const id = (address: string) => `p:${ME}:${address}`;
    await store.snooze(id(people[1]!), NOW + 3 * D, NOW);
    await store.close(id(people[2]!), 'won', NOW);
    await store.logTouch(id(people[3]!), { channel: 'call', at: NOW - 3600_000, direction: 'out' }, NOW);
    await store.ignoreProspect(id(people[4]!), 'person', NOW);
    await store.track(ME, 'new@client.example', 'New Person', NOW);
    await store.recordReading(wrote(people[5]!, NOW - 12 * D, NOW - 600_000), null, NOW);
    expect(await keptCounts(db)).toEqual(await indexCounts(db));

    // Days later, through the recompute of every stale status.
    await store.dueSummary(NOW + 9 * D);
    expect(await keptCounts(db)).toEqual(await indexCounts(db));
    const o = await store.overview(NOW + 9 * D);
    expect(Object.fromEntries(o.sections.map((s) => [s.id, s.count]))).toEqual(await indexCounts(db));
  });

  it('are counted again after an import, which brings rows without ranks', async () => {
    await store.recordReading(wrote('a@client.example', NOW - 2 * D), null, NOW);
    await store.dueSummary(NOW);
    const file = JSON.stringify(await store.exportJson(NOW));
    await store.deleteAll();
    expect((await store.importJson(file, NOW)).ok).toBe(true);
    expect(await keptCounts(db)).toBeNull();
    const o = await store.overview(NOW);
    expect(o.total).toBe(1);
    expect(await keptCounts(db)).toEqual(await indexCounts(db));
  });
});

describe('after midnight', () => {
  const many = CATCH_UP_FROM + BATCH + 7;
  beforeEach(async () => {
    // Statuses cached yesterday at noon: a first email last Friday, so step 1 (3 business days) is due today, Wednesday.
    const rows: ProspectRow[] = [];
    const touches = [];
    for (let i = 0; i < many; i++) {
      const p: ProspectRow = { id: `p:${ME}:n${i}@client.example`, account: ME, addresses: [`n${i}@client.example`], createdAt: NOW - 6 * D };
      const t = { id: `m:${i}`, prospectId: p.id, account: ME, channel: 'email' as const, direction: 'out' as const, at: NOW - 5 * D, address: p.addresses[0] };
      applyStatus(p, computeStatus(p, [t], cadence, NOW - D), cadence, NOW - D);
      rows.push(p);
      touches.push(t);
    }
    await db.prospects.bulkPut(rows);
    await db.touches.bulkPut(touches);
    await overview(db, cadence, NOW - D, { limit: 30 }); // records the cadence and counts as of yesterday
  });

  it('the popup query answers from the cache at once, marked updating, and the counts are yesterday’s', async () => {
    const o = await overview(db, cadence, NOW, { limit: 30, cachedWhileUpdating: true });
    expect(o.updating).toBe(true);
    expect(o.sections.find((s) => s.id === 'waiting')!.count).toBe(many);
    expect(o.sections.find((s) => s.id === 'due-today')!.count).toBe(0);
  });

  it('without that option a query waits and answers for now; so does every query once the batches are done', async () => {
    const o = await overview(db, cadence, NOW, { limit: 30 });
    expect(o.updating).toBeUndefined();
    expect(o.sections.find((s) => s.id === 'due-today')!.count).toBe(many);
  });

  it('recomputes every stale status in batches and leaves none stale', async () => {
    expect(await refreshStale(db, cadence, NOW)).toBe(many);
    expect(await db.prospects.where('staleAt').belowOrEqual(NOW).count()).toBe(0);
    expect(await refreshStale(db, cadence, NOW)).toBe(0);
    expect(await keptCounts(db)).toEqual(await indexCounts(db));
    const o = await overview(db, cadence, NOW, { limit: 30, cachedWhileUpdating: true });
    expect(o.updating).toBeUndefined();
    expect(o.sections.find((s) => s.id === 'due-today')!.rows[0]!.status.reason).toMatch(/today/);
  });

  it('the store starts the recompute when it answers updating, and soon answers for now', async () => {
    const s = createStore(db, memorySync({ timeZone: 'UTC' }).area);
    expect((await s.overview(NOW, { limit: 30 })).updating).toBe(true);
    let o = await s.overview(NOW, { limit: 30 });
    for (let i = 0; i < 50 && o.updating; i++) {
      await new Promise((r) => setTimeout(r, 20));
      o = await s.overview(NOW, { limit: 30 });
    }
    expect(o.updating).toBeUndefined();
    expect(o.sections.find((x) => x.id === 'due-today')!.count).toBe(many);
  });
});
