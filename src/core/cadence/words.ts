import type { Touch } from '../model';
import type { Clock } from './clock';
import { businessDaysBetween, dateOfDay, localDay, weekdayOf } from './zoned-time';

// The small English phrases status reasons are built from. Dates are said the
// way a person would: "today", "tomorrow", a weekday within the week around
// today, else "Mon 14 Dec" (with the year when it is not this year).

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDate(c: Clock, ms: number): string {
  const day = localDay(c.timeZone, ms);
  const { year, month, date } = dateOfDay(day);
  const text = `${WEEKDAYS[weekdayOf(day)]!.slice(0, 3)} ${date} ${MONTHS[month - 1]}`;
  return year === dateOfDay(c.today).year ? text : `${text} ${year}`;
}

/** "today", "tomorrow", "yesterday", "Tuesday" (within six days either way), else "Mon 14 Dec". */
export function dayLabel(c: Clock, ms: number): string {
  const diff = localDay(c.timeZone, ms) - c.today;
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  if (Math.abs(diff) < 7) return WEEKDAYS[weekdayOf(c.today + diff)]!;
  return shortDate(c, ms);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "today", "yesterday", "5 days ago", or "6 business days ago" when business
 * days are on and `business` is asked for (the chase counts in business days;
 * a reply two days ago over a weekend is still two days ago).
 */
export function ago(c: Clock, ms: number, business = false): string {
  const day = localDay(c.timeZone, ms);
  const diff = c.today - day;
  if (diff <= 0) return 'today';
  if (diff === 1) return 'yesterday';
  const count = business && c.businessDays ? businessDaysBetween(day, c.today) : diff;
  return count === diff ? `${plural(diff, 'day')} ago` : `${plural(count, 'business day')} ago`;
}

/** "is due Thursday", "is due today", "was due Tuesday". */
export function dueText(c: Clock, dueAt: number): string {
  const label = dayLabel(c, dueAt);
  return dueAt > c.now || label === 'today' ? `is due ${label}` : `was due ${label}`;
}

/** What the user did: "wrote", "called", "left a voicemail", … */
export function outboundVerb(t: Touch): string {
  switch (t.channel) {
    case 'call':
      return t.voicemail ? 'left a voicemail' : 'called';
    case 'linkedin':
      return 'wrote on LinkedIn';
    case 'text':
      return 'texted';
    case 'meeting':
      return 'met';
    default:
      return 'wrote';
  }
}

/** What they did: "replied", "called", … */
export function inboundVerb(t: Touch): string {
  switch (t.channel) {
    case 'call':
      return 'called';
    case 'linkedin':
      return 'replied on LinkedIn';
    case 'text':
      return 'texted';
    default:
      return 'replied';
  }
}

/** "Dana" from "Dana Whitfield"; "They" when the name is unknown. */
export function firstName(name: string | undefined): string {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : 'They';
}
