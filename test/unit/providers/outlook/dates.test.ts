import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateOrderFor, parseOutlookDate } from '../../../../src/providers/outlook/dates';
import { LABELS, fullDateText, listDateText } from '../../../fixtures/outlook/labels';

const NOW = new Date(2026, 10, 19, 15, 30).getTime(); // Thursday
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('parseOutlookDate', () => {
  it('reads the full forms of each UI language', () => {
    expect(parseOutlookDate('Thu 11/19/2026 10:02 AM', NOW, 'mdy')).toBe(local(2026, 11, 19, 10, 2));
    expect(parseOutlookDate('Thu 11/19/2026 12:05 AM', NOW, 'mdy')).toBe(local(2026, 11, 19, 0, 5));
    expect(parseOutlookDate('Mon 11/2/2026 12:40 PM', NOW, 'mdy')).toBe(local(2026, 11, 2, 12, 40));
    expect(parseOutlookDate('Do 19.11.2026 10:02', NOW, 'dmy')).toBe(local(2026, 11, 19, 10, 2));
    expect(parseOutlookDate('jeu. 19/11/2026 22:15', NOW, 'dmy')).toBe(local(2026, 11, 19, 22, 15));
    expect(parseOutlookDate('jue 19/11/2026 08:00', NOW, 'dmy')).toBe(local(2026, 11, 19, 8, 0));
    expect(parseOutlookDate('2026-11-19 10:02', NOW)).toBe(local(2026, 11, 19, 10, 2));
  });

  it('takes dots as day-first and swaps an impossible month', () => {
    expect(parseOutlookDate('02.11.2026', NOW, 'mdy')).toBe(local(2026, 11, 2));
    expect(parseOutlookDate('19/11/2026', NOW, 'mdy')).toBe(local(2026, 11, 19));
    expect(parseOutlookDate('11/19/2026', NOW, 'dmy')).toBe(local(2026, 11, 19));
  });

  it('resolves times, "Yesterday" and weekdays against now', () => {
    expect(parseOutlookDate('10:02 AM', NOW, 'mdy')).toBe(local(2026, 11, 19, 10, 2));
    expect(parseOutlookDate('10:02', NOW, 'dmy')).toBe(local(2026, 11, 19, 10, 2));
    expect(parseOutlookDate('Yesterday', NOW)).toBe(local(2026, 11, 18));
    expect(parseOutlookDate('Yesterday 4:12 PM', NOW)).toBe(local(2026, 11, 18, 16, 12));
    expect(parseOutlookDate('Gestern 16:12', NOW, 'dmy')).toBe(local(2026, 11, 18, 16, 12));
    expect(parseOutlookDate('Today 9:00 AM', NOW)).toBe(local(2026, 11, 19, 9, 0));
    expect(parseOutlookDate('Mon 9:00 AM', NOW)).toBe(local(2026, 11, 16, 9, 0));
    expect(parseOutlookDate('Mo 09:00', NOW, 'dmy')).toBe(local(2026, 11, 16, 9, 0));
    // The same weekday as today means a week ago: today shows a bare time.
    expect(parseOutlookDate('Thu 9:00 AM', NOW)).toBe(local(2026, 11, 12, 9, 0));
  });

  it('reads month names and year-less dates', () => {
    expect(parseOutlookDate('Thu, Nov 19, 2026 10:02 AM', NOW)).toBe(local(2026, 11, 19, 10, 2));
    expect(parseOutlookDate('19. März 2026', NOW, 'dmy')).toBe(local(2026, 3, 19));
    expect(parseOutlookDate('Dec 24', NOW)).toBe(local(2025, 12, 24));
    expect(parseOutlookDate('Thu 11/12', NOW)).toBe(local(2026, 11, 12));
    expect(parseOutlookDate('12.11.', NOW, 'dmy')).toBe(local(2026, 11, 12));
  });

  it('returns null for what is not a date', () => {
    for (const text of ['', 'Proposal for Acme', 'alice@acme.com', '13/13/2026', '25:00', '2/30/2026 10:00 AM', 'Thu', 'x'.repeat(100)]) {
      expect(parseOutlookDate(text, NOW), text).toBeNull();
    }
  });

  it('picks the date order from the page language', () => {
    expect(dateOrderFor('en-US')).toBe('mdy');
    expect(dateOrderFor('en-GB')).toBe('dmy');
    expect(dateOrderFor('de-DE')).toBe('dmy');
  });

  it('round-trips every date the fixture pages render, in all four languages', () => {
    const minute = 60_000;
    fc.assert(
      fc.property(fc.integer({ min: local(2000, 1, 1) / minute, max: local(2040, 1, 1) / minute }), fc.constantFrom('en', 'de', 'fr', 'es' as const), (m, lang) => {
        const at = m * minute;
        const l = LABELS[lang];
        const order = dateOrderFor(l.htmlLang);
        expect(parseOutlookDate(fullDateText(at, l), NOW, order)).toBe(at);
        // The short list text of a past date loses at most the time of day ("Yesterday", "11/2/2026").
        if (at <= NOW) {
          const short = parseOutlookDate(listDateText(at, NOW, l), NOW, order);
          expect(short).not.toBeNull();
          expect(at - short!).toBeGreaterThanOrEqual(0);
          expect(at - short!).toBeLessThan(25 * 3_600_000);
        }
      }),
      { numRuns: 300 },
    );
  });
});
