// One row of the benchmark report. Every suite in bench/suites/ exports a
// default function returning rows; bench/run.ts runs them all and writes the
// report. Timings are medians over repeated runs after a warm-up.
export interface BenchRow {
  /** What was measured, e.g. "cadence: statuses for 10,000 prospects / 100,000 touches". */
  name: string;
  /** The median, in `unit`. */
  median: number;
  unit: 'ms' | 'µs' | 'KB' | 'MB' | '%' | 'ratio' | 'ops/s' | 'score';
  /** Spread over the runs: [min, max] (or p10/p90 where said in `notes`). */
  spread?: [number, number];
  runs?: number;
  /** The budget from the issue, in words, e.g. "< 50 ms". */
  budget?: string;
  /** Whether the median meets the budget; undefined where there is none. */
  withinBudget?: boolean;
  /** The peer measured in the same run on the same input, and our ratio to it (ours / peer). */
  peer?: { name: string; median: number; ratio: number };
  notes?: string;
}

export interface BenchOptions {
  /** Smoke mode: a few seconds in all, small inputs, so the harness never rots. */
  quick: boolean;
}

export type BenchSuite = (opts: BenchOptions) => Promise<BenchRow[]>;

/** Median and [min, max] of timings taken by calling `fn` `runs` times after `warmup` calls. */
export function measure(fn: () => unknown, runs: number, warmup = Math.max(1, Math.floor(runs / 5))): { median: number; spread: [number, number]; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { median, spread: [times[0]!, times[times.length - 1]!], runs };
}
