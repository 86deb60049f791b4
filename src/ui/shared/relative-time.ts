// "5 days ago", "yesterday", "in 3 days": how far a moment is from now, in
// the words a person would use. Whole calendar days for anything past a day,
// so "yesterday" means yesterday and not "24 hours ago".
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let formatter: Intl.RelativeTimeFormat | null = null;
function rtf(): Intl.RelativeTimeFormat {
  formatter ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  return formatter;
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function relativeTime(at: number, now: number): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return 'just now';
  if (abs < HOUR) return rtf().format(Math.round(diff / MINUTE), 'minute');
  const days = Math.round((startOfDay(at) - startOfDay(now)) / DAY);
  if (days === 0) return rtf().format(Math.round(diff / HOUR), 'hour');
  if (Math.abs(days) < 14) return rtf().format(days, 'day');
  if (Math.abs(days) < 60) return rtf().format(Math.round(days / 7), 'week');
  if (Math.abs(days) < 365) return rtf().format(Math.round(days / 30), 'month');
  return rtf().format(Math.round(days / 365), 'year');
}

// Made once: toLocaleString with options builds a new formatter on every
// call, which cost the popup's first rows several milliseconds (#18).
let dateOnly: Intl.DateTimeFormat | null = null;
let dateTime: Intl.DateTimeFormat | null = null;

/** A calm absolute date for tooltips and next steps: "Tue 14 May, 09:00". */
export function shortDate(at: number, withTime = true): string {
  const f = withTime
    ? (dateTime ??= new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }))
    : (dateOnly ??= new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }));
  return f.format(at);
}

let counts: Intl.NumberFormat | null = null;
/** A count as people write it: "10,000". */
export function countText(n: number): string {
  counts ??= new Intl.NumberFormat('en');
  return counts.format(n);
}
