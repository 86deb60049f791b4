import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../../../src/core/cadence';
import type { CadenceSettings } from '../../../../src/core/model';
import { BERLIN, at, prospect, reply, touch } from './helpers';

// "Now" is Wednesday 25 Nov 2026, 10:00 in Berlin. Business days on, due at 09:00.
const NOW = at('2026-11-25T09:00:00Z');
const status = (p = prospect(), touches = [touch('2026-11-23T14:00:00Z')], settings: CadenceSettings = BERLIN, now = NOW) =>
  computeStatus(p, touches, settings, now);

describe('the chase: steps after the last unanswered outbound touch', () => {
  it('waits for step 1, three business days after the first email', () => {
    const s = status(prospect(), [touch('2026-11-23T14:00:00Z')]); // Mon 15:00
    expect(s).toMatchObject({ kind: 'waiting', step: 1, recommendation: 'follow-up', overdue: false, dueAt: at('2026-11-26T08:00:00Z') });
    expect(s.reason).toBe('You wrote 2 days ago, no reply; step 1 of 3 is due tomorrow');
    expect(s.lastTouch).toEqual({ at: at('2026-11-23T14:00:00Z'), channel: 'email', direction: 'out' });
  });

  it('is due today at the due hour, not overdue', () => {
    const s = status(prospect(), [touch('2026-11-20T10:00:00Z')]); // Fri → Wed
    expect(s).toMatchObject({ kind: 'due', overdue: false, dueAt: at('2026-11-25T08:00:00Z') });
    expect(s.reason).toBe('You wrote 3 business days ago, no reply; step 1 of 3 is due today');
  });

  it('is overdue once the due day has passed', () => {
    const s = status(prospect(), [touch('2026-11-19T10:00:00Z')]); // Thu → Tue
    expect(s).toMatchObject({ kind: 'due', overdue: true, step: 1, dueAt: at('2026-11-24T08:00:00Z') });
    expect(s.reason).toBe('You wrote 4 business days ago, no reply; step 1 of 3 was due yesterday');
  });

  it('counts step 2 from the previous follow-up', () => {
    const s = status(prospect(), [touch('2026-11-09T10:00:00Z'), touch('2026-11-12T10:00:00Z')]);
    expect(s).toMatchObject({ kind: 'due', step: 2, overdue: true, dueAt: at('2026-11-23T08:00:00Z') });
    expect(s.reason).toBe('You wrote 9 business days ago; step 2 of 3 was due Monday');
  });

  it('moves a zero-day step counted from a weekend touch to Monday when business days are on (#14)', () => {
    // The counterexample fast-check found: stepsDays [0], a Saturday touch
    // before the due hour fell due that same Saturday.
    const zero = { ...BERLIN, stepsDays: [0] };
    const sat = status(prospect(), [touch('2026-11-21T06:00:00Z')], zero, at('2026-11-21T07:00:00Z')); // Sat 07:00 → Mon 09:00
    expect(sat).toMatchObject({ kind: 'waiting', dueAt: at('2026-11-23T08:00:00Z') });
    const sun = status(prospect(), [touch('2026-11-22T20:00:00Z')], zero, at('2026-11-22T21:00:00Z')); // Sun 21:00 → Mon 09:00
    expect(sun.dueAt).toBe(at('2026-11-23T08:00:00Z'));
    const fri = status(prospect(), [touch('2026-11-20T06:00:00Z')], zero, at('2026-11-20T07:00:00Z')); // Fri 07:00 → Fri 09:00
    expect(fri.dueAt).toBe(at('2026-11-20T08:00:00Z'));
  });

  it('counts calendar days and allows weekends when business days are off', () => {
    const s = status(prospect(), [touch('2026-11-19T10:00:00Z')], { ...BERLIN, businessDays: false });
    expect(s.dueAt).toBe(at('2026-11-22T08:00:00Z')); // Sunday 09:00
    expect(s.reason).toBe('You wrote 6 days ago, no reply; step 1 of 3 was due Sunday');
  });

  it('honours the due hour and a per-prospect cadence', () => {
    const s = status(prospect({ cadence: { stepsDays: [1, 2] } }), [touch('2026-11-23T14:00:00Z')], { ...BERLIN, dueHour: 14 }, at('2026-11-24T09:00:00Z'));
    expect(s).toMatchObject({ kind: 'waiting', dueAt: at('2026-11-24T13:00:00Z') });
    expect(s.reason).toBe('You wrote yesterday, no reply; step 1 of 2 is due today');
    const spent = status(prospect({ cadence: { stepsDays: [1, 2], dormantEveryDays: 10 } }), [touch('2026-11-02T10:00:00Z'), touch('2026-11-03T10:00:00Z'), touch('2026-11-05T10:00:00Z')]);
    expect(spent).toMatchObject({ kind: 'dormant', dueAt: at('2026-11-16T08:00:00Z') }); // Sun 15th moved to Monday
  });

  it('reads touches in any order and ignores duplicates', () => {
    const a = touch('2026-11-09T10:00:00Z');
    const b = touch('2026-11-12T10:00:00Z');
    expect(status(prospect(), [b, a, b, a])).toEqual(status(prospect(), [a, b]));
    expect(status(prospect(), [b, a, b]).fatigue.unansweredInRow).toBe(2);
  });

  it('turns dormant once every step is spent, with a nudge about monthly', () => {
    const spent = [touch('2026-09-01T10:00:00Z'), touch('2026-09-04T10:00:00Z'), touch('2026-09-15T10:00:00Z'), touch('2026-10-05T10:00:00Z')];
    const s = status(prospect(), spent);
    expect(s).toMatchObject({ kind: 'dormant', step: 0, recommendation: 'nurture', dueAt: at('2026-11-04T08:00:00Z') });
    expect(s.reason).toBe('Dormant: a light touch with something new is due');
    const waiting = status(prospect(), spent, BERLIN, at('2026-10-20T09:00:00Z'));
    expect(waiting).toMatchObject({ kind: 'dormant', recommendation: 'none' });
    expect(waiting.reason).toBe('Dormant: next light touch Wed 4 Nov');
  });

  it('starts a prospect with no touch at all as due for a first touch', () => {
    const s = status(prospect({ createdAt: at('2026-11-24T15:00:00Z') }), []);
    expect(s).toMatchObject({ kind: 'due', step: 0, recommendation: 'follow-up', dueAt: at('2026-11-25T08:00:00Z') });
    expect(s.reason).toBe('New prospect, no touch yet: a first touch is due today');
    const added = status(prospect({ createdAt: at('2026-11-25T08:30:00Z') }), [touch('2026-11-25T08:40:00Z', { channel: 'note' })]);
    expect(added).toMatchObject({ kind: 'waiting', dueAt: at('2026-11-26T08:00:00Z') });
  });
});

