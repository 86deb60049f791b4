import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyInbound } from '../../../../src/core/timeline';

const DAY = 86_400_000;
const pieces = ['Out of office', 'back on', 'until', 'bis zum', "jusqu'au", 'hasta el', '14 December', '12/14', '14.12.2026', '2027-01-05', '3 de marzo', 'Monday', 'lundi', ' ', '\n', '31/02', '0.0', 'I am out of the office.'];

describe('classifyInbound invariants', () => {
  it('pauses an auto-reply for more than nothing and at most 30 days, on any wording', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 20 }).map((a) => a.join(' ')),
        fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-01-01') }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', undefined),
        (text, receivedAt, timeZone) => {
          const c = classifyInbound({ subject: 'Automatic reply', body: text, from: 'a@b.c', receivedAt, ...(timeZone ? { timeZone } : {}) });
          expect(c.kind).toBe('auto-reply');
          expect(c.pausedUntil!).toBeGreaterThan(receivedAt);
          expect(c.pausedUntil!).toBeLessThanOrEqual(receivedAt + 30 * DAY);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never calls something a message and an auto-reply at once, and never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 400 }), fc.string(), (subject, body, from) => {
        const c = classifyInbound({ subject, body, from, receivedAt: 0 });
        expect(['message', 'auto-reply', 'bounce']).toContain(c.kind);
        expect(c.pausedUntil === undefined).toBe(c.kind !== 'auto-reply');
      }),
      { numRuns: 300 },
    );
  });
});
