// npm run train:tone   Trains the tone coach's learned layer (src/core/tone/model)
// on the development corpus's TUNING part and the old corpus (never the test
// part), prints its metrics, and writes src/core/tone/model/weights.ts.
//
// One logistic regression per category over a sentence's hashed words and word
// pairs. Labels are per draft, so which sentence carries the label is learned
// (multiple-instance): first every sentence of a labelled draft counts, then
// only the draft's best-scoring sentence. Thresholds are chosen on out-of-fold
// scores (five folds by source), so a threshold is never set on scores of the
// drafts the model was trained on; then the model is trained on everything,
// pruned to its strongest features and quantised.
//   --features N   features kept (default 400)   --check   train and print, write nothing
import { writeFileSync } from 'node:fs';
import { FEATURE_OPTIONS, sentenceFeatures, sentencesOf } from '../src/core/tone/model/features';
import { decode, MIN_WORDS, scoreSentence, type Weights } from '../src/core/tone/model/classify';
import { newTextOf } from '../src/core/tone/new-text';
import { normalise } from '../src/core/tone/normalise';
import { tokenise } from '../src/core/tone/tokens';
import { TONE_CATEGORIES, type ToneCategory } from '../src/core/tone/types';
import { checkDraft } from '../src/core/tone';
import { allToneCases } from '../test/fixtures/tone';
import { fnv1a32, sourcesOf, tuningPart } from '../test/fixtures/tone/dev';

const args = process.argv.slice(2);
const keep = Number(args[args.indexOf("--features") + 1]) || 800;
const checkOnly = args.includes('--check');
const num = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EPOCHS = num('--epochs', 12);
const LR = num('--lr', 0.2);
const L2 = num('--l2', 2e-5);
const POS_WEIGHT = num('--posw', 3);
const RETRAIN = !args.includes('--no-retrain');
/** Where the frames point (scolding and break-up), a labelled draft's positive sentences are those; passive learns them on its own (see the header). */
const FRAME_POS = TONE_CATEGORIES.map((c) => (c === 'passive' ? args.includes('--frame-pos-passive') : !args.includes(`--no-frame-pos-${c}`)));
if (args.includes('--no-stem')) FEATURE_OPTIONS.stem = false;
if (args.includes('--no-classes')) FEATURE_OPTIONS.classes = false;
if (args.includes('--no-pairs')) FEATURE_OPTIONS.classPairs = false;
const K = TONE_CATEGORIES.length;
/** Budget per category for drafts of good mail the model alone flags, on held-out folds. */
const FALSE_ALARM_BUDGET = num('--budget', 0.004);
const BUDGETS = TONE_CATEGORIES.map((c) => num(`--budget-${c}`, c === 'passive' ? 0.002 : FALSE_ALARM_BUDGET));
const MIN_PRECISION = 0.85;
const MODEL_IDS = TONE_CATEGORIES.map((c) => `${c}/model`);

interface Draft {
  id: string;
  /** What the frames alone find (in-sample: the frames were tuned on these drafts). */
  frames: Set<ToneCategory>;
  group: string;
  labels: ToneCategory[];
  sentences: number[][];
  /** Per category, the sentences a frame of that category points into. */
  framed: Set<number>[];
}

function toDraft(id: string, group: string, text: string, labels: readonly ToneCategory[]): Draft {
  const w = normalise(text, newTextOf(text));
  const t = tokenise(w.text);
  const findings = checkDraft(text, undefined, { disabledRules: MODEL_IDS }).findings;
  const frames = new Set(findings.map((f) => f.category));
  // As in the coach: sentences too short to read a tone into are left out.
  const long = sentencesOf(t).filter((s) => t.word.slice(s.from, s.to).filter((w) => /^[a-z]/.test(w)).length >= MIN_WORDS);
  const framed = TONE_CATEGORIES.map((cat) => {
    const out = new Set<number>();
    long.forEach((s, si) => {
      const start = w.map[t.start[s.from]!]!;
      const end = w.map[t.end[s.to - 1]! - 1]! + 1;
      // A finding over the whole text (the tired chase) points at no sentence.
      if (findings.some((f) => f.category === cat && f.end - f.start < 400 && f.start < end && f.end > start)) out.add(si);
    });
    return out;
  });
  return { id, group, frames, framed, labels: [...labels], sentences: long.map((s) => [...sentenceFeatures(t, s)]) };
}

