// The learned layer: a logistic regression per category over a sentence's
// hashed words and word pairs (features.ts), trained by scripts/train-tone.ts on
// the development corpus's tuning part and the old corpus, pruned to its
// strongest features and committed in weights.ts. It runs here, in the page,
// with no network; a sentence counts only above its category's threshold,
// chosen on held-out folds of the tuning part to keep false alarms low.

import type { Tokens } from '../tokens';
import { TONE_CATEGORIES, type ToneCategory } from '../types';
import { BUCKET_BITS, FEATURES_PER_TOKEN, sentencesOf, writeSentenceFeatures } from './features';
import { TONE_MODEL } from './weights';

export interface ModelHit {
  category: ToneCategory;
  /** Token range of the sentence. */
  from: number;
  to: number;
  score: number;
}

export interface Weights {
  bias: readonly number[];
  threshold: readonly number[];
  scale: number;
  /** [bucket delta, weight per category...] repeated, buckets ascending, weights as integers. */
  table: readonly number[];
}

/** bucket -> weight per category, decoded once. */
export function decode(model: Weights): Map<number, Float64Array> {
  const map = new Map<number, Float64Array>();
  const k = TONE_CATEGORIES.length;
  let bucket = 0;
  for (let i = 0; i + k < model.table.length; i += k + 1) {
    bucket += model.table[i]!;
    const w = new Float64Array(k);
    for (let c = 0; c < k; c++) w[c] = model.table[i + 1 + c]! * model.scale;
    map.set(bucket, w);
  }
  return map;
}

/** One bit per bucket that has weights: most of a sentence's features have none, and a bit test is cheaper than a map lookup. */
let present: Uint32Array | undefined;
/** Per 32-bucket word of `present`, how many weighted buckets come before it: with a popcount, a bucket's row in `flat`. */
let before: Uint16Array;
/** The weights, K per weighted bucket, buckets ascending. */
let flat: Float64Array;
/** The thresholds as logits, so a sentence below them needs no exp. */
let logitThreshold: Float64Array;

function load(): void {
  const table = decode(TONE_MODEL);
  const k = TONE_CATEGORIES.length;
  present = new Uint32Array(1 << (BUCKET_BITS - 5));
  for (const b of table.keys()) present[b >>> 5]! |= 1 << (b & 31);
  before = new Uint16Array(present.length);
  let n = 0;
  for (let i = 0; i < present.length; i++) {
    before[i] = n;
    n += popcount(present[i]!);
  }
  flat = new Float64Array(n * k);
  let row = 0;
  for (const b of [...table.keys()].sort((x, y) => x - y)) flat.set(table.get(b)!, k * row++);
  logitThreshold = Float64Array.from(TONE_MODEL.threshold, (p) => Math.log(p / (1 - p)));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** One buffer for every sentence's features, grown when a sentence needs more. */
let scratch = new Int32Array(256);
export const MIN_WORDS = 4;

/** Probability per category that the sentence reads that way. */
export function scoreSentence(table: Map<number, Float64Array>, model: Weights, features: ArrayLike<number>, count = features.length): number[] {
  const z = [...model.bias];
  for (let i = 0; i < count; i++) {
    const w = table.get(features[i]!);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/** Sentences the model reads as a category, above that category's threshold. */
export function modelHits(t: Tokens): ModelHit[] {
  const out: ModelHit[] = [];
  for (const s of sentencesOf(t)) {
    // A name, a greeting or "Thanks!" is too short to read a tone into.
    let words = 0;
    for (let i = s.from; i < s.to; i++) {
      const c = t.word[i]!.charCodeAt(0);
      if (c >= 97 && c <= 122) words++;
    }
    if (words < MIN_WORDS) continue;
    if (!present) load();
    const need = FEATURES_PER_TOKEN * (s.to - s.from) + 1;
    if (scratch.length < need) scratch = new Int32Array(Math.max(need, 2 * scratch.length));
    const count = writeSentenceFeatures(t, s, scratch);
    // The logit per category (the three of TONE_CATEGORIES), summed from the rows of the weighted features.
    let z0 = TONE_MODEL.bias[0]!;
    let z1 = TONE_MODEL.bias[1]!;
    let z2 = TONE_MODEL.bias[2]!;
    for (let i = 0; i < count; i++) {
      const f = scratch[i]!;
      const word = present![f >>> 5]!;
      const bit = 1 << (f & 31);
      if (!(word & bit)) continue;
      const row = 3 * (before[f >>> 5]! + popcount(word & (bit - 1)));
      z0 += flat[row]!;
      z1 += flat[row + 1]!;
      z2 += flat[row + 2]!;
    }
    for (let c = 0; c < 3; c++) {
      const z = c === 0 ? z0 : c === 1 ? z1 : z2;
      if (z >= logitThreshold[c]!) out.push({ category: TONE_CATEGORIES[c]!, from: s.from, to: s.to, score: 1 / (1 + Math.exp(-z)) });
    }
  }
  return out;
}
