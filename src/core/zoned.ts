// Wall-clock time in an IANA time zone, with Intl only: the parts of an
// instant, and the instant of a wall-clock time (correct across DST changes).

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const out: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) out[part.type] = part.value;
  return { year: Number(out.year), month: Number(out.month), day: Number(out.day), hour: Number(out.hour) % 24, minute: Number(out.minute), weekday: WEEKDAYS[out.weekday ?? 'Sun'] ?? 0 };
}

function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant of a wall-clock time in `timeZone`. Days and months may
 * overflow (day 32 is the 1st of next month). A time skipped by a DST jump
 * moves forward by the jump; a repeated time takes its first occurrence.
 */
export function zonedInstant(wall: { year: number; month: number; day: number; hour: number; minute: number }, timeZone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const candidates = [guess - offsetAt(guess, timeZone)];
  candidates.push(guess - offsetAt(candidates[0]!, timeZone));
  const want = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const exact = candidates.filter((c) => {
    const p = zonedParts(c, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === want;
  });
  return exact.length ? Math.min(...exact) : Math.max(...candidates);
}
