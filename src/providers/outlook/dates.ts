// Outlook shows dates as localised text: "Thu 11/19/2026 10:02 AM" (en-US),
// "Do 19.11.2026 10:02" (de-DE), "Yesterday", a weekday and time this week,
// a bare time today. Parsed in the browser's local time zone, as OWA renders
// them; anything we cannot read returns null and the caller falls back to
// "first seen".
import { MONTHS, TODAY_WORDS, WEEKDAYS, YESTERDAY_WORDS, fold } from './locale';

export type DateOrder = 'mdy' | 'dmy';

/** en-US (and plain "en") write month first; every other UI language we know writes day first. */
export function dateOrderFor(lang: string | null | undefined): DateOrder {
  const l = (lang ?? '').toLowerCase();
  return l === 'en' || l === 'en-us' || l === '' ? 'mdy' : 'dmy';
}

const DAY = 86_400_000;
// Every UI language we read writes times with a colon; a dot would clash with "19.11.26".
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?!\d)(?:\s*([ap])\.?\s*m\b\.?)?/i;
const NUMERIC_DATE = /(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})/;
/** "11/19" or "19.11." without a year: this year, or last year if that would be in the future. */
const SHORT_DATE = /(?<!\d)(\d{1,2})[./](\d{1,2})\.?(?![\d/])/;

function startOfDay(t: number): Date {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d;
}

function monthOf(word: string): number | null {
  const w = fold(word);
  if (w.length < 3) return null;
  for (let m = 0; m < 12; m++) if (MONTHS[m]!.some((p) => w.startsWith(p) && (w.length <= p.length + 6))) return m;
  return null;
}

function weekdayOf(word: string): number | null {
  const w = fold(word).replace(/,$/, '');
  for (const names of WEEKDAYS) {
    const i = names.findIndex((n) => w === n || (n.length >= 3 && w.startsWith(n) && w.length > 3));
    if (i >= 0) return i;
  }
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number): number | null {
  if (y < 100) y += 2000;
  const date = new Date(y, mo, d, h, mi, 0, 0);
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return null;
  return date.getTime();
}

/** Parses an Outlook date text to epoch ms, or null. `now` resolves "Yesterday", weekdays and bare times. */
export function parseOutlookDate(raw: string, now: number, order: DateOrder = 'mdy'): number | null {
  const text = raw.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return null;
  let rest = text;
  let h = 0;
  let mi = 0;
  const t = TIME.exec(text);
  if (t) {
    h = Number(t[1]);
    mi = Number(t[2]);
    const ampm = t[3]?.toLowerCase();
    if (ampm) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (h > 23 || mi > 59) return null;
    rest = text.slice(0, t.index) + ' ' + text.slice(t.index + t[0].length);
  }

  const n = NUMERIC_DATE.exec(rest);
  if (n) {
    const [a, b, c] = [Number(n[1]), Number(n[2]), Number(n[3])];
    if (n[1]!.length === 4) return build(a, b - 1, c, h, mi);
    let [day, month] = order === 'mdy' && !rest.includes('.') ? [b, a] : [a, b];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    return build(c, month - 1, day, h, mi);
  }
  const sd = SHORT_DATE.exec(rest);
  if (sd) {
    const [a, b] = [Number(sd[1]), Number(sd[2])];
    let [day, month] = order === 'mdy' && !rest.includes('.') ? [b, a] : [a, b];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const y = new Date(now).getFullYear();
    const at = build(y, month - 1, day, h, mi);
    return at !== null && at > now + DAY ? build(y - 1, month - 1, day, h, mi) : at;
  }

  const words = rest.split(/[\s,]+/).filter(Boolean);
  for (const w of words) {
    const month = monthOf(w);
    if (month === null) continue;
    const numbers = words.map((x) => /^(\d{1,4})\.?$/.exec(x)?.[1]).filter((x): x is string => !!x);
    const year = numbers.find((x) => x.length === 4);
    const day = numbers.find((x) => x.length <= 2);
    if (!day) continue;
    let y = year ? Number(year) : new Date(now).getFullYear();
    let at = build(y, month, Number(day), h, mi);
    if (!year && at !== null && at > now + DAY) at = build(--y, month, Number(day), h, mi);
    return at;
  }

  const today = startOfDay(now);
  const first = fold(words[0] ?? '');
  const dayAt = (daysAgo: number) => {
    const d = new Date(today);
    d.setDate(d.getDate() - daysAgo);
    d.setHours(h, mi);
    return d.getTime();
  };
  if ((TODAY_WORDS as readonly string[]).includes(first)) return dayAt(0);
  if ((YESTERDAY_WORDS as readonly string[]).includes(first)) return dayAt(1);
  if (words.length === 1 && t) {
    const wd = weekdayOf(words[0]!);
    if (wd === null) return null;
    return dayAt((today.getDay() - wd + 7) % 7 || 7);
  }
  if (words.length === 0 && t) return dayAt(0);
  return null;
}