describe('what ends, restarts or pauses the chase', () => {
  it('owes an answer when they replied last, on any channel', () => {
    for (const [channel, verb] of [['email', 'replied'], ['call', 'called'], ['linkedin', 'replied on LinkedIn'], ['text', 'texted']] as const) {
      const s = status(prospect(), [touch('2026-11-16T10:00:00Z'), reply('2026-11-23T10:00:00Z', { channel })]);
      expect(s).toMatchObject({ kind: 'replied', dueAt: null, step: 0, recommendation: 'reply', lastInboundAt: at('2026-11-23T10:00:00Z') });
      expect(s.reason).toBe(`Dana ${verb} 2 days ago: you owe an answer`);
    }
    expect(status(prospect({ name: undefined }), [reply('2026-11-25T07:00:00Z')]).reason).toBe('They replied today: you owe an answer');
  });

  it('starts a new chase at step 1 when the user answers', () => {
    const s = status(prospect(), [touch('2026-11-02T10:00:00Z'), touch('2026-11-05T10:00:00Z'), reply('2026-11-20T10:00:00Z'), touch('2026-11-23T14:00:00Z')]);
    expect(s).toMatchObject({ kind: 'waiting', step: 1, dueAt: at('2026-11-26T08:00:00Z'), fatigue: { unansweredInRow: 1, tripped: false } });
  });

  it('treats a note as a record: it never restarts the clock', () => {
    const without = status(prospect(), [touch('2026-11-19T10:00:00Z')]);
    const withNote = status(prospect(), [touch('2026-11-19T10:00:00Z'), touch('2026-11-24T10:00:00Z', { channel: 'note', note: 'Saw their funding news' })]);
    expect(withNote).toEqual(without);
  });

  it('restarts the clock on every outbound channel, calls without a voicemail included', () => {
    for (const fields of [{ channel: 'call' as const }, { channel: 'call' as const, voicemail: true }, { channel: 'linkedin' as const }, { channel: 'text' as const }]) {
      const s = status(prospect(), [touch('2026-11-02T10:00:00Z'), touch('2026-11-23T14:00:00Z', fields)]);
      expect(s).toMatchObject({ kind: 'waiting', step: 2, dueAt: at('2026-12-02T08:00:00Z'), fatigue: { unansweredInRow: 2 } });
    }
    expect(status(prospect(), [touch('2026-11-20T10:00:00Z', { channel: 'call', voicemail: true })]).reason).toMatch(/^You left a voicemail 3 business days ago/);
  });

  it('treats a meeting as engagement: the chase ends and a follow-up is owed after the first step', () => {
    const s = status(prospect(), [touch('2026-11-02T10:00:00Z'), touch('2026-11-05T10:00:00Z'), touch('2026-11-12T10:00:00Z'), touch('2026-11-23T14:00:00Z', { channel: 'meeting' })]);
    expect(s).toMatchObject({ kind: 'waiting', step: 1, dueAt: at('2026-11-26T08:00:00Z'), fatigue: { unansweredInRow: 0, tripped: false }, recommendation: 'follow-up' });
    expect(s.reason).toBe('You met 2 days ago; a follow-up is due tomorrow');
    expect(s.lastInboundAt).toBeUndefined();
  });

  it('pauses on an out-of-office reply until the return day, which is not a reply', () => {
    const s = status(prospect(), [touch('2026-11-19T10:00:00Z'), reply('2026-11-19T10:05:00Z', { kind: 'auto-reply', pausedUntil: at('2026-11-29T23:00:00Z') })]);
    expect(s).toMatchObject({ kind: 'waiting', pausedUntil: at('2026-11-29T23:00:00Z'), dueAt: at('2026-11-30T08:00:00Z'), step: 1 });
    expect(s.lastInboundAt).toBeUndefined();
    expect(s.reason).toBe('Out of office; back Monday');
  });

  it('resumes the cadence once the pause is over, and caps a pause at 30 days', () => {
    const over = status(prospect(), [touch('2026-11-12T10:00:00Z'), reply('2026-11-12T10:05:00Z', { kind: 'auto-reply', pausedUntil: at('2026-11-15T23:00:00Z') })]);
    expect(over).toMatchObject({ kind: 'due', overdue: true, dueAt: at('2026-11-17T08:00:00Z') });
    expect(over.pausedUntil).toBeUndefined();
    const capped = status(prospect(), [touch('2026-11-24T10:00:00Z'), reply('2026-11-24T10:05:00Z', { kind: 'auto-reply', pausedUntil: at('2027-06-01T00:00:00Z') })]);
    expect(capped.pausedUntil).toBe(at('2026-12-24T10:05:00Z'));
    const unstated = status(prospect(), [touch('2026-11-24T10:00:00Z'), reply('2026-11-24T10:05:00Z', { kind: 'auto-reply' })]);
    expect(unstated.pausedUntil).toBe(at('2026-12-08T10:05:00Z'));
  });

  it('does not count a bounce as a reply, and suggests another channel', () => {
    const s = status(prospect(), [touch('2026-11-19T10:00:00Z'), reply('2026-11-19T10:01:00Z', { kind: 'bounce' })]);
    expect(s).toMatchObject({ kind: 'due', recommendation: 'change-channel', step: 1 });
    expect(s.reason).toMatch(/your last email bounced: try another address or channel$/);
    const resent = status(prospect(), [touch('2026-11-19T10:00:00Z'), reply('2026-11-19T10:01:00Z', { kind: 'bounce' }), touch('2026-11-20T10:00:00Z')]);
    expect(resent.recommendation).toBe('follow-up');
    const allBad = status(prospect({ badAddresses: ['dana@acme.test'] }), [touch('2026-11-19T10:00:00Z')]);
    expect(allBad.reason).toMatch(/every address bounced/);
  });
});

