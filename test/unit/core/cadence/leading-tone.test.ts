// With several recipients, the prospect furthest along the cadence sets the
// tone check's severity (#17).
import { describe, expect, it } from 'vitest';
import { leadingToneIndex } from '../../../../src/core/cadence';
import { checkDraft } from '../../../../src/core/tone';
import type { ToneContext } from '../../../../src/core/model';

const ctx = (over: Partial<ToneContext> = {}): ToneContext => ({ touchesSoFar: 1, unansweredInRow: 1, ghostings: 0, daysSinceLastReply: null, cadenceSpent: false, fatigueTripped: false, ...over });

describe('leadingToneIndex', () => {
  it('is -1 with no prospect, 0 with one', () => {
    expect(leadingToneIndex([])).toBe(-1);
    expect(leadingToneIndex([ctx()])).toBe(0);
  });

  it('picks a spent cadence over any number of touches', () => {
    expect(leadingToneIndex([ctx({ touchesSoFar: 9 }), ctx({ touchesSoFar: 4, cadenceSpent: true })])).toBe(1);
  });

  it('then the most touches, the longest unanswered run, the most ghostings', () => {
    expect(leadingToneIndex([ctx({ touchesSoFar: 2 }), ctx({ touchesSoFar: 5 }), ctx({ touchesSoFar: 3 })])).toBe(1);
    expect(leadingToneIndex([ctx({ touchesSoFar: 3, unansweredInRow: 1 }), ctx({ touchesSoFar: 3, unansweredInRow: 3 })])).toBe(1);
    expect(leadingToneIndex([ctx({ ghostings: 0 }), ctx({ ghostings: 0 }), ctx({ ghostings: 2 })])).toBe(2);
  });

  it('keeps the first recipient on a tie, whatever the order of the rest', () => {
    expect(leadingToneIndex([ctx({ touchesSoFar: 4 }), ctx({ touchesSoFar: 4 })])).toBe(0);
    expect(leadingToneIndex([ctx({ touchesSoFar: 1 }), ctx({ touchesSoFar: 4 }), ctx({ touchesSoFar: 4 })])).toBe(1);
  });

  it('decides the severity of a polite close sent to a new and a spent prospect alike', () => {
    const close = 'Hi both,\n\nSince I have not heard back, I will close the file on this for now. If things change, my door is open.\n\nSam';
    const fresh = ctx({ touchesSoFar: 1 });
    const spent = ctx({ touchesSoFar: 6, unansweredInRow: 6, cadenceSpent: true });
    const alone = checkDraft(close, fresh);
    const lead = [fresh, spent][leadingToneIndex([fresh, spent])];
    const together = checkDraft(close, lead);
    const breakup = (r: ReturnType<typeof checkDraft>) => r.findings.filter((f) => f.category === 'breakup').map((f) => f.severity);
    expect(breakup(alone)).toContain('strong');
    expect(breakup(together).length).toBeGreaterThan(0);
    expect(breakup(together)).not.toContain('strong');
  });
});
