// The popup's first screen, kept ready by the background (#18): after every
// write (with the badge) the background stores the answer the popup would
// get for its first rows in storage.session, with the instant it stays true
// until (the earliest a cached status goes stale). The popup paints it the
// moment it opens, without waking the service worker, and replaces it with
// the background's own answer when that arrives. storage.session lives in
// memory, is cleared when the browser quits and is not readable by content
// scripts (its default access level).
import type { Overview } from './views';

/** Rows asked for before the first paint: more than the popup shows at once. */
export const FIRST_SCREEN_ROWS = 30;
export const FIRST_SCREEN_KEY = 'firstScreen';
const FORMAT = 1;

export interface KeptFirstScreen {
  format: typeof FORMAT;
  /** The answer is true from its `now` until this instant. */
  validUntil: number;
  /**
   * The next local midnight after the answer's `now`, when no status went
   * stale before it (null otherwise). Then, after that midnight and until the
   * one after, the answer is still what the background would say while it
   * recomputes the new day's statuses: the same rows, marked `updating`.
   */
  staleAtMidnight: number | null;
  answer: Overview;
}

export function keptFirstScreen(answer: Overview, validUntil: number, staleAtMidnight: number | null = null): KeptFirstScreen {
  return { format: FORMAT, validUntil, staleAtMidnight, answer };
}

const DAY = 86_400_000;

/** The kept answer when it is well-formed and still true at `now` (or true but for the day: marked updating), else null. */
export function usableFirstScreen(value: unknown, now: number): Overview | null {
  if (!value || typeof value !== 'object') return null;
  const kept = value as Partial<KeptFirstScreen>;
  if (kept.format !== FORMAT || typeof kept.validUntil !== 'number' || !kept.answer || typeof kept.answer !== 'object') return null;
  const a = kept.answer;
  if (typeof a.now !== 'number' || a.now > now) return null;
  if (!Array.isArray(a.sections) || !Array.isArray(a.accounts) || !Array.isArray(a.problems) || !Array.isArray(a.stepsDays)) return null;
  if (!a.sections.every((s) => s && typeof s.id === 'string' && Array.isArray(s.rows))) return null;
  if (now < kept.validUntil) return a;
  // The day changed and nothing else: shown as the background shows it while it recomputes.
  const midnight = kept.staleAtMidnight;
  if (typeof midnight === 'number' && midnight > a.now && now >= midnight && now < midnight + DAY) return { ...a, updating: true };
  return null;
}
