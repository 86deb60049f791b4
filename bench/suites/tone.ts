// The tone coach (#4): precision and recall per category over the labelled
// corpus, false alarms on good drafts, against write-good and a retext pipeline
// (retext-english + retext-passive + retext-equality, as alex uses); speed per
// 1,000 words, a 2,000-word draft (budget < 2 ms) and 100 KB adversarial input.
// Note: the corpus rows for the first set are in-sample (drafts written beside
// the rules); the "second set" rows are less so, see its file.
// The peers have no categories: any warning of theirs counts as "flagged".
import { createRequire } from 'node:module';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextPassive from 'retext-passive';
import retextStringify from 'retext-stringify';
import { unified } from 'unified';
import { checkDraft, TONE_CATEGORIES, type ToneCategory } from '../../src/core/tone';
import { allToneCases, toneCorpus, toneHoldout, type ToneCase } from '../../test/fixtures/tone';
import { type BenchRow, type BenchSuite, measure } from '../types';

// write-good is CommonJS without types.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];
const retext = unified().use(retextEnglish).use(retextPassive).use(retextEquality).use(retextStringify);

type Flagger = (c: ToneCase) => boolean;
const ours = (c: ToneCase) => checkDraft(c.text, c.context, c.subject === undefined ? {} : { subject: c.subject });
const flaggers: Record<'ours' | 'write-good' | 'retext', Flagger> = {
  ours: (c) => ours(c).findings.length > 0,
  'write-good': (c) => writeGood(c.text).length > 0,
  retext: (c) => retext.processSync(c.text).messages.length > 0,
};

interface Score {
  precision: number;
  recall: number;
  falseAlarm: number;
}

