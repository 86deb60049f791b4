// Words of the working text (see normalise.ts) for the frames and the model.
// Contractions are spelled out ("haven't" -> have not, "i'm" -> i am, "it's" ->
// it is), so a word class lists "not" once instead of every "-n't" form, and
// "follow-up", "followup" and "follow up" all become the same two words.
// Punctuation that ends a clause is kept as its own token; a token's offsets
// are into the working text, so the guards and the span map still apply.

export interface Tokens {
  /** The word (or punctuation mark) as the frames see it. */
  word: string[];
  start: Int32Array;
  end: Int32Array;
  /** Index of the first token of the sentence each token belongs to. */
  sentence: Int32Array;
}

/** Marks a sentence end: a frame's <end> and the model's sentence split. */
export const SENTENCE_END = new Set(['.', '!', '?', '\n', ';']);
/** Marks a clause end as well: a frame's gap never crosses one. */
export const CLAUSE_END = new Set(['.', '!', '?', '\n', ';', ':', '(', ')', '"']);

/** SENTENCE_END.has(w) by char code, for loops over every token. */
export function isSentenceEnd(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63 || c === 10 || c === 59) && w.length === 1;
}

/** CLAUSE_END.has(w) by char code, for loops over every token. */
export function isClauseEnd(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63 || c === 10 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34) && w.length === 1;
}

const NOT_FORMS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  won: 'will', can: 'can', shan: 'shall', ain: 'is', don: 'do', doesn: 'does', didn: 'did', haven: 'have', hasn: 'has', hadn: 'had',
  isn: 'is', aren: 'are', wasn: 'was', weren: 'were', wouldn: 'would', couldn: 'could', shouldn: 'should', mustn: 'must', needn: 'need', mightn: 'might',
});
// Contractions typed without the apostrophe; only forms that are not also ordinary words.
const BARE = new Map<string, string[]>(Object.entries({
  havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'], didnt: ['did', 'not'], dont: ['do', 'not'], doesnt: ['does', 'not'],
  isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'], wouldnt: ['would', 'not'], couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'], wont: ['will', 'not'], cannot: ['can', 'not'], im: ['i', 'am'], ive: ['i', 'have'], youve: ['you', 'have'],
  youre: ['you', 'are'], theyre: ['they', 'are'], weve: ['we', 'have'], thats: ['that', 'is'], whats: ['what', 'is'], lets: ['let', 'us'],
  followup: ['follow', 'up'], followups: ['follow', 'ups'], checkin: ['check', 'in'], checkins: ['check', 'ins'], gonna: ['going', 'to'], wanna: ['want', 'to'],
  gotta: ['got', 'to'], u: ['you'], ur: ['your'], pls: ['please'], plz: ['please'], thx: ['thanks'],
}));
// One flag per (first letter, last letter, length) of a BARE key: most words rule
// themselves out of the map lookup by this (#16).
const BARE_LONGEST = Math.max(...[...BARE.keys()].map((k) => k.length));
const BARE_SHAPE = new Uint8Array(26 * 26 * (BARE_LONGEST + 1));
const shapeOf = (w: string): number => {
  const f = w.charCodeAt(0) - 97;
  const l = w.charCodeAt(w.length - 1) - 97;
  return w.length <= BARE_LONGEST && f >= 0 && f < 26 && l >= 0 && l < 26 ? (f * 26 + l) * (BARE_LONGEST + 1) + w.length : -1;
};
for (const key of BARE.keys()) BARE_SHAPE[shapeOf(key)] = 1;

// "it's" is "it is" (or "it has"); other "'s" is a possessive and is dropped.
const S_IS = new Set(['it', 'that', 'this', 'what', 'there', 'here', 'where', 'who', 'he', 'she', 'how', 'when', 'why', 'everything', 'nothing', 'something']);
const SUFFIX = new Map([['m', 'am'], ['re', 'are'], ['ve', 'have'], ['ll', 'will'], ['d', "'d"]]);

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 191;
}

// Char codes of the marks kept as tokens: ? ! . ; : , newline " ( )
const MARK = new Uint8Array(128);
for (const ch of '?!.;:,\n"()') MARK[ch.charCodeAt(0)] = 1;

export function tokenise(text: string): Tokens {
  const word: string[] = [];
  // Typed buffers filled in place and cut to length at the end: a 400 KB paste is
  // 80,000 tokens. Prose runs about one token per five chars, so a quarter of the
  // length is room enough for most drafts (four times less to allocate and clear on
  // every check); the buffers double when a text needs more.
  let start = new Int32Array((text.length >> 2) + 16);
  let end = new Int32Array(start.length);
  let sentenceOf = new Int32Array(start.length);
  let count = 0;
  let sentence = 0;
  const push = (w: string, s: number, e: number) => {
    if (count === start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
      sentenceOf = grow(sentenceOf);
    }
    word.push(w);
    start[count] = s;
    end[count] = e;
    sentenceOf[count++] = sentence;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // ?, !, . (not inside a number or an address), and the other clause marks.
      if (c === 46 && isWordChar(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      if (c < 128 && MARK[c] === 1) {
        // A run of the same mark ("???", "...") is one token.
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === c) j++;
        const ch = text[i]!;
        push(ch, i, j);
        if (SENTENCE_END.has(ch)) sentence = count;
        i = j;
      } else if (c === 45 && text.charCodeAt(i + 1) === 32 && text.charCodeAt(i - 1) === 32) {
        push(',', i, i + 1);
        i++;
      } else i++;
      continue;
    }
    // A word: letters and digits, joined by an apostrophe or a hyphen between letters.
    let j = i;
    let joined = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) j++;
      else if ((d === 39 || d === 45) && isWordChar(text.charCodeAt(j + 1)) && j > i) {
        joined = true;
        j++;
      } else break;
    }
    const raw = text.slice(i, j);
    if (joined) addWord(raw, i, j, push);
    else {
      const shape = shapeOf(raw);
      const bare = shape >= 0 && BARE_SHAPE[shape] === 1 ? BARE.get(raw) : undefined;
      if (bare) for (const w of bare) push(w, i, j);
      else push(raw, i, j);
    }
    i = j;
  }
  return { word, start: start.subarray(0, count), end: end.subarray(0, count), sentence: sentenceOf.subarray(0, count) };
}

function addWord(raw: string, s: number, e: number, push: (w: string, s: number, e: number) => void): void {
  // Hyphenated words are their parts: "follow-up" -> follow up, "check-in" -> check in.
  if (raw.includes('-')) {
    for (const part of raw.split('-')) if (part) addWord(part, s, e, push);
    return;
  }
  const q = raw.indexOf("'");
  if (q < 0) {
    const bare = BARE.get(raw);
    if (bare) for (const w of bare) push(w, s, e);
    else push(raw, s, e);
    return;
  }
  const head = raw.slice(0, q);
  const tail = raw.slice(q + 1);
  if (tail === 't' && head.endsWith('n')) {
    const base = head.slice(0, -1);
    push(NOT_FORMS[head] ?? base, s, e);
    push('not', s, e);
  } else if (tail === 's') {
    if (head === 'let') {
      push('let', s, e);
      push('us', s, e);
    } else {
      push(head, s, e);
      if (S_IS.has(head)) push('is', s, e);
    }
  } else if (SUFFIX.has(tail)) {
    push(head, s, e);
    push(SUFFIX.get(tail)!, s, e);
  } else push(raw.replace(/'/g, ''), s, e);
}
