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

/** A calm absolute date for tooltips and next steps: "Tue 14 May, 09:00". */
export function shortDate(at: number, withTime = true): string {
  const opts: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
  if (withTime) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  return new Date(at).toLocaleString('en-GB', opts);
}