const drafts: Draft[] = [
  ...tuningPart().map((i) => toDraft(i.id, i.source.id, i.text, i.labels)),
  ...allToneCases.map((c) => toDraft(c.id, `old-${c.id.slice(0, 1)}`, c.text, c.expect)),
];

type Model = { w: Float64Array[]; b: number[] };

/** Adagrad on the logistic loss with L2; `pos[c]` gives, per draft, the sentences that count as c. */
function train(data: Draft[], pos: (d: Draft, c: number) => Set<number> | null, only: Uint8Array | null = null, epochs = EPOCHS): Model {
  const size = 1 << 18;
  const w = TONE_CATEGORIES.map(() => new Float64Array(size));
  const g2 = TONE_CATEGORIES.map(() => new Float64Array(size).fill(1e-6));
  const b = TONE_CATEGORIES.map(() => -2);
  const lr = LR;
  const l2 = L2;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let c = 0; c < K; c++) {
      for (let di = 0; di < data.length; di++) {
        const d = data[(di * 7919 + epoch * 104729) % data.length]!;
        const p = pos(d, c);
        d.sentences.forEach((f, si) => {
          // A labelled draft's other sentences are unknown: they are left out, not negatives.
          const label = !d.labels.includes(TONE_CATEGORIES[c]!) ? 0 : p === null || p.has(si) ? 1 : -1;
          if (label < 0) return;
          let z = b[c]!;
          for (const h of f) z += w[c]![h]!;
          const err = 1 / (1 + Math.exp(-z)) - label;
          const weight = label === 1 ? POS_WEIGHT : 1;
          b[c]! -= 0.05 * err * weight;
          for (const h of f) {
            if (only && !only[h]) continue;
            const grad = err * weight + l2 * w[c]![h]!;
            g2[c]![h]! += grad * grad;
            w[c]![h]! -= (lr * grad) / Math.sqrt(g2[c]![h]!);
          }
        });
      }
    }
  }
  return { w, b };
}

/** Keep the `n` buckets with the largest weight over the categories; quantise to integers. */
function prune(m: Model, n: number): Weights {
  const size = m.w[0]!.length;
  const strength: [number, number][] = [];
  for (let h = 0; h < size; h++) {
    let s = 0;
    for (let c = 0; c < K; c++) s = Math.max(s, Math.abs(m.w[c]![h]!));
    if (s > 0.02) strength.push([h, s]);
  }
  strength.sort((a, b) => b[1] - a[1]);
  const kept = strength.slice(0, n).map(([h]) => h).sort((a, b) => a - b);
  let max = 0;
  for (const h of kept) for (let c = 0; c < K; c++) max = Math.max(max, Math.abs(m.w[c]![h]!));
  const scale = max / 127 || 1;
  const table: number[] = [];
  let last = 0;
  for (const h of kept) {
    table.push(h - last, ...m.w.map((wc) => Math.round(wc[h]! / scale)));
    last = h;
  }
  return { bias: m.b.map((x) => Math.round(x * 1000) / 1000), threshold: TONE_CATEGORIES.map(() => 2), scale: Number(scale.toPrecision(6)), table };
}

/** Highest sentence score per category, per draft. */
function draftScores(model: Weights, data: Draft[]): Map<string, number[]> {
  const table = decode(model);
  const out = new Map<string, number[]>();
  for (const d of data) {
    const best = TONE_CATEGORIES.map(() => 0);
    for (const f of d.sentences) scoreSentence(table, model, f).forEach((p, c) => (best[c] = Math.max(best[c]!, p)));
    out.set(d.id, best);
  }
  return out;
}

