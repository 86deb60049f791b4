import { describe, expect, it } from 'vitest';
import { settleNextStep, toneContextFor, computeStatus } from '../../../../src/core/cadence';
import { BERLIN, at, prospect, reply, touch } from './helpers';

const step = { what: 'demo call', at: at('2026-11-20T14:00:00Z'), createdAt: at('2026-11-16T10:00:00Z') };

describe('settleNextStep', () => {
  it('leaves a next step that has not passed alone (same object)', () => {
    const p = prospect({ nextStep: step });
    expect(settleNextStep(p, [], at('2026-11-21T10:00:00Z'))).toBe(p); // within the day of grace
    expect(settleNextStep(prospect(), [], at('2026-12-01T10:00:00Z'))).toEqual(prospect());
  });

  it('counts one ghosting and clears the step when it passed with no touch from them', () => {
    const p = prospect({ nextStep: step, ghostings: 1 });
    const once = settleNextStep(p, [touch('2026-11-23T10:00:00Z')], at('2026-11-22T10:00:00Z'));
    expect(once.ghostings).toBe(2);
    expect(once.nextStep).toBeUndefined();
    expect('nextStep' in once).toBe(false);
    const twice = settleNextStep(once, [touch('2026-11-23T10:00:00Z')], at('2026-11-25T10:00:00Z'));
    expect(twice).toBe(once);
  });

  it('clears without a ghosting when they replied or met since it was agreed', () => {
    for (const t of [reply('2026-11-18T10:00:00Z', { channel: 'text' }), touch('2026-11-20T14:00:00Z', { channel: 'meeting' })]) {
      const settled = settleNextStep(prospect({ nextStep: step }), [t], at('2026-11-25T10:00:00Z'));
      expect(settled.nextStep).toBeUndefined();
      expect(settled.ghostings ?? 0).toBe(0);
    }
    // an auto-reply is not them
    const auto = settleNextStep(prospect({ nextStep: step }), [reply('2026-11-18T10:00:00Z', { kind: 'auto-reply' })], at('2026-11-25T10:00:00Z'));
    expect(auto.ghostings).toBe(1);
  });

  it('settles at the step time itself when the user replaces it', () => {
    const p = prospect({ nextStep: step });
    expect(settleNextStep(p, [], at('2026-11-20T15:00:00Z'), { replacing: true }).ghostings).toBe(1);
    expect(settleNextStep(p, [], at('2026-11-20T13:00:00Z'), { replacing: true })).toBe(p);
  });

  it('agrees with computeStatus: the pending ghosting becomes a stored one, never two', () => {
    const p = prospect({ nextStep: step });
    const touches = [touch('2026-11-16T09:00:00Z', { channel: 'meeting' })];
    const now = at('2026-11-25T09:00:00Z');
    const before = computeStatus(p, touches, BERLIN, now);
    const after = computeStatus(settleNextStep(p, touches, now), touches, BERLIN, now);
    expect(before.ghostings).toBe(1);
    expect(after.ghostings).toBe(1);
  });
});

describe('toneContextFor', () => {
  it('reports what the tone coach needs', () => {
    const now = at('2026-11-25T09:00:00Z');
    const touches = [
      touch('2026-10-01T10:00:00Z'),
      reply('2026-10-02T10:00:00Z'),
      touch('2026-11-02T10:00:00Z'),
      touch('2026-11-05T10:00:00Z', { channel: 'call' }),
      touch('2026-11-06T10:00:00Z', { channel: 'note' }),
      touch('2026-11-12T10:00:00Z', { channel: 'linkedin' }),
    ];
    const p = prospect({ ghostings: 1 });
    const status = computeStatus(p, touches, BERLIN, now);
    expect(toneContextFor(p, [...touches, touches[0]!], status, now)).toEqual({
      touchesSoFar: 4,
      unansweredInRow: 3,
      ghostings: 1,
      daysSinceLastReply: 53,
      cadenceSpent: false,
      fatigueTripped: true,
    });
  });

  it('says when the cadence is spent and when they never replied', () => {
    const now = at('2026-11-25T09:00:00Z');
    const touches = ['2026-09-01', '2026-09-04', '2026-09-15', '2026-10-05'].map((d) => touch(`${d}T10:00:00Z`));
    const ctx = toneContextFor(prospect(), touches, computeStatus(prospect(), touches, BERLIN, now), now);
    expect(ctx).toMatchObject({ cadenceSpent: true, daysSinceLastReply: null, touchesSoFar: 4 });
  });
});
