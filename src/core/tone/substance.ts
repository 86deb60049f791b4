// Whether a draft says enough of its own for its check-in wording not to be the
// whole message. "Just checking in, any update?" is the empty chase; the same
// words at the top of an email that goes on to give news, answers or a plan are
// a habit worth dropping (lead with the news), not the chase: the finding stays,
// shown mildly (severity.ts). DOMAIN: passive means "empty check-ins with no new
// content"; the corpus labels a draft passive whenever it holds such a sentence.

import type { TextSpan } from './new-text';

/** Sentences of content it takes for the check-in wording to be a habit rather than the message. */
export const SUBSTANTIAL_SENTENCES = 3;
/** Words a sentence needs to count as saying something. */
const MIN_WORDS = 7;
// Greetings, pleasantries and sign-offs carry no news however long they are.
const PLEASANTRY = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|i hope|hope|hoping|i trust|trust|thanks|thank|many thanks|looking forward|i look forward|let me know|please let|do let|feel free|have a|happy|best|kind|warm|regards|cheers|all the best|talk soon|speak soon)\b/i;
const SENTENCE = /[^.!?\n]+[.!?]*/g;

/**
 * Counts the sentences of the user's own text that have some length, are not a
 * pleasantry and hold none of the given findings' spans (draft offsets), and
 * says whether there are at least SUBSTANTIAL_SENTENCES of them.
 */
export function hasSubstance(draft: string, own: readonly TextSpan[], flagged: readonly TextSpan[]): boolean {
  const overlaps = spanIndex(flagged);
  let count = 0;
  for (const span of own) {
    const text = draft.slice(span.start, span.end);
    SENTENCE.lastIndex = 0;
    for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
      const sentence = m[0];
      const start = span.start + m.index;
      const end = start + sentence.length;
      if (wordsIn(sentence) < MIN_WORDS || PLEASANTRY.test(sentence)) continue;
      if (overlaps(start, end)) continue;
      if (++count >= SUBSTANTIAL_SENTENCES) return true;
    }
  }
  return false;
}

function wordsIn(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** How far past a phrase its sentence is read, in characters. */
const LOOK_AHEAD = 300;
/** Words after the colon that make a delivery rather than a label. */
const DELIVERY_WORDS = 6;

/**
 * Whether the sentence goes on, after a colon, to deliver what it announces:
 * "Circling back to your point about onboarding: the average across 40 customers
 * is nine days." A question after the colon ("Checking back: are you ready yet?")
 * is still the chase. `text` is the working text, `from` the end of the phrase.
 */
export function deliversAfter(text: string, from: number): boolean {
  // Bounded, so a pasted wall of check-ins stays linear: a sentence longer than this is not one.
  const stop = Math.min(text.length, from + LOOK_AHEAD);
  let i = from;
  while (i < stop && !'.!?\n;:'.includes(text[i]!)) i++;
  if (text[i] !== ':') return false;
  let j = i + 1;
  const end = Math.min(text.length, i + 1 + LOOK_AHEAD);
  while (j < end && !'.!?\n'.includes(text[j]!)) j++;
  const delivered = text.slice(i + 1, j);
  return wordsIn(delivered) >= DELIVERY_WORDS && text[j] !== '?' && !PLEASANTRY.test(delivered);
}

// Why the answer is needed, and by whom: "Finance needs the final number for Friday's budget".
/** Words a reason takes at least. */
const REASON_WORDS = 6;
const REASON = /\b(?:need|needs|needed|so (?:that|we|i|the|they|our)|because|in order to|would help|will help|helps)\b/;

/**
 * Whether an ask gives its reason in the rest of its sentence or in the next one:
 * "Where do we stand on the headcount? Finance needs the final number on Friday."
 * An ask with a reason is not an ask with no content.
 */
export function givesReason(text: string, from: number): boolean {
  // A phrase that ended with its own question mark has already ended its sentence.
  let k = from - 1;
  while (k >= 0 && text.charCodeAt(k) <= 32) k--;
  let ends = k >= 0 && '.!?\n'.includes(text[k]!) ? 1 : 0;
  let j = from;
  const stop = Math.min(text.length, from + 2 * LOOK_AHEAD);
  for (; j < stop && ends < 2; j++) {
    if ('.!?\n'.includes(text[j]!)) {
      while (j + 1 < text.length && '.!?'.includes(text[j + 1]!)) j++;
      ends++;
    }
  }
  const rest = text.slice(from, j);
  // "I need to know." is pressure, not a reason: a reason says what the answer is for.
  return REASON.test(rest) && wordsIn(rest) >= REASON_WORDS;
}

/**
 * A test for "does any of these spans overlap [start, end)?" in O(log n), so that
 * asking it once per sentence or per model hit stays linear overall on a pasted
 * wall of findings: spans sorted by start, with the furthest end reached so far.
 */
export function spanIndex(spans: readonly TextSpan[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach = new Float64Array(sorted.length);
  let far = -Infinity;
  sorted.forEach((sp, k) => (reach[k] = far = Math.max(far, sp.end)));
  return (start, end) => {
    // The last span that starts before `end`; any overlap is among it and those before it.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > start;
  };
}
