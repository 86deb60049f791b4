// Bundled for the store benchmark and run in a real Chromium page: our Dexie
// store code (ingest, queries, schema) on the browser's own IndexedDB. The
// suite drives it through `globalThis.ftStore` with page.evaluate; every
// timing is taken here, in the page, with performance.now().
import { computeStatus } from '../../src/core/cadence';
import { DEFAULT_CADENCE, type CadenceSettings } from '../../src/core/model';
import { ingestReading, type IngestContext } from '../../src/db/ingest';
import { touchesForEngine } from '../../src/db/prospects';
import { refreshStale } from '../../src/db/freshness';
import { dueSummary, overview, type StoreOverview } from '../../src/db/queries';
import { FollowThroughDb } from '../../src/db/schema';
import { createStore } from '../../src/db/store';
import type { SyncArea } from '../../src/db/settings-store';
import { DAY, NOW, cacheStatuses, readings, storeRows } from './data';

const cadence: CadenceSettings = { ...DEFAULT_CADENCE, timeZone: 'Europe/Berlin' };
let db = new FollowThroughDb('followthrough-bench');

async function reset(): Promise<void> {
  db.close();
  await db.delete();
  db = new FollowThroughDb('followthrough-bench');
  await db.open();
}

const api = {
  /** Ingests `count` readings one by one, as the background does; returns ms per chunk of `chunk` readings. */
  async ingest(count: number, people: number, chunk: number): Promise<{ chunkMs: number[]; prospects: number; touches: number }> {
    await reset();
    const all = readings(count, people);
    const ctx: IngestContext = { cadence, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW };
    const chunkMs: number[] = [];
    for (let i = 0; i < all.length; i += chunk) {
      const t0 = performance.now();
      for (const r of all.slice(i, i + chunk)) await ingestReading(db, r, ctx);
      chunkMs.push(performance.now() - t0);
    }
    return { chunkMs, prospects: await db.prospects.count(), touches: await db.touches.count() };
  },

  /**
   * The same readings through the store's own entry point (recordReading, as
   * the background calls it for each page/reading message), offered `together`
   * at a time without waiting for each: readings that arrive while one is
   * written go in the next transaction together. Settings come from an
   * in-memory sync area with the bench's time zone. Returns ms per chunk.
   */
  async ingestArriving(count: number, people: number, chunk: number, together: number): Promise<{ chunkMs: number[]; prospects: number; touches: number }> {
    await reset();
    const settings: Record<string, unknown> = { timeZone: cadence.timeZone };
    const sync: SyncArea = { get: async () => ({ ...settings }), set: async (items) => void Object.assign(settings, items), remove: async () => undefined, clear: async () => undefined };
    const store = createStore(db, sync);
    const all = readings(count, people);
    const chunkMs: number[] = [];
    for (let i = 0; i < all.length; i += chunk) {
      const t0 = performance.now();
      const part = all.slice(i, i + chunk);
      for (let k = 0; k < part.length; k += together) await Promise.all(part.slice(k, k + together).map((r) => store.recordReading(r, null, NOW)));
      chunkMs.push(performance.now() - t0);
    }
    return { chunkMs, prospects: await db.prospects.count(), touches: await db.touches.count() };
  },

  /**
   * Fills the store in bulk. statuses: 'fresh' as if computed an hour before
   * `NOW` (the usual case: every write refreshes them); 'stale' computed the
   * day before (the first query of a day recomputes each from its touches).
   */
  async seed(prospects: number, touchesPer: number, statuses: 'fresh' | 'stale'): Promise<{ prospects: number; touches: number; ms: number }> {
    const t0 = performance.now();
    await reset();
    const rows = storeRows(prospects, touchesPer);
    cacheStatuses(rows, cadence, statuses === 'fresh' ? NOW - 3_600_000 : NOW - DAY);
    for (let i = 0; i < rows.prospects.length; i += 2_000) await db.prospects.bulkPut(rows.prospects.slice(i, i + 2_000));
    for (let i = 0; i < rows.touches.length; i += 10_000) await db.touches.bulkPut(rows.touches.slice(i, i + 10_000));
    await db.accounts.put({ address: rows.prospects[0]!.account, provider: 'gmail', firstSeen: NOW - 365 * DAY, lastSeen: NOW });
    return { prospects: await db.prospects.count(), touches: await db.touches.count(), ms: performance.now() - t0 };
  },

  /** `runs` timed calls of the popup's query at `now` after `warmup` untimed ones; `limit` as the popup's first screen asks. */
  async overview(runs: number, warmup: number, now = NOW, limit?: number): Promise<{ ms: number[]; total: number; rows: number; sections: string }> {
    const opts = limit ? { limit } : {};
    for (let i = 0; i < warmup; i++) await overview(db, cadence, now, opts);
    const ms: number[] = [];
    let last: StoreOverview | undefined;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      last = await overview(db, cadence, now, opts);
      ms.push(performance.now() - t0);
    }
    if (!last) throw new Error('no runs');
    const sections = last.sections.map((s) => `${s.id} ${s.count ?? s.rows.length}`).join(', ');
    return { ms, total: last.total, rows: last.sections.reduce((n, s) => n + s.rows.length, 0), sections };
  },

  /** Recomputing every status gone stale at `now` (what the first query after midnight, or the refresh alarm, does once). */
  async refreshStale(now: number): Promise<{ ms: number; recomputed: number }> {
    const t0 = performance.now();
    const recomputed = await refreshStale(db, cadence, now);
    return { ms: performance.now() - t0, recomputed };
  },

  /**
   * The after-midnight recompute as the background runs it (batches, one
   * transaction each), with the popup's first-screen query asked every 25 ms
   * meanwhile, as the store answers it (from the cache, marked updating): how
   * long a popup waits while the recompute runs.
   */
  async catchUp(now: number): Promise<{ ms: number; recomputed: number; queryMs: number[]; updating: number }> {
    const t0 = performance.now();
    let done = false;
    const work = refreshStale(db, cadence, now).then((n) => {
      done = true;
      return n;
    });
    const queryMs: number[] = [];
    let updating = 0;
    while (!done) {
      await new Promise((r) => setTimeout(r, 25));
      if (done) break;
      const q0 = performance.now();
      const o = await overview(db, cadence, now, { limit: 30, cachedWhileUpdating: true });
      queryMs.push(performance.now() - q0);
      if (o.updating) updating++;
    }
    const recomputed = await work;
    return { ms: performance.now() - t0, recomputed, queryMs, updating };
  },

  /** The badge's query. */
  async dueSummary(runs: number, warmup: number, now = NOW): Promise<{ ms: number[]; count: number }> {
    for (let i = 0; i < warmup; i++) await dueSummary(db, cadence, now);
    const ms: number[] = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      count = (await dueSummary(db, cadence, now)).count;
      ms.push(performance.now() - t0);
    }
    return { ms, count };
  },

};

export type StoreApi = typeof api;
(globalThis as unknown as { ftStore: StoreApi }).ftStore = api;
