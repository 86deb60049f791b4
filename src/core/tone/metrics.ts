// Respondable's published measures (word count, subject length, questions,
// reading grade) and the two things a good follow-up does: ask for something
// concrete and bring something new ("call them with something new").

import type { Band, NewSignal, ToneMetrics } from './types';

const WORD = /[a-z0-9][a-z0-9'-]*/g;

const DATE_OR_TIME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|tomorrow|next (?:week|month|mon|tue|wed|thu|fri)|this (?:week|afternoon|morning|friday|thursday)|end of (?:the )?(?:week|day|month|quarter)|eod|eow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* [0-9]{1,2}(?:st|nd|rd|th)?\b|[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)\b|[0-9]{1,2}:[0-9]{2}\b|(?:15|20|30)[- ]min(?:ute)?s?\b)/;
const REQUEST = /\b(?:please (?:send|sign|confirm|reply|book|pick|choose|share|forward|approve)|reply (?:with|yes)|(?:grab|book|pick) (?:a|any) (?:time|slot)|calendly\.com|cal\.com\/)/;

const SIGNALS: [NewSignal, RegExp][] = [
  ['link', /\b(?:https?:\/\/|www\.)[^\s]|\b[a-z0-9-]{2,}\.(?:com|io|co|org|net|ai|app|dev)\b\/?/],
  ['attachment', /\b(?:attached|attaching|attachment|enclosed|i've (?:put together|included|added|recorded|drafted|written|mocked up)|here(?:'s| is| are) (?:the|a|an|our|my|some|two|three|what)|sharing (?:the|a|an|our|my)|i (?:put together|recorded|drafted|mocked up))\b/],
  ['news', /\b(?:we (?:just |recently )?(?:launched|released|shipped|published|added|opened|hired|won|signed|finished|cut|lowered|built)|(?:just|recently) (?:launched|released|shipped|published|went live|announced)|new (?:feature|release|version|case study|report|study|article|data|research|integration|pricing|plan|office|hire|customer|benchmark|survey)|congrat(?:s|ulations)|saw (?:your|that you|the news|you)|noticed (?:your|that|you)|read (?:your|that)|heard (?:that you|about your)|announc(?:ed|ement)|case study|webinar|results (?:came|are) in|(?:good|great|some) news|came through|went live|is (?:now )?live|(?:is|are) (?:now )?ready)\b/],
  ['idea', /\b(?:an? idea|ideas? for|thought (?:of you|you might|you'd)|you might (?:find|like|enjoy|want)|(?:could|might) help (?:you|your)|one thing (?:that|we|you)|a suggestion|what if (?:you|we)|quick win|ran (?:the|some) numbers|rough plan|two options|three options)\b/],
];

/**
 * What the link pattern needs somewhere in the text ("http", "www." or a dot
 * before one of its endings): a plain scan, so a draft without any skips the
 * link pattern, which is slow to fail on long text.
 */
const MAY_LINK = /http|www\.|\.(?:co|io|org|net|ai|app|dev)/;

function band(n: number, lo: number, hi: number): Band {
  return n < lo ? 'short' : n > hi ? 'long' : 'best';
}

const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** a e i o u y */
const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;

/**
 * Words (as WORD matches them), sentences and syllables in one pass over the
 * char codes, without building word strings: this runs on every check (#16).
 */
function countText(text: string): { words: number; sentences: number; syl: number } {
  let words = 0;
  let syl = 0;
  let sentences = 0;
  // Whether a sentence end (. ! ? or a block break) was seen since the last word.
  let ended = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordStart(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 10) ended = true;
      i++;
      continue;
    }
    let j = i + 1;
    for (let d = j < n ? text.charCodeAt(j) : 0; j < n && (isWordStart(d) || d === 39 || d === 45); d = text.charCodeAt(++j));
    words++;
    syl += syllables(text, i, j);
    if (words === 1 || ended) sentences++;
    ended = false;
    i = j;
  }
  return { words, sentences: Math.max(1, sentences), syl };
}

/** Vowel groups of text[from, to), less a silent final e: rough, but what readability formulas use. */
function syllables(text: string, from: number, to: number): number {
  let groups = 0;
  let inVowel = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return 1;
    const vowel = isVowel(c);
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
  }
  const len = to - from;
  const silentE = len > 2 && text.charCodeAt(to - 1) === 101 && text.charCodeAt(to - 2) !== 108 && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** [a-z0-9] as a char code (NaN, past either end of a string, is neither). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Question marks that end a sentence, not those inside a URL. */
export function questionSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let sentenceStart = 0;
  // By char code (? 63, . 46, ! 33, newline 10): this looks at every char of the draft (#16).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) {
      const tokenStart = text.lastIndexOf(' ', i) + 1;
      const token = text.slice(tokenStart, i);
      if (/^(?:https?:|www\.)/.test(token) || isAsciiAlnum(text.charCodeAt(i + 1))) continue;
      if (text.charCodeAt(i - 1) !== 63) out.push({ start: sentenceStart, end: i + 1 });
      sentenceStart = i + 1;
    } else if (c === 46 || c === 33 || c === 10) {
      if (c !== 46 || !isAsciiAlnum(text.charCodeAt(i + 1))) sentenceStart = i + 1;
    }
  }
  return out;
}

/**
 * Words of a question outside the chase phrases in it. "Any update on this?" is a
 * question but asks nothing concrete; "checking in: is the pilot still on for May?" does.
 */
function wordsOutside(text: string, q: { start: number; end: number }, chase: readonly { start: number; end: number }[]): number {
  let rest = '';
  let at = q.start;
  for (const c of chase) {
    if (c.end <= q.start || c.start >= q.end) continue;
    rest += text.slice(at, Math.max(at, c.start)) + ' ';
    at = Math.max(at, c.end);
  }
  rest += text.slice(at, q.end);
  return rest.match(WORD)?.length ?? 0;
}

export function measureText(
  text: string,
  subject: string | undefined,
  chaseSpans: readonly { start: number; end: number }[],
): ToneMetrics {
  const { words, sentences, syl } = countText(text);
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
  const questions = questionSpans(text);
  // Questions and chase spans both run in text order: only the spans near each question are looked at.
  const chase = [...chaseSpans].sort((x, y) => x.start - y.start);
  let from = 0;
  const realQuestion = questions.some((q) => {
    while (from < chase.length && chase[from]!.end <= q.start) from++;
    let to = from;
    while (to < chase.length && chase[to]!.start < q.end) to++;
    return wordsOutside(text, q, chase.slice(from, to)) >= 4;
  });
  const newSignals = SIGNALS.filter(([s, r]) => (s !== 'link' || MAY_LINK.test(text)) && r.test(text)).map(([s]) => s);
  const subjectWords = subject === undefined ? null : (subject.match(/[A-Za-z0-9\u00C0-\uFFFF][^\s]*/g) ?? []).filter((w) => !/^(?:re|fwd?|aw|wg):?$/i.test(w)).length;
  return {
    wordCount: words,
    wordBand: band(words, 50, 125),
    subjectWords,
    subjectBand: subjectWords === null ? null : band(subjectWords, 3, 4),
    questionCount: questions.length,
    questionBand: band(questions.length, 1, 3),
    readingGrade: Math.max(0, Math.round(grade * 10) / 10),
    asksConcrete: realQuestion || DATE_OR_TIME.test(text) || REQUEST.test(text),
    bringsNew: newSignals.length > 0,
    newSignals,
  };
}
