// Wall-clock arithmetic in an IANA time zone with nothing but Intl (issue 3).
// Days are handled as "local day numbers" (days since 1970-01-01 on the local
// calendar), so adding days or skipping weekends is integer arithmetic and only
// the conversion to and from instants needs the zone's UTC offset.
//
// Intl's formatToParts costs a few microseconds, far too much to call for each
// of 100,000 touches, so offsets are cached per zone and per UTC hour. An hour
// is cached only when its first and last millisecond share one offset, which
// holds for every hour except the one holding a transition (computed exactly).

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();
/** Keeps memory bounded in a long-lived worker: about 11 years of hours per zone. */
const MAX_CACHED_HOURS = 100_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'GMT';
}

/** The zone's offset from UTC at `ms`, in milliseconds (Berlin in summer: +2 h), straight from Intl. */
function exactOffset(timeZone: string, ms: number): number {
  const fields: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(ms)) fields[p.type] = p.value;
  let year = Number(fields.year);
  if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
  const hour = Number(fields.hour) % 24;
  const asUtc = Date.UTC(year, Number(fields.month) - 1, Number(fields.day), hour, Number(fields.minute), Number(fields.second));
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return asUtc - wholeSecond;
}

/** The zone's offset from UTC at `ms`, in milliseconds. */
export function zoneOffset(timeZone: string, ms: number): number {
  if (isUtc(timeZone)) return 0;
  let cache = offsetCache.get(timeZone);
  if (!cache) offsetCache.set(timeZone, (cache = new Map()));
  const bucket = Math.floor(ms / HOUR);
  const hit = cache.get(bucket);
  if (hit !== undefined) return Number.isNaN(hit) ? exactOffset(timeZone, ms) : hit;
  const start = exactOffset(timeZone, bucket * HOUR);
  const end = exactOffset(timeZone, bucket * HOUR + HOUR - 1);
  if (cache.size >= MAX_CACHED_HOURS) cache.clear();
  // NaN marks an hour with a transition inside: never answered from the cache.
  cache.set(bucket, start === end ? start : Number.NaN);
  return start === end ? start : exactOffset(timeZone, ms);
}

/** For the benchmark's cold-start row: forget every cached offset. */
export function clearZoneCache(): void {
  offsetCache.clear();
}

/** The local calendar day (days since 1970-01-01) holding instant `ms`. */
export function localDay(timeZone: string, ms: number): number {
  return Math.floor((ms + zoneOffset(timeZone, ms)) / DAY);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/**
 * The instant of `hour`:`minute` local time on local day `day`. A wall time that
 * does not exist (skipped by a spring-forward change) moves forward by the gap;
 * one that exists twice (autumn) resolves to the earlier instant. Both rules are
 * those of Temporal's "compatible" disambiguation.
 */
export function zonedInstant(timeZone: string, day: number, hour: number, minute = 0): number {
  const local = day * DAY + hour * HOUR + minute * MINUTE;
  if (isUtc(timeZone)) return local;
  // Real zones change offset at most once within 18 hours, so the offsets on
  // either side of the wall time are the only candidates.
  const before = zoneOffset(timeZone, local - 18 * HOUR);
  const after = zoneOffset(timeZone, local + 18 * HOUR);
  const early = local - before;
  const late = local - after;
  const earlyOk = zoneOffset(timeZone, early) === before;
  const lateOk = zoneOffset(timeZone, late) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (earlyOk) return early;
  if (lateOk) return late;
  return early; // in the gap: the wall time shifted forward by it
}

/** Start of the local day holding `ms`. */
export function startOfLocalDay(timeZone: string, ms: number): number {
  return zonedInstant(timeZone, localDay(timeZone, ms), 0);
}

/** `n` business days after `day` (a weekend start counts from the following Monday's eve). */
export function addBusinessDays(day: number, n: number): number {
  let d = day;
  for (let i = 0; i < n; i++) {
    d++;
    while (isWeekend(d)) d++;
  }
  return d;
}

/** Weekdays in days [0, x) counted from the epoch; used to count business days between two days. */
function weekdaysBefore(x: number): number {
  const weeks = Math.floor(x / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < x; d++) if (!isWeekend(d)) count++;
  return count;
}

/** Weekdays in (from, to]: how many business days have passed since `from`. */
export function businessDaysBetween(from: number, to: number): number {
  return weekdaysBefore(to + 1) - weekdaysBefore(from + 1);
}

/** Calendar date of a local day number. */
export function dateOfDay(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Local day number of a calendar date (month 1-12). */
export function dayOfDate(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY);
}
