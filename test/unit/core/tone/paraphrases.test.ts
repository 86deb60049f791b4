// The fit on the paraphrase sets (test/fixtures/tone/paraphrases): frames were tuned on
// them, so these floors only keep a later change from losing what they cover.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';
import { loadParaphrases, parseParaphrases } from '../../../fixtures/tone/paraphrases';

const items = loadParaphrases();
const found = (text: string) => new Set(checkDraft(text).findings.map((f) => f.category));

describe('the paraphrase sets', () => {
  it('are read whole: every file, every item labelled', () => {
    const files = new Set(items.map((i) => i.file));
    expect([...files].sort()).toEqual(['good-emails-a.txt', 'good-emails-b.txt', 'good-emails-c.txt', 'good-emails-d.txt', 'good-sentences.txt', 'problem-emails-b.txt', 'problem-emails.txt', 'problem-sentences.txt']);
    expect(items.filter((i) => i.file === 'problem-sentences.txt')).toHaveLength(420);
    expect(items.filter((i) => i.file === 'good-sentences.txt')).toHaveLength(400);
    expect(items.filter((i) => i.file === 'problem-emails.txt')).toHaveLength(160);
    expect(() => parseParaphrases('x-sentences.txt', 'Just checking in.')).toThrow(/letters/);
    expect(parseParaphrases('x-emails.txt', 'SB \nHi Jo,\nThird email.\n===\nG\nThanks!')).toEqual([
      { file: 'x-emails.txt', labels: ['scolding', 'breakup'], text: 'Hi Jo,\nThird email.' },
      { file: 'x-emails.txt', labels: [], text: 'Thanks!' },
    ]);
  });

  it('the coach finds the labelled category in at least 90% of the problem sentences and emails', () => {
    for (const file of ['problem-sentences.txt', 'problem-emails.txt', 'problem-emails-b.txt']) {
      const set = items.filter((i) => i.file === file);
      const caught = set.filter((i) => {
        const got = found(i.text);
        return i.labels.every((l) => got.has(l));
      }).length;
      expect(caught / set.length, file).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('stays quiet on at least 97% of the innocent sentences and emails', () => {
    for (const file of ['good-sentences.txt', 'good-emails-a.txt', 'good-emails-b.txt', 'good-emails-c.txt', 'good-emails-d.txt']) {
      const set = items.filter((i) => i.file === file);
      const flagged = set.filter((i) => found(i.text).size > 0).length;
      expect(flagged / set.length, file).toBeLessThanOrEqual(0.03);
    }
  });
});
