// Features of one sentence for the learned layer: its words (as tokens.ts spells
// them, numbers as one word) and word pairs, with a start and an end marker,
// hashed into BUCKETS slots. The training script and the coach share this code,
// so a sentence is seen the same way in both.

import { isSentenceEnd, type Tokens } from '../tokens';

export const BUCKET_BITS = 18;
const MASK = (1 << BUCKET_BITS) - 1;
const START = 0x2545f491;
const END = 0x68e31da4;

/** FNV-1a, 32 bits. */
export function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function wordHash(w: string): number {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 ? 0x1b873593 : hashWord(w);
}

/** A word pair: the two hashes mixed, so no string is built. */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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

/**
 * Bucket numbers of the sentence's words and word pairs (with repeats), written
 * into `out` from 0; returns how many. `out` must hold 2 * (s.to - s.from) + 1.
 * The coach calls this with one buffer for every sentence, so a check allocates
 * nothing per sentence (#16).
 */
export function writeSentenceFeatures(t: Tokens, s: Sentence, out: Int32Array): number {
  let n = 0;
  let prev = START;
  for (let i = s.from; i < s.to; i++) {
    const w = t.word[i]!;
    if (w === '\n') continue;
    const h = wordHash(w);
    out[n++] = h & MASK;
    out[n++] = pairHash(prev, h) & MASK;
    prev = h;
  }
  out[n++] = pairHash(prev, END) & MASK;
  return n;
}

/** Bucket numbers of the sentence's words and word pairs (with repeats), as a list (the training script's form). */
export function sentenceFeatures(t: Tokens, s: Sentence, out: number[] = []): number[] {
  const buf = new Int32Array(2 * (s.to - s.from) + 1);
  const n = writeSentenceFeatures(t, s, buf);
  out.length = 0;
  for (let i = 0; i < n; i++) out.push(buf[i]!);
  return out;
}
