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
  answer: Overview;
}

export function keptFirstScreen(answer: Overview, validUntil: number): KeptFirstScreen {
  return { format: FORMAT, validUntil, answer };
}

/** The kept answer when it is well-formed and still true at `now`, else null. */
export function usableFirstScreen(value: unknown, now: number): Overview | null {
  if (!value || typeof value !== 'object') return null;
  const kept = value as Partial<KeptFirstScreen>;
  if (kept.format !== FORMAT || typeof kept.validUntil !== 'number' || !kept.answer || typeof kept.answer !== 'object') return null;
  const a = kept.answer;
  if (typeof a.now !== 'number' || a.now > now || now >= kept.validUntil) return null;
  if (!Array.isArray(a.sections) || !Array.isArray(a.accounts) || !Array.isArray(a.problems) || !Array.isArray(a.stepsDays)) return null;
  if (!a.sections.every((s) => s && typeof s.id === 'string' && Array.isArray(s.rows))) return null;
  return a;
}
