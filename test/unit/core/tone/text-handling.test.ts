import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, dismissalKey } from '../../../../src/core/tone';
import { newTextOf } from '../../../../src/core/tone/new-text';
import { normalise } from '../../../../src/core/tone/normalise';

describe('normalise', () => {
  it('folds quotes, dashes, spaces and invisible chars, keeping a map to the original', () => {
    const draft = 'I\u2019m  \u201cChecking\u200b\nIn\u201d \u2014 ok';
    const w = normalise(draft, [{ start: 0, end: draft.length }]);
    expect(w.text).toBe('i\'m "checking in" - ok');
    expect(w.map).toHaveLength(w.text.length + 1);
    for (let i = 0; i < w.text.length; i++) {
      if (w.text[i] !== ' ') expect(w.text[i]).toBe(normaliseChar(draft[w.map[i]!]!));
    }
  });

  it('keeps separate blocks apart so no phrase spans a removed quote', () => {
    const draft = 'touch\n> quoted\nbase';
    expect(checkDraft(draft).findings).toEqual([]);
  });
});

function normaliseChar(c: string): string {
  const folded: Record<string, string> = { '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2014': '-' };
  return folded[c] ?? c.toLowerCase();
}

describe('spans and robustness', () => {
  const words = fc.constantFrom('just', 'checking', 'in', 'per', 'my', 'last', 'email', '\u201c', '\u2019', 'I', "haven't", 'heard', 'back', '\n', '> ', 'On', 'wrote:', 'Best,', '--', 'x', '\u00a0', '\u200b', 'pest', 'guess', 'you', "don't");
  const drafts = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(' '));

  it('every finding points at its own text in the original draft', () => {
    fc.assert(
      fc.property(drafts, (draft) => {
        const spans = newTextOf(draft);
        for (const f of checkDraft(draft).findings) {
          expect(f.text).toBe(draft.slice(f.start, f.end));
          expect(f.end).toBeGreaterThan(f.start);
          // Findings only ever sit inside the user's own text.
          expect(spans.some((s) => s.start <= f.start && f.end <= s.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles 100 KB adversarial input without throwing', () => {
    const inputs = ['just '.repeat(20_000), "i'll assume that ".repeat(6_000), '"'.repeat(100_000), '> On wrote:\n'.repeat(8_000), ' \u00a0'.repeat(50_000)];
    for (const input of inputs) expect(() => checkDraft(input)).not.toThrow();
  });
});

describe('dismissalKey', () => {
  it('is stable for the same words and changes when they change', () => {
    const a = 'Just checking in on the proposal.';
    expect(dismissalKey(a)).toBe(dismissalKey(a));
    expect(dismissalKey(a)).toMatch(/^t1-[0-9a-z]{14}$/);
    expect(dismissalKey(a)).not.toBe(dismissalKey('Just checking in on the contract.'));
  });

  it('ignores spacing, case, the quoted thread and the signature', () => {
    const a = 'Just checking in on the proposal.';
    expect(dismissalKey('just  checking\nin on the proposal.')).toBe(dismissalKey(a));
    expect(dismissalKey(`${a}\n\nOn Mon, Jan 5, 2026 at 9:00 AM Bo <b@x.com> wrote:\n> old`)).toBe(dismissalKey(a));
  });
});
