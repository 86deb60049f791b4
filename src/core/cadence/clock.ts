import type { CadenceSettings } from '../model';
import { addBusinessDays, isWeekend, localDay, startOfLocalDay, zonedInstant } from './zoned-time';

// Due instants in the user's zone: every one of them is `dueHour`:00 local
// time on a day that, with business days on, is never a Saturday or Sunday.

export interface Clock {
  timeZone: string;
  dueHour: number;
  businessDays: boolean;
  now: number;
  /** Local day number of `now`. */
  today: number;
  startOfToday: number;
}

export function makeClock(s: CadenceSettings, now: number): Clock {
  return {
    timeZone: s.timeZone,
    dueHour: s.dueHour,
    businessDays: s.businessDays,
    now,
    today: localDay(s.timeZone, now),
    startOfToday: startOfLocalDay(s.timeZone, now),
  };
}

function rollOffWeekend(c: Clock, day: number): number {
  let d = day;
  if (c.businessDays) while (isWeekend(d)) d++;
  return d;
}

/** The first due slot at or after `ms`. */
export function slotAtOrAfter(c: Clock, ms: number): number {
  let day = localDay(c.timeZone, ms);
  if (zonedInstant(c.timeZone, day, c.dueHour) < ms) day++;
  return zonedInstant(c.timeZone, rollOffWeekend(c, day), c.dueHour);
}

/** A cadence step: `days` (business days when on) after the local day of `anchor`, at the due hour. */
export function dueAfterDays(c: Clock, anchor: number, days: number): number {
  const from = localDay(c.timeZone, anchor);
  // addBusinessDays(from, 0) is `from` itself: a zero-day step counted from a
  // Saturday touch would fall due on that Saturday (#14), so roll it to Monday.
  const day = c.businessDays ? rollOffWeekend(c, addBusinessDays(from, days)) : from + days;
  const at = zonedInstant(c.timeZone, day, c.dueHour);
  // A zero-day step would otherwise fall due before the touch it counts from.
  return at < anchor ? slotAtOrAfter(c, anchor) : at;
}

/**
 * Dormant nurture: "about monthly" reads as calendar days (30 business days
 * would be six weeks), moved off a weekend when business days are on.
 */
export function dueAfterCalendarDays(c: Clock, anchor: number, days: number): number {
  return slotAtOrAfter(c, zonedInstant(c.timeZone, localDay(c.timeZone, anchor) + days, c.dueHour));
}
