// Features of one sentence for the learned layer: its words (as tokens.ts spells
// them, numbers as one word) and word pairs, with a start and an end marker,
// hashed into BUCKETS slots. The training script and the coach share this code,
// so a sentence is seen the same way in both.
//
// So that a paraphrase shares weight with the wording it was trained on, a word
// also stands for its light stem ("emails", "emailed", "emailing" -> "email") and
// for each word class of the lexicon it belongs to ("emails", "notes", "messages"
// -> MSG), and pairs are formed over classes too ("notes went unanswered": MSG
// went, went UNANSWERED).

import { expandEntry } from '../frame';
import { lexicon } from '../lexicon';
import { isSentenceEnd, tokenise, type Tokens } from '../tokens';

export const BUCKET_BITS = 18;
const MASK = (1 << BUCKET_BITS) - 1;
const START = 0x2545f491;
const END = 0x68e31da4;
const NUMBER = 0x1b873593;
/** Classes kept per word (the lexicon's first ones, in its order). */
const MAX_CLASSES = 3;
/** Most features one token adds: word, stem, pair, its classes, and the pairs over classes. */
export const FEATURES_PER_TOKEN = 3 + MAX_CLASSES + (MAX_CLASSES + 1) * (MAX_CLASSES + 1);

export const FEATURE_OPTIONS = { stem: true, classes: true, classPairs: true };

/** FNV-1a, 32 bits. */
export function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A word pair: the two hashes mixed, so no string is built. */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Word hash -> its classes, an open-addressed table built once from the lexicon's
 * one-word entries: slot keys are word hashes (0 = empty), and each slot's classes
 * sit in CLASS_IDS from CLASS_START[slot], CLASS_COUNT[slot] of them.
 */
const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
let slotKey: Uint32Array | undefined;
let classStart: Uint16Array;
let classCount: Uint8Array;
let classIds: Uint32Array;

function slotOf(h: number): number {
  let s = (h ^ (h >>> SLOT_BITS)) & SLOT_MASK;
  while (slotKey![s] !== 0 && slotKey![s] !== h) s = (s + 1) & SLOT_MASK;
  return s;
}

function buildClasses(): void {
  const byWord = new Map<string, number[]>();
  for (const name of Object.keys(lexicon)) {
    const id = hashWord(`#class ${name}`) || 1;
    for (const entry of (lexicon[name as keyof typeof lexicon] as readonly string[]).flatMap(expandEntry)) {
      if (entry.includes(' ') || entry.startsWith('#')) continue;
      const words = tokenise(entry).word;
      if (words.length !== 1) continue;
      const list = byWord.get(words[0]!) ?? [];
      if (!list.includes(id) && list.length < MAX_CLASSES) list.push(id);
      byWord.set(words[0]!, list);
    }
  }
  slotKey = new Uint32Array(1 << SLOT_BITS);
  classStart = new Uint16Array(1 << SLOT_BITS);
  classCount = new Uint8Array(1 << SLOT_BITS);
  const ids: number[] = [];
  for (const [word, list] of byWord) {
    const s = slotOf(hashWord(word));
    slotKey[s] = hashWord(word);
    classStart[s] = ids.length;
    classCount[s] = list.length;
    ids.push(...list);
  }
  classIds = Uint32Array.from(ids);
}

export interface Sentence {
  /** Token range [from, to), the end mark included. */
  from: number;
  to: number;
}

/** The sentences of the tokens, in order; a sentence of only punctuation is left out. */
export function sentencesOf(t: Tokens): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < t.word.length; i++) {
    if (isSentenceEnd(t.word[i]!) || i === t.word.length - 1) {
      const to = i + 1;
      let words = 0;
      for (let k = from; k < to; k++) {
        const c = t.word[k]!.charCodeAt(0);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) words++;
      }
      if (words > 0) out.push({ from, to });
      from = to;
    }
  }
  return out;
}

/** Lowest and highest suffix length of a light stem: -s, -ed, -ing. */
function stemCut(w: string): number {
  const n = w.length;
  if (n < 5) return 0;
  const last = w.charCodeAt(n - 1);
  if (last === 115 /* s */) return w.charCodeAt(n - 2) === 115 ? 0 : 1;
  if (last === 100 /* d */ && w.charCodeAt(n - 2) === 101 /* e */) return 2;
  if (last === 103 /* g */ && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 3) === 105) return n >= 6 ? 3 : 0;
  return 0;
}

/**
 * Bucket numbers of the sentence's features (with repeats), written into `out`
 * from 0; returns how many. `out` must hold FEATURES_PER_TOKEN * (s.to - s.from) + 1.
 * The coach calls this with one buffer for every sentence, so a check allocates
 * nothing per sentence (#16).
 */
export function writeSentenceFeatures(t: Tokens, s: Sentence, out: Int32Array): number {
  if (!slotKey) buildClasses();
  const o = FEATURE_OPTIONS;
  let n = 0;
  let prev = START;
  // The previous token's classes: where they start in classIds and how many.
  let prevFrom = 0;
  let prevCount = 0;
  for (let i = s.from; i < s.to; i++) {
    const w = t.word[i]!;
    if (w === '\n') continue;
    const c0 = w.charCodeAt(0);
    let h: number;
    let stem = 0;
    if (c0 >= 48 && c0 <= 57) h = NUMBER;
    else {
      // FNV-1a, keeping the state before the suffix: the stem's hash.
      const cut = o.stem ? w.length - stemCut(w) : -1;
      let x = 0x811c9dc5;
      for (let k = 0; k < w.length; k++) {
        if (k === cut) stem = x >>> 0;
        x ^= w.charCodeAt(k);
        x = Math.imul(x, 0x01000193);
      }
      h = x >>> 0;
    }
    out[n++] = h & MASK;
    out[n++] = pairHash(prev, h) & MASK;
    let from = 0;
    let count = 0;
    if (o.classes) {
      let slot = slotOf(h);
      if (slotKey![slot] === 0 && stem !== 0) slot = slotOf(stem);
      if (slotKey![slot] !== 0) {
        from = classStart[slot]!;
        count = classCount[slot]!;
      }
    }
    if (stem !== 0) out[n++] = stem & MASK;
    for (let k = 0; k < count; k++) out[n++] = classIds[from + k]! & MASK;
    if (o.classPairs && (count > 0 || prevCount > 0)) {
      // Pairs over the previous and this token, each as its classes or, without any, as its word.
      const pa = prevCount > 0 ? prevCount : 1;
      const pb = count > 0 ? count : 1;
      for (let a = 0; a < pa; a++) {
        const x = prevCount > 0 ? classIds[prevFrom + a]! : prev;
        for (let b = 0; b < pb; b++) out[n++] = pairHash(x, count > 0 ? classIds[from + b]! : h) & MASK;
      }
    }
    prev = h;
    prevFrom = from;
    prevCount = count;
  }
  out[n++] = pairHash(prev, END) & MASK;
  return n;
}

/** Bucket numbers of the sentence's words and word pairs (with repeats), as a list (the training script's form). */
export function sentenceFeatures(t: Tokens, s: Sentence, out: number[] = []): number[] {
  const buf = new Int32Array(FEATURES_PER_TOKEN * (s.to - s.from) + 1);
  const n = writeSentenceFeatures(t, s, buf);
  out.length = 0;
  for (let i = 0; i < n; i++) out.push(buf[i]!);
  return out;
}
