import { describe, expect, it } from 'vitest';
import { allRules } from '../../../../src/core/tone/rules';
import { RULE_TEXT } from '../../../../src/core/tone/rules/catalogue';

describe('rule catalogue (the options page text)', () => {
  it('has the text of every rule and of no other', () => {
    const ids = allRules.map((r) => r.id);
    expect(Object.keys(RULE_TEXT).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const text = RULE_TEXT[id]!;
      expect(text.title, id).not.toBe('');
      expect(text.description, id).not.toBe('');
    }
  });

  it('lists only a "better" that differs from the finding\'s own suggestion', () => {
    for (const r of allRules) {
      const better = RULE_TEXT[r.id]?.better;
      if (better !== undefined) expect(better, r.id).not.toBe(r.suggestion);
    }
  });
});
