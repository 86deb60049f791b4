// The store (#9): our Dexie code (src/db) on real Chromium's IndexedDB.
// bench/lib/store-entry.ts is bundled with esbuild, served on a fixture https
// page and driven with page.evaluate; timings are taken inside the page.
// Measured: ingesting conversation readings one by one (as the background
// does), and the popup's query (overview) and the badge's (dueSummary) at
// 10,000 prospects / 100,000 touches, with statuses cached today (the usual
// case: every write refreshes them) and cached yesterday (the first query of
// a day recomputes each from its touches).
import { resolve } from 'node:path';
import { launch } from '../lib/browser';
import { bundle } from '../lib/bundle';
import type { StoreApi } from '../lib/store-entry';
import { DAY, NOW } from '../lib/data';
import { round, summarize } from '../lib/stats';
import type { BenchRow, BenchSuite } from '../types';

const ORIGIN = 'https://bench.followthrough.invalid/';
type Win = { ftStore: StoreApi };

export default (async ({ quick }) => {
  const n = quick ? { readings: 100, people: 40, chunk: 25, together: [5, 25], prospects: 200, touchesPer: 10, runs: 3, staleRuns: 1 } : { readings: 10_000, people: 4_000, chunk: 1_000, together: [5, 50], prospects: 10_000, touchesPer: 10, runs: 20, staleRuns: 2 };
  const script = await bundle(resolve('bench/lib/store-entry.ts'));
  const browser = await launch();
  const rows: BenchRow[] = [];
  try {
    browser.serve(ORIGIN, '<!doctype html><title>store bench</title><script src="/store.js"></script>');
    browser.serve(`${ORIGIN}store.js`, script, 'text/javascript');
    const page = await browser.context.newPage();
    await page.goto(ORIGIN);
    await page.waitForFunction(() => 'ftStore' in globalThis);
    const fmt = (x: number) => x.toLocaleString('en-US');

    // Ingestion: readings/s per chunk, one at a time (each awaited before the next is offered), and
    // as readings arrive in a burst (several offered before the first is written).
    const ing = await page.evaluate(([c, p, k]) => (globalThis as unknown as Win).ftStore.ingest(c, p, k), [n.readings, n.people, n.chunk] as const);
    const rates = summarize(ing.chunkMs.map((ms) => (n.chunk / ms) * 1000));
    const totalMs = ing.chunkMs.reduce((a, b) => a + b, 0);
    rows.push({
      name: `store: ingest ${fmt(n.readings)} conversation readings (1-3 messages each), one at a time`,
      median: round(rates.median, 0),
      unit: 'ops/s',
      spread: [round(rates.spread[0], 0), round(rates.spread[1], 0)],
      runs: rates.runs,
      notes: `readings/s per chunk of ${fmt(n.chunk)}, ingestReading awaited for each before the next: one transaction per reading, the latency of a reading that arrives alone; ${round(totalMs / 1000, 2)} s in all; left ${fmt(ing.prospects)} prospects, ${fmt(ing.touches)} touches`,
    });
    for (const together of n.together) {
      const arr = await page.evaluate(([c, p, k, t]) => (globalThis as unknown as Win).ftStore.ingestArriving(c, p, k, t), [n.readings, n.people, n.chunk, together] as const);
      if (arr.prospects !== ing.prospects || arr.touches !== ing.touches) throw new Error(`readings that arrived together left ${arr.prospects} prospects / ${arr.touches} touches, one at a time ${ing.prospects} / ${ing.touches}`);
      const r = summarize(arr.chunkMs.map((ms) => (n.chunk / ms) * 1000));
      const last = together === n.together[n.together.length - 1];
      rows.push({
        name: `store: ingest ${fmt(n.readings)} conversation readings, ${together} arriving together`,
        median: round(r.median, 0),
        unit: 'ops/s',
        spread: [round(r.spread[0], 0), round(r.spread[1], 0)],
        runs: r.runs,
        ...(last ? { budget: '>= 500 readings/s', withinBudget: r.median >= 500 } : {}),
        notes: `store.recordReading (the background's entry point, settings read once per transaction) offered ${together} readings before awaiting them, as a burst arrives from open tabs; readings that arrive while one transaction is written go in the next one together (src/db/batcher.ts, at most 50); same store contents as one at a time (checked)`,
      });
    }

    // One bulk seed with statuses cached an hour before now, as every write leaves them; the
    // same store queried a day later is the first query of that day: every cached status is stale.
    const seeded = await page.evaluate(([p, t]) => (globalThis as unknown as Win).ftStore.seed(p, t, 'fresh'), [n.prospects, n.touchesPer] as const);
    if (seeded.prospects !== n.prospects) throw new Error(`seeding stored ${seeded.prospects} prospects, expected ${n.prospects}`);
    const size = `${fmt(seeded.prospects)} prospects / ${fmt(seeded.touches)} touches`;
    type Ov = { ms: number[]; total: number; rows: number; sections: string };
    const query = (runs: number, warmup: number, now: number, limit?: number) => page.evaluate(([r, w, t, l]) => (globalThis as unknown as Win).ftStore.overview(r, w, t, l ?? undefined), [runs, warmup, now, limit ?? null] as const) as Promise<Ov>;
    // Statuses cached today, as every write and the refresh alarm leave them.
    for (const [what, limit] of [['first screen (limit 30), as the popup first asks', 30], ['every row, as the popup asks next for scrolling and search', undefined]] as const) {
      const ov = await query(n.runs, 3, NOW, limit);
      const o = summarize(ov.ms);
      rows.push({
        name: `store: popup query overview(), ${what}, ${size}`,
        median: round(o.median, 1),
        unit: 'ms',
        spread: [round(o.spread[0], 1), round(o.spread[1], 1)],
        runs: o.runs,
        ...(limit ? { budget: '< 50 ms', withinBudget: o.median < 50 } : {}),
        notes: `statuses cached today; ${fmt(ov.rows)} rows read, counts by the rank index: ${ov.sections}`,
      });
    }
    const ds = await page.evaluate(([r, w, t]) => (globalThis as unknown as Win).ftStore.dueSummary(r, w, t), [n.runs, 3, NOW] as const);
    const d = summarize(ds.ms);
    rows.push({ name: `store: badge query dueSummary(), ${size}`, median: round(d.median, 1), unit: 'ms', spread: [round(d.spread[0], 1), round(d.spread[1], 1)], runs: d.runs, notes: `counts on the rank index after a check for stale statuses (staleAt index); ${fmt(ds.count)} due or owed a reply` });
    // A day later every cached status is stale ("N days ago" changed): recomputed once, in
    // batches of 100, one transaction each (the refresh alarm does it after midnight; else the
    // first query of the day starts it), with the popup's first-screen query asked meanwhile.
    const fresh = await page.evaluate(([t]) => (globalThis as unknown as Win).ftStore.catchUp(t), [NOW + DAY] as const);
    rows.push({ name: `store: recompute every stale status after midnight, ${size}`, median: round(fresh.ms, 0), unit: 'ms', runs: 1, notes: `${fmt(fresh.recomputed)} statuses in batches of 100 prospects (one transaction each, their touches read by one prospectId query each, sent together), then a walk of the staleAt range in a write transaction that clears the dead index entries; once a day, by the refresh alarm or the first query of the day` });
    if (fresh.queryMs.length) {
      const w = summarize(fresh.queryMs);
      rows.push({ name: `store: popup query overview(), first screen, while that recompute runs`, median: round(w.median, 1), unit: 'ms', spread: [round(w.spread[0], 1), round(w.spread[1], 1)], runs: w.runs, notes: `asked every 25 ms during the recompute; ${fresh.updating} of ${w.runs} answered from the cache marked updating (the popup says the statuses are from before today and asks again), the rest once few enough were left to recompute inline; the max is the wait behind one batch` });
    }
    const next = summarize((await query(n.runs, 1, NOW + DAY, 30)).ms);
    rows.push({ name: `store: popup query overview(), first screen, the day after (once recomputed)`, median: round(next.median, 1), unit: 'ms', spread: [round(next.spread[0], 1), round(next.spread[1], 1)], runs: next.runs, budget: '< 50 ms', withinBudget: next.median < 50 });
    rows.push({ name: `store: bulk seed ${size} (bulkPut in batches)`, median: round(seeded.ms, 0), unit: 'ms', runs: 1, notes: 'setup for the queries above, one run: generation, status caching and bulkPut of 2,000 prospects / 10,000 touches per call' });
    return rows;
  } finally {
    await browser.close();
  }
}) satisfies BenchSuite;
