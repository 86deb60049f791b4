// The lexicon's entries are small products ("lack of a? reply|response"): a space
// separates words, so an alternative of two words ("a few|a couple of") silently
// turns into nonsense. These tests keep every entry reading as phrases people write.
import { describe, expect, it } from 'vitest';
import { expandEntry } from '../../../../src/core/tone/frame';
import { lexicon } from '../../../../src/core/tone/lexicon';

const expansions = (name: keyof typeof lexicon) => new Set((lexicon[name] as readonly string[]).flatMap(expandEntry));

describe('the lexicon', () => {
  it('has no entry that expands to two determiners or one word twice in a row', () => {
    const DET = '(?:a|an|the|another|my|your|our)';
    const bad = new RegExp(`\\b${DET} ${DET}\\b|\\b(\\w+) \\1\\b`);
    const found: string[] = [];
    for (const [name, entries] of Object.entries(lexicon)) {
      for (const entry of entries as readonly string[]) {
        for (const phrase of expandEntry(entry)) if (bad.test(phrase) && phrase !== 'final final') found.push(`${name}: "${entry}" -> "${phrase}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('spells the spans of time people count in', () => {
    const span = expansions('SPAN');
    for (const phrase of ['a week', 'another week', 'over a month', 'more than a fortnight', 'six months', '#num days', 'a few weeks', 'a couple of months', 'three working days', 'a while']) expect(span, phrase).toContain(phrase);
  });

  it('spells the ways of saying the deal is off', () => {
    const notNow = expansions('NOT_NOW');
    for (const phrase of ['accepted another offer', 'accepted a different role', 'taken another job', 'found another position', 'found a new role', 'not the best time', 'not a good moment', 'not something you are considering']) expect(notNow, phrase).toContain(phrase);
  });
});
