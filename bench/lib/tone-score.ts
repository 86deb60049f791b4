// Scores of the tone coach on labelled drafts: problem drafts caught, precision
// and recall per category, false alarms on good mail. Shared by the bench and
// by the training script, so both report the same numbers the same way.
import { checkDraft, TONE_CATEGORIES, type ToneCategory } from '../../src/core/tone';
import type { ToneContext } from '../../src/core/model';

export interface Labelled {
  id: string;
  text: string;
  subject?: string;
  context?: ToneContext;
  labels: readonly ToneCategory[];
}

export interface CategoryScore {
  category: ToneCategory;
  expected: number;
  precision: number;
  recall: number;
}

export interface ToneScore {
  drafts: number;
  problems: number;
  good: number;
  /** Problem drafts with at least one finding. */
  caught: number;
  /** Good drafts with at least one finding, as a share. */
  falseAlarms: number;
  categories: CategoryScore[];
  /** Per draft: what was found, for the tuning part's error lists. */
  found: Map<string, Set<ToneCategory>>;
}

export type Checker = (d: Labelled) => Set<ToneCategory>;

export const checkCategories: Checker = (d) =>
  new Set(checkDraft(d.text, d.context, d.subject === undefined ? {} : { subject: d.subject }).findings.map((f) => f.category));

export function scoreTone(items: readonly Labelled[], check: Checker = checkCategories): ToneScore {
  const found = new Map<string, Set<ToneCategory>>();
  for (const d of items) found.set(d.id, check(d));
  const problems = items.filter((d) => d.labels.length > 0);
  const good = items.filter((d) => d.labels.length === 0);
  const categories = TONE_CATEGORIES.map((category) => {
    let tp = 0, fp = 0, fn = 0;
    for (const d of items) {
      const p = found.get(d.id)!.has(category);
      const e = d.labels.includes(category);
      if (p && e) tp++;
      else if (p) fp++;
      else if (e) fn++;
    }
    return { category, expected: tp + fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
  return {
    drafts: items.length,
    problems: problems.length,
    good: good.length,
    caught: problems.length === 0 ? 1 : problems.filter((d) => found.get(d.id)!.size > 0).length / problems.length,
    falseAlarms: good.length === 0 ? 0 : good.filter((d) => found.get(d.id)!.size > 0).length / good.length,
    categories,
    found,
  };
}

export function formatScore(name: string, s: ToneScore): string {
  const cats = s.categories.map((c) => `${c.category} P ${c.precision.toFixed(2)} R ${c.recall.toFixed(2)} (${c.expected})`).join(', ');
  return `${name}: ${s.drafts} drafts (${s.problems} problem, ${s.good} good): caught ${s.caught.toFixed(3)}, false alarms ${(100 * s.falseAlarms).toFixed(1)}%; ${cats}`;
}