function score(cases: readonly ToneCase[], predicted: (c: ToneCase) => boolean, expected: (c: ToneCase) => boolean): Score {
  let tp = 0, fp = 0, fn = 0, good = 0, alarms = 0;
  for (const c of cases) {
    const p = predicted(c);
    const e = expected(c);
    if (p && e) tp++;
    else if (p) fp++;
    else if (e) fn++;
    if (c.expect.length === 0) {
      good++;
      if (p) alarms++;
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), falseAlarm: good === 0 ? 0 : (100 * alarms) / good };
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;
const peerRow = (name: string, unit: BenchRow['unit'], ourValue: number, peer: string, peerValue: number, extra: Partial<BenchRow> = {}): BenchRow => ({
  name, median: r3(ourValue), unit, peer: { name: peer, median: r3(peerValue), ratio: peerValue === 0 ? Infinity : r3(ourValue / peerValue) }, ...extra,
});

function categoryRows(cases: readonly ToneCase[], label: string): BenchRow[] {
  const reports = new Map(cases.map((c) => [c, new Set(ours(c).findings.map((f) => f.category))]));
  const rows: BenchRow[] = [];
  for (const cat of TONE_CATEGORIES as readonly ToneCategory[]) {
    const s = score(cases, (c) => reports.get(c)!.has(cat), (c) => c.expect.includes(cat));
    const n = cases.filter((c) => c.expect.includes(cat)).length;
    rows.push({ name: `${label}: ${cat} precision`, median: r3(s.precision), unit: 'ratio', budget: '≥ 0.9', withinBudget: s.precision >= 0.9, notes: `${n} drafts expect ${cat}, ${cases.length} in all` });
    rows.push({ name: `${label}: ${cat} recall`, median: r3(s.recall), unit: 'ratio', budget: '≥ 0.85', withinBudget: s.recall >= 0.85 });
  }
  const alarms = score(cases, (c) => reports.get(c)!.size > 0, (c) => c.expect.length > 0).falseAlarm;
  rows.push({ name: `${label}: false alarms on good drafts`, median: r3(alarms), unit: '%', budget: '≤ 5 %', withinBudget: alarms <= 5, notes: `${cases.filter((c) => c.expect.length === 0).length} good drafts` });
  return rows;
}

/** Mixed good and bad drafts (quotes stripped) until `words` words. */
function longDraft(words: number): string {
  let text = '';
  for (let i = 0; text.split(/\s+/).length < words; i++) text += allToneCases[i % allToneCases.length]!.text.replace(/\n(On |From:|>|_{5}|-{5}).*/gs, '') + '\n\n';
  return text;
}

const ADVERSARIAL: Record<string, string> = {
  'repeated "just "': 'just ',
  'repeated assume-gap': "i'll assume that ",
  'quote marks': '"',
  'quote headers': '> On x wrote:\n',
  'odd spaces': ' \u00a0\u200b',
  'near-miss ultimatum': 'you have until ',
  // Every word a finding: this once cost quadratic time in merging overlaps.
  'wall of findings': 'checking in ',
};

export default (async ({ quick }) => {
  const cases = quick ? allToneCases.filter((_, i) => i % 6 === 0) : allToneCases;
  const rows: BenchRow[] = [...categoryRows(quick ? cases : toneCorpus, 'corpus')];
  if (!quick) rows.push(...categoryRows(toneHoldout, 'second set'));

  // Flagged vs not, against drafts with any expected category.
  const anyExpected = (c: ToneCase) => c.expect.length > 0;
  const ourScore = score(cases, flaggers.ours, anyExpected);
  for (const peer of ['write-good', 'retext'] as const) {
    const s = score(cases, flaggers[peer], anyExpected);
    rows.push(peerRow(`flagged-vs-not precision (${cases.length} drafts)`, 'ratio', ourScore.precision, peer, s.precision));
    rows.push(peerRow('flagged-vs-not recall', 'ratio', ourScore.recall, peer, s.recall));
    rows.push(peerRow('false alarms on good drafts', '%', ourScore.falseAlarm, peer, s.falseAlarm));
  }

  // Speed per 1,000 words, on the same mixed text.
  const thousand = longDraft(1000);
  const runs = quick ? 5 : 40;
  const ourK = measure(() => checkDraft(thousand), runs);
  const wgK = measure(() => writeGood(thousand), quick ? 3 : 20);
  const rtK = measure(() => retext.processSync(thousand), quick ? 2 : 10);
  rows.push(peerRow('ms per 1,000 words', 'ms', ourK.median, 'write-good', wgK.median, { spread: ourK.spread, runs: ourK.runs }));
  rows.push(peerRow('ms per 1,000 words', 'ms', ourK.median, 'retext', rtK.median, { spread: ourK.spread, runs: ourK.runs }));

  const two = longDraft(2000);
  const t2 = measure(() => checkDraft(two), quick ? 10 : 300);
  rows.push({ name: '2,000-word draft (mixed corpus text, quotes stripped)', median: t2.median, unit: 'ms', spread: t2.spread, runs: t2.runs, budget: '< 2 ms', withinBudget: t2.median < 2 });

  // Linear growth: 100 KB, and 400 KB of the same pattern (4× the text; quadratic would be
  // 16×). Compared at 100 KB and up, where a millisecond of garbage collection is not a
  // large share of the time, as it is at 25 KB.
  for (const [name, unit] of Object.entries(quick ? { 'repeated "just "': 'just ' } : ADVERSARIAL)) {
    const big = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const bigger = big.repeat(4);
    const tb = measure(() => checkDraft(big), quick ? 2 : 15, 3);
    const t4 = measure(() => checkDraft(bigger), quick ? 2 : 9, 2);
    const ratio = t4.median / tb.median;
    rows.push({ name: `100 KB adversarial: ${name}`, median: tb.median, unit: 'ms', spread: tb.spread, runs: tb.runs, budget: 'linear: 400 KB in < 6× the 100 KB time', withinBudget: ratio < 6, notes: `400 KB: ${t4.median.toFixed(2)} ms, ratio ${ratio.toFixed(1)}×` });
  }
  return rows;
}) satisfies BenchSuite;