describe('fatigue guard', () => {
  it('trips at three unanswered in a row', () => {
    const s = status(prospect(), [touch('2026-10-26T10:00:00Z'), touch('2026-10-29T10:00:00Z', { channel: 'call' }), touch('2026-11-05T10:00:00Z')]);
    expect(s).toMatchObject({ kind: 'due', step: 3, recommendation: 'change-channel', fatigue: { unansweredInRow: 3, tripped: true } });
    expect(s.reason).toBe('You wrote 14 business days ago; step 3 of 3 is due today; 3 unanswered in a row: try another channel or angle');
  });

  it('trips while two unanswered touches fall within the last 72 hours', () => {
    const burst = [touch('2026-11-23T10:00:00Z'), touch('2026-11-24T10:00:00Z', { channel: 'call' })];
    expect(status(prospect(), burst).fatigue).toEqual({ unansweredInRow: 2, tripped: true });
    expect(status(prospect(), burst, BERLIN, at('2026-11-27T11:00:00Z')).fatigue.tripped).toBe(false);
  });

  it('does not trip when following the default cadence', () => {
    const s = status(prospect(), [touch('2026-11-16T10:00:00Z'), touch('2026-11-19T08:05:00Z')], BERLIN, at('2026-11-19T08:10:00Z'));
    expect(s.fatigue.tripped).toBe(true); // two within 72 h right after sending …
    expect(status(prospect(), [touch('2026-11-16T10:00:00Z'), touch('2026-11-19T08:05:00Z')]).fatigue.tripped).toBe(false); // … not days later
  });

  it('resets on a reply or a meeting, not on an auto-reply or a note', () => {
    const run = [touch('2026-11-02T10:00:00Z'), touch('2026-11-05T10:00:00Z')];
    expect(status(prospect(), [...run, reply('2026-11-06T10:00:00Z'), touch('2026-11-09T10:00:00Z')]).fatigue.unansweredInRow).toBe(1);
    expect(status(prospect(), [...run, touch('2026-11-06T10:00:00Z', { channel: 'meeting', direction: 'in' }), touch('2026-11-09T10:00:00Z')]).fatigue.unansweredInRow).toBe(1);
    expect(status(prospect(), [...run, reply('2026-11-06T10:00:00Z', { kind: 'auto-reply' }), touch('2026-11-09T10:00:00Z', { channel: 'note' }), touch('2026-11-10T10:00:00Z')]).fatigue).toEqual({ unansweredInRow: 3, tripped: true });
  });
});

