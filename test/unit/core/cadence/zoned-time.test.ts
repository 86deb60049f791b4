import { describe, expect, it } from 'vitest';
import { makeClock, dueAfterDays, slotAtOrAfter } from '../../../../src/core/cadence/clock';
import { addBusinessDays, businessDaysBetween, dayOfDate, localDay, startOfLocalDay, weekdayOf, zoneOffset, zonedInstant } from '../../../../src/core/cadence/zoned-time';
import { DEFAULT_CADENCE } from '../../../../src/core/model';
import { at } from './helpers';

const HOUR = 3_600_000;

describe('zone offsets and wall times', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29T00:59:59Z', 1],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', 2],
    ['Europe/Berlin', '2026-10-25T00:59:59Z', 2],
    ['Europe/Berlin', '2026-10-25T01:00:00Z', 1],
    ['America/New_York', '2026-03-08T06:59:59Z', -5],
    ['America/New_York', '2026-03-08T07:00:00Z', -4],
    ['America/New_York', '2026-11-01T05:59:59Z', -4],
    ['America/New_York', '2026-11-01T06:00:00Z', -5],
    ['Asia/Kolkata', '2026-06-01T12:00:00Z', 5.5],
  ])('%s at %s is UTC%+d', (tz, iso, hours) => {
    expect(zoneOffset(tz, at(iso))).toBe(hours * HOUR);
    // a second call answers from the cache and must agree
    expect(zoneOffset(tz, at(iso))).toBe(hours * HOUR);
  });

  it.each([
    // [zone, local date, hour, minute, expected instant]
    ['Europe/Berlin', [2026, 3, 27], 9, 0, '2026-03-27T08:00:00Z'],
    ['Europe/Berlin', [2026, 3, 30], 9, 0, '2026-03-30T07:00:00Z'],
    ['Europe/Berlin', [2026, 10, 23], 9, 0, '2026-10-23T07:00:00Z'],
    ['Europe/Berlin', [2026, 10, 26], 9, 0, '2026-10-26T08:00:00Z'],
    ['America/New_York', [2026, 3, 6], 9, 0, '2026-03-06T14:00:00Z'],
    ['America/New_York', [2026, 3, 9], 9, 0, '2026-03-09T13:00:00Z'],
    ['America/New_York', [2026, 10, 30], 9, 0, '2026-10-30T13:00:00Z'],
    ['America/New_York', [2026, 11, 2], 9, 0, '2026-11-02T14:00:00Z'],
    // skipped wall times move forward by the gap
    ['Europe/Berlin', [2026, 3, 29], 2, 30, '2026-03-29T01:30:00Z'],
    ['America/New_York', [2026, 3, 8], 2, 30, '2026-03-08T07:30:00Z'],
    // repeated wall times resolve to the earlier instant
    ['Europe/Berlin', [2026, 10, 25], 2, 30, '2026-10-25T00:30:00Z'],
    ['America/New_York', [2026, 11, 1], 1, 30, '2026-11-01T05:30:00Z'],
    // the day of the change itself, away from the change
    ['Europe/Berlin', [2026, 3, 29], 9, 0, '2026-03-29T07:00:00Z'],
    ['America/New_York', [2026, 11, 1], 9, 0, '2026-11-01T14:00:00Z'],
  ] as const)('%s %j %d:%d is %s', (tz, [y, m, d], h, min, iso) => {
    expect(new Date(zonedInstant(tz, dayOfDate(y, m, d), h, min)).toISOString()).toBe(new Date(at(iso)).toISOString());
  });

  it('finds the local day and its start on either side of midnight', () => {
    const lateMonday = at('2026-11-23T22:30:00Z'); // 23:30 Monday in Berlin, Monday in UTC
    const earlyTuesday = at('2026-11-23T23:30:00Z'); // 00:30 Tuesday in Berlin
    expect(localDay('Europe/Berlin', earlyTuesday) - localDay('Europe/Berlin', lateMonday)).toBe(1);
    expect(localDay('UTC', earlyTuesday)).toBe(localDay('UTC', lateMonday));
    expect(startOfLocalDay('Europe/Berlin', earlyTuesday)).toBe(at('2026-11-23T23:00:00Z'));
    expect(startOfLocalDay('America/New_York', at('2026-03-08T12:00:00Z'))).toBe(at('2026-03-08T05:00:00Z'));
  });
});

