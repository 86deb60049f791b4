// Snooze choices and date-field conversions, in the user's local time.
const DAY = 86_400_000;

function startOfDay(t: number): Date {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d;
}

export type SnoozeChoice = 'tomorrow' | '3-days' | 'next-week';

/** Snoozes end at the start of a day: the prospect comes back with that day's list. */
export function snoozeUntil(choice: SnoozeChoice, now: number): number {
  const d = startOfDay(now);
  if (choice === 'tomorrow') d.setDate(d.getDate() + 1);
  else if (choice === '3-days') d.setDate(d.getDate() + 3);
  else d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7)); // next Monday
  return d.getTime();
}

/** "2025-05-14" for <input type="date">, in local time. */
export function dateField(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight (plus an optional "HH:MM") of a date field's value; null when empty or invalid. */
export function fromDateField(value: string, time = '00:00'): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(d.getTime()) ? null : d.getTime();
}

export function daysFrom(now: number, days: number): number {
  return now + days * DAY;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