describe('next steps and ghostings', () => {
  const agreed = at('2026-11-16T10:00:00Z');
  it('lets an agreed next step drive the due instant over the cadence', () => {
    const p = prospect({ nextStep: { what: 'send the proposal', at: at('2026-11-30T11:00:00Z'), createdAt: agreed } });
    const s = status(p, [touch('2026-11-16T09:00:00Z', { channel: 'meeting' }), touch('2026-11-17T10:00:00Z')]);
    expect(s).toMatchObject({ kind: 'waiting', dueAt: at('2026-12-01T08:00:00Z'), ghostings: 0, recommendation: 'follow-up' });
    expect(s.reason).toBe('Next step Tuesday: send the proposal');
  });

  it('counts a passed next step with no touch from them as a pending ghosting', () => {
    const p = prospect({ ghostings: 0, nextStep: { what: 'demo call', at: at('2026-11-20T14:00:00Z'), createdAt: agreed } });
    const s = status(p, [touch('2026-11-16T09:00:00Z', { channel: 'meeting' })]);
    expect(s).toMatchObject({ kind: 'due', overdue: true, ghostings: 1, recommendation: 'follow-up', dueAt: at('2026-11-23T08:00:00Z') });
    expect(s.reason).toBe('Next step "demo call" passed Friday with no word from them');
  });

  it('does not count a ghosting within a day of the step, nor when they were in touch', () => {
    const p = prospect({ nextStep: { what: 'demo call', at: at('2026-11-24T14:00:00Z'), createdAt: agreed } });
    expect(status(p, []).ghostings).toBe(0);
    const met = prospect({ nextStep: { what: 'demo call', at: at('2026-11-20T14:00:00Z'), createdAt: agreed } });
    expect(status(met, [touch('2026-11-20T14:00:00Z', { channel: 'meeting' })]).ghostings).toBe(0);
  });

  it('recommends moving to dormant at two ghostings', () => {
    const p = prospect({ ghostings: 1, nextStep: { what: 'contract back', at: at('2026-11-20T14:00:00Z'), createdAt: agreed } });
    const s = status(p, [touch('2026-11-16T09:00:00Z')]);
    expect(s).toMatchObject({ ghostings: 2, recommendation: 'move-to-dormant' });
    expect(s.reason).toMatch(/ghosted 2 times: consider letting it rest \(dormant\)$/);
  });

  it('hands back to the cadence once a touch overtakes the next step', () => {
    const p = prospect({ nextStep: { what: 'demo call', at: at('2026-11-20T14:00:00Z'), createdAt: agreed } });
    const s = status(p, [touch('2026-11-23T14:00:00Z')]);
    expect(s).toMatchObject({ kind: 'waiting', step: 1, dueAt: at('2026-11-26T08:00:00Z'), ghostings: 1 });
  });
});

