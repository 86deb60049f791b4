// "5 days ago", "yesterday", "in 3 days": how far a moment is from now, in
// the words a person would use. Whole calendar days for anything past a day,
// so "yesterday" means yesterday and not "24 hours ago".
//
// Written out in English rather than through Intl: the first Intl formatter
// a page makes loads the locale's data, which cost the popup's first rows
// several milliseconds (#18). The words are Intl's own ("en", numeric
// "auto"; "en-GB" dates), which the unit tests compare against.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const NEAR: Partial<Record<Unit, [string, string, string]>> = {
  day: ['yesterday', 'today', 'tomorrow'],
  week: ['last week', 'this week', 'next week'],
  month: ['last month', 'this month', 'next month'],
  year: ['last year', 'this year', 'next year'],
};

function phrase(n: number, unit: Unit): string {
  const near = NEAR[unit];
  if (near && n >= -1 && n <= 1) return near[n + 1]!;
  if (n === 0) return `this ${unit}`;
  const abs = Math.abs(n);
  const amount = `${countText(abs)} ${unit}${abs === 1 ? '' : 's'}`;
  return n < 0 ? `${amount} ago` : `in ${amount}`;
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
  if (abs < HOUR) return phrase(Math.round(diff / MINUTE), 'minute');
  const days = Math.round((startOfDay(at) - startOfDay(now)) / DAY);
  if (days === 0) return phrase(Math.round(diff / HOUR), 'hour');
  if (Math.abs(days) < 14) return phrase(days, 'day');
  if (Math.abs(days) < 60) return phrase(Math.round(days / 7), 'week');
  if (Math.abs(days) < 365) return phrase(Math.round(days / 30), 'month');
  return phrase(Math.round(days / 365), 'year');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** A calm absolute date for tooltips and next steps, in local time: "Tue 14 May, 09:00". */
export function shortDate(at: number, withTime = true): string {
  const d = new Date(at);
  const day = `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return withTime ? `${day}, ${two(d.getHours())}:${two(d.getMinutes())}` : day;
}

/** A whole count as people write it: "10,000". */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
