// The learned layer: features, decoding of the committed weights, scoring, and
// how its findings join the frames' in checkDraft.
import { describe, expect, it } from 'vitest';
import { checkDraft, toneRules } from '../../../../src/core/tone';
import { decode, scoreSentence, type Weights } from '../../../../src/core/tone/model/classify';
import { BUCKET_BITS, hashWord, sentenceFeatures, sentencesOf } from '../../../../src/core/tone/model/features';
import { TONE_MODEL } from '../../../../src/core/tone/model/weights';
import { tokenise } from '../../../../src/core/tone/tokens';

describe('sentence features', () => {
  it('splits sentences at their end marks and hashes words and word pairs into the bucket range', () => {
    const t = tokenise('any news? we shipped the fix. thanks');
    const sentences = sentencesOf(t);
    expect(sentences.map((s) => t.word.slice(s.from, s.to).join(' '))).toEqual(['any news ?', 'we shipped the fix .', 'thanks']);
    const f = sentenceFeatures(t, sentences[0]!);
    // 3 tokens: a word and a pair each, and the closing pair (7); "news" is in two word
    // classes (RESPONSE, UPDATE_N): one feature each, and a pair of each with "any" before
    // and with "?" after (6).
    expect(f).toHaveLength(13);
    for (const h of f) expect(h).toBeLessThan(1 << BUCKET_BITS);
    expect(sentenceFeatures(t, sentences[0]!)).toEqual(f);
    expect(hashWord('a')).toBe(0xe40c292c);
  });

  it('lets words of one lexicon class, and the inflections of one word, share features', () => {
    const f = (text: string) => {
      const t = tokenise(text);
      return sentenceFeatures(t, sentencesOf(t)[0]!);
    };
    const emails = new Set(f('my emails went unanswered'));
    const notes = f('my notes went unanswered');
    const other = f('my cats went outside');
    // "emails" and "notes" are both MSG and ATTEMPT: their class features and the class pairs around them are shared.
    expect(notes.filter((h) => emails.has(h)).length).toBeGreaterThan(other.filter((h) => emails.has(h)).length + 6);
    // "emailed" stands for "email" as well.
    const bucket = (w: string) => hashWord(w) & ((1 << BUCKET_BITS) - 1);
    expect(f('i emailed you')).toContain(bucket('email'));
    expect(f('i emailing you')).toContain(bucket('email'));
    expect(f('i emailed you')).not.toContain(bucket('emai'));
  });

  it('spells a sentence the same however it is typed', () => {
    const a = tokenise("haven't heard back");
    const b = tokenise('have not  heard back');
    expect(sentenceFeatures(a, sentencesOf(a)[0]!)).toEqual(sentenceFeatures(b, sentencesOf(b)[0]!));
  });
});

describe('weights', () => {
  it('decodes a delta-encoded table and scores by summing the weights of present features', () => {
    const model: Weights = { bias: [-1, -1, -1], threshold: [0.5, 0.5, 0.5], scale: 0.5, table: [3, 4, 0, 0, 2, 0, -4, 2] };
    const table = decode(model);
    expect([...table.keys()]).toEqual([3, 5]);
    expect([...table.get(3)!]).toEqual([2, 0, 0]);
    const p = scoreSentence(table, model, [3, 3, 5, 99]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 + 2))));
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(-(-1 - 2))));
    expect(p[2]).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 1))));
  });

  it('commits a compact model whose thresholds are probabilities', () => {
    const features = TONE_MODEL.table.length / 4;
    expect(Number.isInteger(features)).toBe(true);
    expect(features).toBeGreaterThan(50);
    expect(features).toBeLessThanOrEqual(1500);
    for (const t of TONE_MODEL.threshold) expect(t).toBeGreaterThan(0.5);
  });
});

describe('model findings in checkDraft', () => {
  it('are listed as one rule per category, can be turned off, and never overlap a frame of their category', () => {
    const ids = toneRules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['passive/model', 'scolding/model', 'breakup/model']));
    const drafts = ['Hi Sam, any news on your side? Thanks!', 'Hi Sam, hoping to hear your thoughts soon on the pilot.', "Hi Sam, I'll take the hint."];
    for (const d of drafts) {
      const { findings } = checkDraft(d);
      for (const f of findings) expect(d.slice(f.start, f.end)).toBe(f.text);
      const byCat = new Map<string, typeof findings>();
      for (const f of findings) byCat.set(f.category, [...(byCat.get(f.category) ?? []), f]);
      for (const list of byCat.values()) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
      const off = checkDraft(d, undefined, { disabledRules: ['passive/model', 'scolding/model', 'breakup/model'] }).findings;
      expect(off.some((f) => f.rule.endsWith('/model'))).toBe(false);
    }
  });
});
