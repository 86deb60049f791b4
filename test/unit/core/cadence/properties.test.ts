import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStatus, settleNextStep } from '../../../../src/core/cadence';
import type { CadenceSettings, Prospect, Touch } from '../../../../src/core/model';
import { DEFAULT_CADENCE } from '../../../../src/core/model';
import { touchRole } from '../../../../src/core/timeline';
import { wallClock } from './helpers';

// Invariants of issue 3, checked over random timelines, prospects and settings.

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T09:00:00Z');
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo'];
const NUM_RUNS = 300;

const settingsArb: fc.Arbitrary<CadenceSettings> = fc.record({
  stepsDays: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 0, maxLength: 4 }),
  dormantEveryDays: fc.integer({ min: 1, max: 60 }),
  businessDays: fc.boolean(),
  dueHour: fc.integer({ min: 0, max: 23 }),
  timeZone: fc.constantFrom(...ZONES),
  fatigueInARow: fc.integer({ min: 1, max: 5 }),
  fatigueWithinCount: fc.integer({ min: 1, max: 4 }),
  fatigueWithinHours: fc.integer({ min: 1, max: 200 }),
});

const timeArb = fc.integer({ min: NOW - 200 * DAY, max: NOW });

const touchFieldsArb = fc.record({
  channel: fc.constantFrom('email', 'email', 'call', 'linkedin', 'text', 'meeting', 'note'),
  direction: fc.constantFrom('out', 'out', 'in'),
  kind: fc.constantFrom(undefined, 'message', 'auto-reply', 'bounce'),
  voicemail: fc.boolean(),
  pausedUntil: fc.option(fc.integer({ min: NOW - 200 * DAY, max: NOW + 60 * DAY }), { nil: undefined }),
});

/** Touches with distinct times (ties would make "the last touch" depend on input order). */
const touchesArb: fc.Arbitrary<Touch[]> = fc
  .uniqueArray(fc.tuple(timeArb, touchFieldsArb), { selector: ([at]) => at, maxLength: 14 })
  .map((rows) =>
    rows.map(([at, f], i) => {
      const t: Touch = { id: `t${i}`, prospectId: 'p', channel: f.channel as Touch['channel'], direction: f.direction as Touch['direction'], at };
      if (f.kind) t.kind = f.kind as Touch['kind'];
      if (f.channel === 'call') t.voicemail = f.voicemail;
      if (f.kind === 'auto-reply' && f.pausedUntil !== undefined) t.pausedUntil = f.pausedUntil;
      return t;
    }),
  );

const prospectArb: fc.Arbitrary<Prospect> = fc
  .record({
    closed: fc.option(fc.record({ state: fc.constantFrom('won', 'lost', 'do-not-contact'), at: timeArb }), { nil: undefined }),
    snoozedUntil: fc.option(fc.integer({ min: NOW - 30 * DAY, max: NOW + 30 * DAY }), { nil: undefined }),
    snoozedAt: fc.option(timeArb, { nil: undefined }),
    dormantSince: fc.option(timeArb, { nil: undefined }),
    nextStep: fc.option(fc.record({ what: fc.constant('next'), at: fc.integer({ min: NOW - 60 * DAY, max: NOW + 30 * DAY }), createdAt: timeArb }), { nil: undefined }),
    ghostings: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    createdAt: timeArb,
  })
  .map((f) => {
    const p: Prospect = { id: 'p', account: 'me@x.test', addresses: ['a@x.test'], createdAt: f.createdAt };
    for (const [k, v] of Object.entries(f)) if (v !== undefined) (p as unknown as Record<string, unknown>)[k] = v;
    return p;
  });

const openProspectArb = prospectArb.map(({ closed: _c, ...p }) => p as Prospect);
/** Mostly plain prospects (no next step, snooze or dormancy), so timeline rules are exercised often. */
const mostlyPlainArb: fc.Arbitrary<Prospect> = fc.oneof(
  { arbitrary: timeArb.map((createdAt): Prospect => ({ id: 'p', account: 'me@x.test', addresses: ['a@x.test'], createdAt })), weight: 2 },
  { arbitrary: openProspectArb, weight: 1 },
);