/** Two rounds: all sentences of a labelled draft, then each draft's best sentence for the label. */
function fit(data: Draft[]): Weights {
  const framedOr = (d: Draft, c: number, otherwise: Set<number> | null) => (FRAME_POS[c] && d.framed[c]!.size > 0 ? d.framed[c]! : otherwise);
  const first = trainPruned(data, (d, c) => framedOr(d, c, null));
  const table = decode(first);
  const best = new Map<string, number[]>();
  for (const d of data) {
    best.set(d.id, TONE_CATEGORIES.map((_, c) => {
      let arg = 0, top = -1;
      d.sentences.forEach((f, si) => {
        const p = scoreSentence(table, first, f)[c]!;
        if (p > top) (top = p), (arg = si);
      });
      return arg;
    }));
  }
  return trainPruned(data, (d, c) => framedOr(d, c, new Set([best.get(d.id)![c]!])));
}

/** Train, keep the strongest features, and (with --retrain) train again on those alone, so the kept weights make up for the dropped ones. */
function trainPruned(data: Draft[], pos: (d: Draft, c: number) => Set<number> | null): Weights {
  const pruned = prune(train(data, pos), keep);
  if (!RETRAIN) return pruned;
  const only = new Uint8Array(1 << 18);
  for (const b of decode(pruned).keys()) only[b] = 1;
  return prune(train(data, pos, only), keep);
}

// Out-of-fold scores: five folds by source, so no draft is scored by a model that saw its source.
const FOLDS = 5;
const fold = (d: Draft) => fnv1a32(d.group) % FOLDS;
const oof = new Map<string, number[]>();
for (let k = 0; k < FOLDS; k++) {
  const model = fit(drafts.filter((d) => fold(d) !== k));
  const held = drafts.filter((d) => fold(d) === k);
  for (const [id, s] of draftScores(model, held)) oof.set(id, s);
}

const good = drafts.filter((d) => d.labels.length === 0);
/**
 * Per category, the lowest threshold at which, on held-out folds, the model alone flags at most
 * FALSE_ALARM_BUDGET of the good drafts and at least MIN_PRECISION of what it flags is right.
 * (Judged against the frames instead, no threshold gains anything on the tuning part: the frames
 * were written on it and already catch 97% of it, so that comparison cannot show what the model
 * adds on writing the frames never saw.)
 */
const thresholds = TONE_CATEGORIES.map((cat, c) => {
  const candidates = [...new Set(drafts.map((d) => oof.get(d.id)![c]!))].filter((x) => x > 0.3).sort((a, b) => a - b);
  for (const t of candidates) {
    const flagged = drafts.filter((d) => oof.get(d.id)![c]! >= t);
    const alarms = good.filter((d) => oof.get(d.id)![c]! >= t).length / good.length;
    const precision = flagged.filter((d) => d.labels.includes(cat)).length / Math.max(1, flagged.length);
    if (alarms <= BUDGETS[c]! && precision >= MIN_PRECISION) return Math.round(t * 10000) / 10000;
  }
  return 0.999;
});

/** Model alone on held-out folds: recall per category where at most `fa` of the good drafts score above the threshold. */
function ranking(fa: number): string {
  return TONE_CATEGORIES.map((cat, c) => {
    const g = good.map((d) => oof.get(d.id)![c]!).sort((a, b) => b - a);
    const t = g[Math.floor(fa * g.length)] ?? 0;
    const e = drafts.filter((d) => d.labels.includes(cat));
    return `${cat} ${(e.filter((d) => oof.get(d.id)![c]! > t).length / e.length).toFixed(2)}`;
  }).join(' ');
}

