// The tone coach on hostile text (issue 10): random drafts and 100 KB
// adversarial ones. It never throws, every finding points at the draft's (or
// the subject's) own text, and its time grows with the draft's length, not with its square.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, type ToneReport } from '../../../src/core/tone';

function checkSafely(draft: string, subject?: string): ToneReport {
  let report!: ToneReport;
  expect(() => (report = checkDraft(draft, undefined, subject === undefined ? {} : { subject }))).not.toThrow();
  for (const f of report.findings) {
    // A subject's finding points into the subject, a body's into the draft.
    const text = f.field === 'subject' ? subject! : draft;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  return report;
}

const phrases = [
  'just checking in', 'per my last email', "I guess you don't want to work with me", 'bumping this', 'as I said before',
  'This is my last email.', '> On Monday, Dana wrote:', '-- \nSam', 'Sent from my iPhone', '\n\n', '   ', '!!!', '???', '<b>', '&nbsp;',
];
const draftText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
);

export const TONE_FUZZ = { random: 400 };

/** 100 KB drafts built to hurt a regex engine or a quadratic scan. */
export function adversarialDrafts(size = 100_000): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'one long word': fill('a'),
    'only spaces': fill(' '),
    'only newlines': fill('\n'),
    'quote markers': fill('> '),
    'a reply chain': fill('> On Monday, Dana wrote:\n'),
    'signature dashes': fill('-- \n'),
    'passive phrase, repeated': fill('just checking in '),
    'scolding phrase, repeated': fill('per my last email, '),
    'break-up phrase, repeated': fill("I guess you don't want to work with me. "),
    'almost a phrase': fill('just checkin '),
    'punctuation': fill('!?.,;:'),
    'emoji and combining marks': fill('\u{1F600}e\u0301\u200d'),
    'unbalanced quotes': fill('"\u201c\u2018'),
    'one sentence, no stop': fill('word and '),
  };
}

describe('the tone coach on hostile text', () => {
  it(`random drafts and subjects: never throws, findings point into the draft (${TONE_FUZZ.random} cases)`, () => {
    fc.assert(
      fc.property(draftText, fc.option(fc.string({ maxLength: 200 }), { nil: undefined }), (draft, subject) => {
        checkSafely(draft, subject);
      }),
      { numRuns: TONE_FUZZ.random },
    );
  });

  for (const [name, draft] of Object.entries(adversarialDrafts())) {
    it(`100 KB adversarial draft: ${name}`, () => {
      const t0 = performance.now();
      checkSafely(draft, draft.slice(0, 2000));
      // A linear pass over 100 KB takes milliseconds; this catches seconds (shared cores, so loose).
      expect(performance.now() - t0).toBeLessThan(2500);
    });
  }

  it('time grows about linearly: 8x the text takes nowhere near 64x the time', () => {
    const time = (draft: string) => {
      checkDraft(draft); // warm up
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) checkDraft(draft);
      return (performance.now() - t0) / 3;
    };
    for (const make of [(n: number) => 'just checking in, per my last email. '.repeat(n), (n: number) => '> quoted line\n'.repeat(n), (n: number) => 'a'.repeat(n * 30)]) {
      const small = time(make(400));
      const large = time(make(3200));
      expect(large).toBeLessThan(Math.max(small, 0.5) * 40);
    }
  });
});
