// A phrase only counts when the user is saying it, not mentioning or denying it:
// 'Rather than another "just checking in" note, here is…' is good writing.

// Clause ends for quotes: . ! ? ; : and the block break. A comma or a bracket
// also ends the reach of a "not": "it's not a great time, but checking in…".
function isClauseEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 10;
}
function isNegationEnd(code: number): boolean {
  return isClauseEnd(code) || code === 44 || code === 40 || code === 41;
}
// Cues that, earlier in the same clause, deny or distance the phrase that follows.
const NEGATION = /\b(?:rather than|instead of|not another|no more|not (?:a|an|just|here|writing|going|to)|(?:isn'?t|is not|wasn'?t|was not) (?:a|an|just|another|one of)|won'?t|will not|never|(?:don'?t|do not|didn'?t|did not) want to|without|skip(?:ping)?|spare you|avoid(?:ing)?|no need (?:for|to)|nobody (?:likes|needs|wants)|no one (?:likes|needs|wants)|hate (?:getting|receiving|sending))\b/;
const WINDOW = 60;

/** The same clause before `start`, at most WINDOW chars. */
function clauseBefore(text: string, start: number, isEnd: (code: number) => boolean = isClauseEnd): string {
  const from = Math.max(0, start - WINDOW);
  let i = start - 1;
  while (i >= from && !isEnd(text.charCodeAt(i))) i--;
  return text.slice(i + 1, start);
}

export function isNegated(text: string, start: number): boolean {
  return NEGATION.test(clauseBefore(text, start, isNegationEnd));
}

/** True when the match sits inside quotation marks or inside a hyphenated compound ("a just-checking-in email"). */
export function isMention(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '-' || text[end] === '-') return true;
  const before = clauseBefore(text, start);
  // Last opening quote in the clause with no closing one before the match.
  let open = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '"') {
      open = countChar(before, '"') % 2 === 1 ? i : -1;
      break;
    }
    if (c === "'" && !isLetter(before[i - 1]) && isLetterOrSpace(before[i + 1], i + 1 === before.length)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const quote = before[open]!;
  const after = text.slice(end, end + WINDOW);
  const close = quote === '"' ? after.indexOf('"') : closingApostrophe(after);
  return close >= 0;
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[a-z0-9]/.test(c);
}

function isLetterOrSpace(c: string | undefined, atEnd: boolean): boolean {
  return atEnd || (c !== undefined && /[a-z0-9 ]/.test(c));
}

/** A single quote that closes: after a word, not followed by a letter (so not "didn't"). */
function closingApostrophe(after: string): number {
  for (let i = 0; i < after.length; i++) {
    if (after[i] === "'" && !isLetter(after[i + 1])) return i;
    const code = after.charCodeAt(i);
    if (code === 59 || code === 58 || code === 10) return -1;
  }
  return -1;
}
