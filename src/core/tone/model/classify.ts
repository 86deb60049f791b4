// The learned layer: a logistic regression per category over a sentence's
// hashed words and word pairs (features.ts), trained by scripts/train-tone.ts on
// the development corpus's tuning part and the old corpus, pruned to its
// strongest features and committed in weights.ts. It runs here, in the page,
// with no network; a sentence counts only above its category's threshold,
// chosen on held-out folds of the tuning part to keep false alarms low.

import type { Tokens } from '../tokens';
import { TONE_CATEGORIES, type ToneCategory } from '../types';
import { sentenceFeatures, sentencesOf } from './features';
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
export const MIN_WORDS = 4;

/** Probability per category that the sentence reads that way. */
export function scoreSentence(table: Map<number, Float64Array>, model: Weights, features: readonly number[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = table.get(f);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/** Sentences the model reads as a category, above that category's threshold. */
export function modelHits(t: Tokens): ModelHit[] {
  const out: ModelHit[] = [];
  const features: number[] = [];
  for (const s of sentencesOf(t)) {
    // A name, a greeting or "Thanks!" is too short to read a tone into.
    let words = 0;
    for (let i = s.from; i < s.to; i++) if (/^[a-z]/.test(t.word[i]!)) words++;
    if (words < MIN_WORDS) continue;
    weights ??= decode(TONE_MODEL);
    const p = scoreSentence(weights, TONE_MODEL, sentenceFeatures(t, s, features));
    for (let c = 0; c < p.length; c++) {
      if (p[c]! >= TONE_MODEL.threshold[c]!) out.push({ category: TONE_CATEGORIES[c]!, from: s.from, to: s.to, score: p[c]! });
    }
  }
  return out;
}
