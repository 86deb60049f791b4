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