function report(name: string, scores: Map<string, number[]>, data: Draft[]): void {
  const parts = TONE_CATEGORIES.map((cat, c) => {
    const flagged = data.filter((d) => scores.get(d.id)![c]! >= thresholds[c]!);
    const tp = flagged.filter((d) => d.labels.includes(cat)).length;
    const expected = data.filter((d) => d.labels.includes(cat)).length;
    return `${cat} P ${(tp / Math.max(1, flagged.length)).toFixed(2)} R ${(tp / Math.max(1, expected)).toFixed(2)}`;
  });
  const alarms = good.filter((d) => thresholds.some((t, c) => scores.get(d.id)![c]! >= t)).length / good.length;
  console.log(`${name}: ${parts.join(', ')}, false alarms on good mail ${(100 * alarms).toFixed(1)}% (model alone, no frames)`);
}

/** Frames alone, and frames with the model's held-out flags: what the model adds on sources it did not see. */
function increment(data: Draft[]): void {
  const line = (name: string, found: (d: Draft) => Set<ToneCategory>) => {
    const problems = data.filter((d) => d.labels.length > 0);
    const caught = problems.filter((d) => found(d).size > 0).length / problems.length;
    const recall = TONE_CATEGORIES.map((cat) => {
      const e = data.filter((d) => d.labels.includes(cat));
      return `${cat} ${(e.filter((d) => found(d).has(cat)).length / Math.max(1, e.length)).toFixed(2)}`;
    });
    const g = data.filter((d) => d.labels.length === 0);
    const fa = g.filter((d) => found(d).size > 0).length / Math.max(1, g.length);
    console.log(`  ${name}: caught ${caught.toFixed(3)}, recall ${recall.join(' ')}, false alarms ${(100 * fa).toFixed(1)}%`);
  };
  line('frames alone', (d) => d.frames);
  line('frames + model (held-out)', (d) => new Set([...d.frames, ...TONE_CATEGORIES.filter((_, c) => oof.get(d.id)![c]! >= thresholds[c]!)]));
}

const final = fit(drafts);
// The thresholds come from held-out scores, but the model trained on every draft can score the
// good ones higher than any fold model did. On its own training data a model is at its most
// flattering, so there each threshold must sit above every good draft's score.
const fitted = draftScores(final, drafts);
TONE_CATEGORIES.forEach((_, c) => {
  const highestGood = Math.max(...good.map((d) => fitted.get(d.id)![c]!));
  if (thresholds[c]! > highestGood) return;
  thresholds[c] = Math.min(0.999, (Math.floor(highestGood * 1000) + 1) / 1000);
});
final.threshold = thresholds;
console.log(`trained on ${drafts.length} drafts (${sourcesOf('tuning').length} tuning-part sources and the old corpus), ${drafts.reduce((n, d) => n + d.sentences.length, 0)} sentences; ${final.table.length / (K + 1)} features kept; thresholds ${thresholds.join(' / ')}`);
report('held-out folds (by source)', oof, drafts);
console.log(`held-out recall at 0.5% / 1% / 3% of good drafts over the threshold: ${[0.005, 0.01, 0.03].map(ranking).join(' | ')}`);
report('training data (fit)', draftScores(final, drafts), drafts);
console.log('tuning part, frames in-sample, model on held-out folds:');
increment(drafts.filter((d) => !d.group.startsWith('old-')));

if (!checkOnly) {
  const body = `// Generated by \`npm run train:tone\` (scripts/train-tone.ts) from the development corpus's
// tuning part and the old corpus; do not edit by hand. ${final.table.length / (K + 1)} features,
// weights = integer * scale; thresholds chosen on held-out folds (by source).
export const TONE_MODEL = {
  bias: ${JSON.stringify(final.bias)},
  threshold: ${JSON.stringify(final.threshold)},
  scale: ${final.scale},
  table: ${JSON.stringify(final.table)},
} as const;
`;
  writeFileSync(new URL('../src/core/tone/model/weights.ts', import.meta.url), body);
  console.log('written: src/core/tone/model/weights.ts');
}