describe('business days', () => {
  const fri = dayOfDate(2026, 11, 27);
  it('knows the weekday', () => {
    expect(weekdayOf(fri)).toBe(5);
    expect(weekdayOf(dayOfDate(1970, 1, 1))).toBe(4);
  });
  it.each([
    [fri, 1, dayOfDate(2026, 11, 30)],
    [fri, 3, dayOfDate(2026, 12, 2)],
    [fri + 1, 1, dayOfDate(2026, 11, 30)], // from a Saturday
    [fri + 2, 5, dayOfDate(2026, 12, 4)], // from a Sunday
    [dayOfDate(2026, 11, 23), 7, dayOfDate(2026, 12, 2)],
  ])('day %d + %d business days is day %d', (from, n, expected) => {
    expect(addBusinessDays(from, n)).toBe(expected);
  });
  it('counts business days between two days', () => {
    expect(businessDaysBetween(fri, fri + 3)).toBe(1); // Fri → Mon
    expect(businessDaysBetween(dayOfDate(2026, 11, 12), dayOfDate(2026, 11, 25))).toBe(9);
    expect(businessDaysBetween(fri, fri)).toBe(0);
    expect(businessDaysBetween(fri, fri + 365)).toBe(260); // 52 weeks and a Saturday
    // against a plain count over many ranges, negative day numbers included
    for (let from = -20; from < 20; from += 3) {
      for (let to = from; to < from + 40; to += 5) {
        let count = 0;
        for (let d = from + 1; d <= to; d++) if (weekdayOf(d) !== 0 && weekdayOf(d) !== 6) count++;
        expect(businessDaysBetween(from, to)).toBe(count);
      }
    }
  });
});

describe('due slots across daylight-saving changes', () => {
  const berlin = makeClock({ ...DEFAULT_CADENCE, timeZone: 'Europe/Berlin' }, at('2026-01-01T00:00:00Z'));
  const newYork = makeClock({ ...DEFAULT_CADENCE, timeZone: 'America/New_York' }, at('2026-01-01T00:00:00Z'));
  const calendarBerlin = { ...berlin, businessDays: false };
  const calendarNewYork = { ...newYork, businessDays: false };
  it.each([
    ['Berlin spring, 3 business days', berlin, '2026-03-26T14:00:00Z', 3, '2026-03-31T07:00:00Z'],
    ['Berlin spring, 1 calendar day onto the change', calendarBerlin, '2026-03-28T14:00:00Z', 1, '2026-03-29T07:00:00Z'],
    ['Berlin autumn, 3 business days', berlin, '2026-10-22T14:00:00Z', 3, '2026-10-27T08:00:00Z'],
    ['Berlin autumn, 1 calendar day onto the change', calendarBerlin, '2026-10-24T14:00:00Z', 1, '2026-10-25T08:00:00Z'],
    ['New York spring, 3 business days', newYork, '2026-03-05T15:00:00Z', 3, '2026-03-10T13:00:00Z'],
    ['New York spring, 1 calendar day onto the change', calendarNewYork, '2026-03-07T15:00:00Z', 1, '2026-03-08T13:00:00Z'],
    ['New York autumn, 3 business days', newYork, '2026-10-29T15:00:00Z', 3, '2026-11-03T14:00:00Z'],
    ['New York autumn, 1 calendar day onto the change', calendarNewYork, '2026-10-31T15:00:00Z', 1, '2026-11-01T14:00:00Z'],
  ])('%s', (_name, clock, anchor, days, expected) => {
    expect(new Date(dueAfterDays(clock, at(anchor), days)).toISOString()).toBe(new Date(at(expected)).toISOString());
  });

  it('moves a slot off the weekend only when business days are on', () => {
    const saturdayNoon = at('2026-11-28T11:00:00Z');
    expect(slotAtOrAfter(berlin, saturdayNoon)).toBe(at('2026-11-30T08:00:00Z'));
    expect(slotAtOrAfter(calendarBerlin, saturdayNoon)).toBe(at('2026-11-29T08:00:00Z'));
    // exactly on the slot stays on it
    expect(slotAtOrAfter(berlin, at('2026-11-30T08:00:00Z'))).toBe(at('2026-11-30T08:00:00Z'));
  });
});
