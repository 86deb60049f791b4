import { describe, expect, it } from 'vitest';
import { checkDraft, TONE_CATEGORIES, toneRules } from '../../../../src/core/tone';
import { allToneCases, toneCorpus } from '../../../fixtures/tone';

describe('the labelled corpus', () => {
  it('is large enough and labelled (issue 4: 150+ drafts, 50+ good ones)', () => {
    expect(toneCorpus.length).toBeGreaterThanOrEqual(150);
    expect(toneCorpus.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(50);
    expect(new Set(allToneCases.map((c) => c.id)).size).toBe(allToneCases.length);
  });

  it('meets the targets: precision >= 0.9 and recall >= 0.85 per category, <= 5% false alarms on good drafts', () => {
    const reports = allToneCases.map((c) => ({ c, got: new Set(checkDraft(c.text, c.context, c.subject === undefined ? {} : { subject: c.subject }).findings.map((f) => f.category)) }));
    for (const cat of TONE_CATEGORIES) {
      const tp = reports.filter(({ c, got }) => got.has(cat) && c.expect.includes(cat)).length;
      const fp = reports.filter(({ c, got }) => got.has(cat) && !c.expect.includes(cat)).length;
      const fn = reports.filter(({ c, got }) => !got.has(cat) && c.expect.includes(cat)).length;
      expect(tp / (tp + fp), `${cat} precision`).toBeGreaterThanOrEqual(0.9);
      expect(tp / (tp + fn), `${cat} recall`).toBeGreaterThanOrEqual(0.85);
    }
    const good = reports.filter(({ c }) => c.expect.length === 0);
    expect(good.filter(({ got }) => got.size > 0).length / good.length).toBeLessThanOrEqual(0.05);
  });

  it('every rule catches its own examples', () => {
    for (const rule of toneRules) {
      if (rule.id === 'fatigue-chase') continue;
      for (const example of rule.examples) {
        // Subject rules' examples are subjects.
        const report = rule.id.startsWith('subject/') ? checkDraft({ text: 'See the attached plan.', subject: example }) : checkDraft(example);
        const found = report.findings.map((f) => f.rule);
        expect(found, `${rule.id}: ${example}`).toContain(rule.id);
      }
    }
  });
});
