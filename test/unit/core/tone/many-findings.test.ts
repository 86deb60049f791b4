import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';

describe('a draft that is one long wall of trigger phrases', () => {
  it('gives one finding per phrase, each pointing at it, and keeps every span inside the draft', () => {
    const draft = 'checking in '.repeat(2000) + 'per my last email, '.repeat(500);
    const { findings } = checkDraft(draft);
    const passive = findings.filter((f) => f.category === 'passive');
    const scolding = findings.filter((f) => f.category === 'scolding');
    expect(passive.length).toBeGreaterThan(1000);
    expect(scolding.length).toBeGreaterThan(200);
    for (const f of findings) {
      expect(f.text).toBe(draft.slice(f.start, f.end));
      expect(f.end).toBeLessThanOrEqual(draft.length);
    }
    // Findings of one category never overlap.
    for (const list of [passive, scolding]) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
  });
});

describe('sarcasm about their silence', () => {
  it.each([
    "Hi Chris, I'm starting to feel like I'm talking to a wall here. Anyway.",
    'Hi Chris, it feels like shouting into the void at this point.',
    "Hi Chris, should I take your silence as a no?",
  ])('reads %s as a bitter break-up', (draft) => {
    const report = checkDraft(draft);
    expect(report.findings.some((f) => f.category === 'breakup' && f.severity === 'strong')).toBe(true);
  });

  it('leaves walls and voids that are not about them alone', () => {
    expect(checkDraft('Hi Chris, the mural on the brick wall behind your stand was a great touch. Coffee Tuesday at 10?').findings).toEqual([]);
  });
});
