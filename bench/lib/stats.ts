// Medians and spreads of samples taken one by one (browser timings, which
// cannot go through the synchronous `measure` in ../types).
export interface Summary {
  median: number;
  spread: [number, number];
  runs: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  if (xs.length === 0) throw new Error('no samples');
  return { median: median(xs), spread: [Math.min(...xs), Math.max(...xs)], runs: xs.length };
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