describe('snooze, dormancy and closed states', () => {
  const chased = [touch('2026-11-12T10:00:00Z')];
  it('is snoozed until the instant chosen, then resumes no earlier than that', () => {
    const p = prospect({ snoozedUntil: at('2026-11-30T07:00:00Z'), snoozedAt: at('2026-11-20T10:00:00Z') });
    const s = status(p, chased);
    expect(s).toMatchObject({ kind: 'snoozed', dueAt: at('2026-11-30T07:00:00Z'), recommendation: 'none', step: 0 });
    expect(s.reason).toBe('Snoozed until Mon 30 Nov');
    const after = status(p, chased, BERLIN, at('2026-11-30T09:00:00Z'));
    expect(after).toMatchObject({ kind: 'due', dueAt: at('2026-11-30T08:00:00Z'), overdue: false });
  });

  it('wakes from a snooze when they reply after it was set', () => {
    const p = prospect({ snoozedUntil: at('2026-11-30T07:00:00Z'), snoozedAt: at('2026-11-20T10:00:00Z') });
    expect(status(p, [...chased, reply('2026-11-24T10:00:00Z')]).kind).toBe('replied');
    expect(status(p, [...chased, reply('2026-11-19T10:00:00Z')]).kind).toBe('snoozed');
  });

  it('stays dormant when the user moved it there, until they reply', () => {
    const p = prospect({ dormantSince: at('2026-11-13T10:00:00Z') });
    expect(status(p, chased)).toMatchObject({ kind: 'dormant', dueAt: at('2026-12-14T08:00:00Z'), recommendation: 'none' });
    expect(status(p, [...chased, reply('2026-11-24T10:00:00Z')]).kind).toBe('replied');
    expect(status(p, [...chased, reply('2026-11-24T10:00:00Z'), touch('2026-11-24T12:00:00Z')])).toMatchObject({ kind: 'waiting', step: 1 });
  });

  it.each([
    ['won', 'Won on Fri 20 Nov: no more nudges'],
    ['lost', 'Lost on Fri 20 Nov: no more nudges'],
    ['do-not-contact', 'Do not contact: never nudged again'],
  ] as const)('closed as %s wins over everything', (state, reason) => {
    const p = prospect({ closed: { state, at: at('2026-11-20T10:00:00Z') }, snoozedUntil: at('2026-12-20T10:00:00Z'), nextStep: { what: 'x', at: at('2026-11-21T10:00:00Z'), createdAt: at('2026-11-10T10:00:00Z') } });
    const s = status(p, [...chased, reply('2026-11-24T10:00:00Z')]);
    expect(s).toMatchObject({ kind: state, dueAt: null, overdue: false, step: 0, recommendation: 'none', reason });
  });
});

describe('overdue is measured against the start of today in the user zone', () => {
  const chase = [touch('2026-11-19T10:00:00Z')]; // step 1 due Tue 24 Nov 09:00 Berlin
  it.each([
    ['23:30 Tuesday in Berlin', '2026-11-24T22:30:00Z', BERLIN, false],
    ['00:30 Wednesday in Berlin', '2026-11-24T23:30:00Z', BERLIN, true],
    ['23:30 Tuesday UTC', '2026-11-24T23:30:00Z', { ...BERLIN, timeZone: 'UTC' }, false],
  ] as const)('%s', (_name, now, settings, overdue) => {
    const s = status(prospect(), chase, settings, at(now));
    expect(s.kind).toBe('due');
    expect(s.overdue).toBe(overdue);
  });
});

describe('due instants through daylight-saving changes, end to end', () => {
  it.each([
    ['Europe/Berlin', '2026-03-26T14:00:00Z', '2026-03-31T07:00:00Z'],
    ['Europe/Berlin', '2026-10-22T14:00:00Z', '2026-10-27T08:00:00Z'],
    ['America/New_York', '2026-03-05T15:00:00Z', '2026-03-10T13:00:00Z'],
    ['America/New_York', '2026-10-29T15:00:00Z', '2026-11-03T14:00:00Z'],
  ])('%s: sent %s, step 1 due %s (09:00 local)', (timeZone, sent, due) => {
    const s = status(prospect(), [touch(sent)], { ...BERLIN, timeZone }, at(due) + 3_600_000);
    expect(s).toMatchObject({ kind: 'due', overdue: false, dueAt: at(due) });
    expect(s.reason).toMatch(/step 1 of 3 is due today$/);
  });
});
