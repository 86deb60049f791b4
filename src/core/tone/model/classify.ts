// The learned layer: a logistic regression per category over a sentence's
// hashed words and word pairs (features.ts), trained by scripts/train-tone.ts on
// the development corpus's tuning part and the old corpus, pruned to its
// strongest features and committed in weights.ts. It runs here, in the page,
// with no network; a sentence counts only above its category's threshold,
// chosen on held-out folds of the tuning part to keep false alarms low.

import { buildMatcher } from '../matcher';
import { bodyRules } from '../rules';
import type { Tokens } from '../tokens';
import { TONE_CATEGORIES, type ToneCategory } from '../types';
import { BUCKET_BITS, FEATURES_PER_TOKEN, sentencesOf, writeSentenceFeatures, type Sentence } from './features';
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

let weights: Map<number, Float64Array> | undefined;
/** One bit per bucket that has weights: most of a sentence's features have none, and a bit test is cheaper than a map lookup. */
let present: Uint32Array | undefined;

function load(): void {
  weights = decode(TONE_MODEL);
  present = new Uint32Array(1 << (BUCKET_BITS - 5));
  for (const b of weights.keys()) present[b >>> 5]! |= 1 << (b & 31);
}

/** Keeps, in order, only the first `count` features that have weights (the others add nothing to a score); returns how many. */
function keepWeighted(features: Int32Array, count: number, bits: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < count; i++) {
    const f = features[i]!;
    if (bits[f >>> 5]! & (1 << (f & 31))) features[n++] = f;
  }
  return n;
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

// The frames alone, without their guards: built the first time the model flags a sentence.
let frameScan: ReturnType<typeof buildMatcher> | undefined;

/**
 * One bit per category (TONE_CATEGORIES order) for which a frame matches in the
 * sentence, before the guards. The model speaks only where no frame of its
 * category names the phrase: where one does, either that frame's finding stands,
 * or a guard judged it a mention, a negation or an innocent sense, and the model,
 * which reads words and not senses, must not overrule it.
 */
export function framedCategories(t: Tokens, s: Sentence): number {
  frameScan ??= buildMatcher(bodyRules.filter((r) => r.frames.length > 0));
  const sentence = new Int32Array(s.to - s.from);
  for (let i = s.from; i < s.to; i++) sentence[i - s.from] = Math.max(0, t.sentence[i]! - s.from);
  const sub: Tokens = { word: t.word.slice(s.from, s.to), start: t.start.subarray(s.from, s.to), end: t.end.subarray(s.from, s.to), sentence };
  let mask = 0;
  for (const m of frameScan(sub)) mask |= 1 << TONE_CATEGORIES.indexOf(m.rule.category);
  return mask;
}

/** Sentences the model reads as a category, above that category's threshold, where no frame of that category matches. */
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
    if (!weights) load();
    const need = FEATURES_PER_TOKEN * (s.to - s.from) + 1;
    if (scratch.length < need) scratch = new Int32Array(Math.max(need, 2 * scratch.length));
    const count = keepWeighted(scratch, writeSentenceFeatures(t, s, scratch), present!);
    const p = scoreSentence(weights!, TONE_MODEL, scratch, count);
    let framed = -1;
    for (let c = 0; c < p.length; c++) {
      if (p[c]! < TONE_MODEL.threshold[c]!) continue;
      if (framed < 0) framed = framedCategories(t, s);
      if (!(framed & (1 << c))) out.push({ category: TONE_CATEGORIES[c]!, from: s.from, to: s.to, score: p[c]! });
    }
  }
  return out;
}