describe('cadence invariants', () => {
  it('never makes a do-not-contact prospect due, whatever else holds', () => {
    fc.assert(
      fc.property(prospectArb, touchesArb, settingsArb, (p, touches, s) => {
        const st = computeStatus({ ...p, closed: { state: 'do-not-contact', at: NOW - DAY } }, touches, s, NOW);
        expect(st.kind).toBe('do-not-contact');
        expect(st.dueAt).toBeNull();
        expect(st.recommendation).toBe('none');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never follows an inbound reply with `due` without a newer outbound touch, meeting or passed next step', () => {
    fc.assert(
      fc.property(mostlyPlainArb, touchesArb, settingsArb, (p, touches, s) => {
        const replies = touches.filter((t) => touchRole(t) === 'reply');
        if (!replies.length) return;
        const lastReply = Math.max(...replies.map((t) => t.at));
        const newerContact = touches.some((t) => t.at > lastReply && (touchRole(t) === 'outbound' || touchRole(t) === 'meeting'));
        const passedStep = p.nextStep !== undefined && p.nextStep.at <= NOW;
        if (newerContact || passedStep) return;
        expect(computeStatus(p, touches, s, NOW).kind).not.toBe('due');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never puts a due instant on a weekend when business days are on, and always at the due hour', () => {
    fc.assert(
      fc.property(openProspectArb, touchesArb, settingsArb, (p, touches, s) => {
        const settings = { ...s, businessDays: true };
        const st = computeStatus(p, touches, settings, NOW);
        if (st.kind === 'snoozed' || st.dueAt === null) return; // a snooze ends when the user said
        const wall = wallClock(st.dueAt, settings.timeZone);
        expect(['Sat', 'Sun']).not.toContain(wall.weekday);
        expect([wall.hour, wall.minute]).toEqual([settings.dueHour, 0]);
      }),
      {
        numRuns: NUM_RUNS,
        // Regression (#14): a zero-day step from a Saturday touch fell due that Saturday.
        examples: [[
          { id: 'p', account: 'me@x.test', addresses: ['a@x.test'], createdAt: Date.parse('2026-11-01T00:00:00Z') },
          [{ id: 't0', prospectId: 'p', channel: 'email', direction: 'out', at: Date.parse('2026-11-21T06:00:00Z') }],
          { ...DEFAULT_CADENCE, stepsDays: [0], businessDays: true, dueHour: 9, timeZone: 'UTC' },
        ]],
      },
    );
  });

  it('never moves a due instant earlier than a contact touch just added', () => {
    // Notes and bounces are records, not contacts: they do not touch the clock (see touch-role.ts).
    fc.assert(
      fc.property(mostlyPlainArb, touchesArb, touchFieldsArb, timeArb, settingsArb, (p, touches, f, at, s) => {
        if (touches.some((t) => t.at === at)) return;
        const added: Touch = { id: 'added', prospectId: 'p', channel: f.channel as Touch['channel'], direction: f.direction as Touch['direction'], at };
        if (f.kind) added.kind = f.kind as Touch['kind'];
        if (f.kind === 'auto-reply' && f.pausedUntil !== undefined) added.pausedUntil = f.pausedUntil;
        const role = touchRole(added);
        if (role === 'record' || role === 'bounce') {
          expect(computeStatus(p, [...touches, added], s, NOW).dueAt).toBe(computeStatus(p, touches, s, NOW).dueAt);
          return;
        }
        const st = computeStatus(p, [...touches, added], s, NOW);
        if (st.dueAt !== null) expect(st.dueAt).toBeGreaterThanOrEqual(at);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not depend on touch order or duplicates', () => {
    fc.assert(
      fc.property(prospectArb, touchesArb, settingsArb, fc.integer(), (p, touches, s, seed) => {
        const shuffled = [...touches, ...touches.filter((_, i) => i % 2 === 0)].sort((a, b) => ((a.at ^ seed) % 7) - ((b.at ^ seed) % 7));
        expect(computeStatus(p, shuffled, s, NOW)).toEqual(computeStatus(p, touches, s, NOW));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps the status consistent with itself', () => {
    fc.assert(
      fc.property(prospectArb, touchesArb, settingsArb, (p, touches, s) => {
        const st = computeStatus(p, touches, s, NOW);
        expect(st.reason.length).toBeGreaterThan(0);
        expect(st.reason).not.toMatch(/undefined|NaN|\n/);
        if (st.overdue) expect(st.kind).toBe('due');
        if (st.kind === 'due') expect(st.dueAt!).toBeLessThanOrEqual(NOW);
        if (st.kind === 'waiting') expect(st.dueAt!).toBeGreaterThan(NOW);
        if (['won', 'lost', 'do-not-contact', 'replied'].includes(st.kind)) expect(st.dueAt).toBeNull();
        if (st.kind === 'snoozed') expect(st.dueAt).toBe(p.snoozedUntil);
        expect(st.ghostings).toBeGreaterThanOrEqual(p.ghostings ?? 0);
        expect(st.ghostings).toBeLessThanOrEqual((p.ghostings ?? 0) + 1);
        if (st.pausedUntil !== undefined) expect(st.pausedUntil).toBeGreaterThan(NOW);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('settles a next step once: a second call changes nothing', () => {
    fc.assert(
      fc.property(prospectArb, touchesArb, fc.integer({ min: NOW - 30 * DAY, max: NOW + 60 * DAY }), (p, touches, now) => {
        const once = settleNextStep(p, touches, now);
        expect(settleNextStep(once, touches, now)).toBe(once);
        if (!once.nextStep) expect(settleNextStep(once, touches, now + 90 * DAY)).toBe(once);
        expect((once.ghostings ?? 0) - (p.ghostings ?? 0)).toBeGreaterThanOrEqual(0);
        expect((once.ghostings ?? 0) - (p.ghostings ?? 0)).toBeLessThanOrEqual(1);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('status with default settings', () => {
  it('counts the same ghostings before and after settling', () => {
    fc.assert(
      fc.property(openProspectArb, touchesArb, (p, touches) => {
        const before = computeStatus(p, touches, DEFAULT_CADENCE, NOW);
        const after = computeStatus(settleNextStep(p, touches, NOW), touches, DEFAULT_CADENCE, NOW);
        expect(after.ghostings).toBe(before.ghostings);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
