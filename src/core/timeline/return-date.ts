import { DAY, dateOfDay, dayOfDate, localDay, weekdayOf, zonedInstant } from '../cadence/zoned-time';

// Finds the return date an out-of-office reply states, in English, German,
// French and Spanish (issue 3). It runs in the content script on every inbound
// message, so it is a handful of regular expressions and one short month list,
// no locale tables. Answers are the start of the return day in `timeZone`.
//
// Heuristics, each for a reason:
// - "until 14 Dec" / "bis 14.12." / "jusqu'au" / "hasta": the person is away
//   through that day, so the pause ends the next morning; "back on 14 Dec"
//   ends it that morning.
// - a missing year means the next occurrence on or after the day received.
// - 03/04 could be 4 March or 3 April: the nearer future reading wins.
// - several dates ("away 1 Dec to 14 Dec, back 15 Dec"): dates right after a
//   return word win; among them (or among all, when none is) the latest.

const MONTHS: readonly string[] = [
  'january jan januar jänner janvier janv enero ene',
  'february feb februar février fevrier févr fevr fév febrero',
  'march mar märz maerz mars marzo',
  'april apr avril avr abril abr',
  'may mai mayo',
  'june jun juni juin junio',
  'july jul juli juillet juil julio',
  'august aug août aout agosto ago',
  'september sep sept septembre septiembre setiembre',
  'october oct okt oktober octobre octubre',
  'november nov novembre noviembre',
  'december dec dez dezember décembre decembre déc dic diciembre',
];
const WEEKDAYS: readonly string[] = [
  'sunday sonntag dimanche domingo',
  'monday montag lundi lunes',
  'tuesday dienstag mardi martes',
  'wednesday mittwoch mercredi miércoles miercoles',
  'thursday donnerstag jeudi jueves',
  'friday freitag vendredi viernes',
  'saturday samstag sonnabend samedi sábado sabado',
];

let monthIndex: Map<string, number> | undefined;
let weekdayIndex: Map<string, number> | undefined;
function indexOf(lists: readonly string[], base: number): Map<string, number> {
  const m = new Map<string, number>();
  lists.forEach((names, i) => names.split(' ').forEach((n) => m.set(n, i + base)));
  return m;
}
const monthOf = (w: string) => (monthIndex ??= indexOf(MONTHS, 1)).get(w.toLowerCase());
const weekdayNamed = (w: string) => (weekdayIndex ??= indexOf(WEEKDAYS, 0)).get(w.toLowerCase());

const L = 'a-zà-ÿ';
const ORD = '(?:st|nd|rd|th|er|º|°)?';
const DATE_PATTERNS: readonly RegExp[] = [
  /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, // ISO
  new RegExp(`\\b(\\d{1,2})${ORD}\\.?\\s*(?:of\\s+|de\\s+)?([${L}]{3,10})\\.?(?:,?\\s*(?:de\\s+)?(\\d{4}))?`, 'giu'), // 14 December, 14. Dezember, 14 de diciembre
  new RegExp(`\\b([${L}]{3,10})\\.?\\s+(\\d{1,2})${ORD}\\b(?:,?\\s*(\\d{4}))?`, 'giu'), // December 14, 2026
  /\b(\d{1,2})([./])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/])/g, // 14.12.2026, 14.12., 12/14, 14/12/26
];
const RETURN_WORD = /(?:back|return\w*|in the office|until|till|through|thru|zurück|wieder|ab|bis|retour|jusqu|rentr\w*|hasta|regres\w*|vuelta|volver\w*)\W+(?:\p{L}+\W+){0,2}$/iu;
const UNTIL_WORD = /(?:until|till|through|thru|\bbis\b|jusqu|hasta)[^.\d\n]{0,24}$/i;
const WEEKDAY_AFTER_RETURN = new RegExp(
  `(?:back|return\\w*|until|till|zurück|wieder|ab|bis|retour|jusqu'?\\S*|hasta|regres\\w*|vuelta)\\s+(?:on\\s+|am\\s+|le\\s+|el\\s+|zum\\s+|au\\s+)?([${L}]{5,10})`,
  'giu',
);

interface Candidate {
  at: number;
  nearReturnWord: boolean;
}

function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return n < 100 ? 2000 + n : n;
}

/** The local day of (year?, month, date), or undefined if no such date exists. */
function resolveDay(month: number, date: number, year: number | undefined, receivedDay: number): number | undefined {
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const y = year ?? dateOfDay(receivedDay).year;
  let day = dayOfDate(y, month, date);
  if (dateOfDay(day).date !== date) return undefined; // 31 April and the like
  if (year === undefined && day < receivedDay) day = dayOfDate(y + 1, month, date);
  return day;
}

export function parseReturnDate(text: string, receivedAt: number, timeZone = 'UTC'): number | undefined {
  const receivedDay = localDay(timeZone, receivedAt);
  const found: Candidate[] = [];
  const add = (day: number | undefined, index: number) => {
    if (day === undefined) return;
    const before = text.slice(Math.max(0, index - 40), index);
    const at = zonedInstant(timeZone, UNTIL_WORD.test(before) ? day + 1 : day, 0);
    if (at > receivedAt && at - receivedAt < 366 * DAY) found.push({ at, nearReturnWord: RETURN_WORD.test(before) });
  };
  const [iso, dayName, nameDay, numeric] = DATE_PATTERNS as [RegExp, RegExp, RegExp, RegExp];
  for (const m of text.matchAll(iso)) add(resolveDay(Number(m[2]), Number(m[3]), Number(m[1]), receivedDay), m.index);
  for (const m of text.matchAll(dayName)) {
    const month = monthOf(m[2]!);
    if (month) add(resolveDay(month, Number(m[1]), fullYear(m[3]), receivedDay), m.index);
  }
  for (const m of text.matchAll(nameDay)) {
    const month = monthOf(m[1]!);
    if (month) add(resolveDay(month, Number(m[2]), fullYear(m[3]), receivedDay), m.index);
  }
  for (const m of text.matchAll(numeric)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    if (m[2] === '.') {
      add(resolveDay(b, a, year, receivedDay), m.index);
      continue;
    }
    // Slashes: US month/day or European day/month; keep the nearer future reading.
    const readings = [resolveDay(a, b, year, receivedDay), resolveDay(b, a, year, receivedDay)].filter(
      (d): d is number => d !== undefined && d >= receivedDay,
    );
    if (readings.length) add(Math.min(...readings), m.index);
  }
  if (!found.length) {
    for (const m of text.matchAll(WEEKDAY_AFTER_RETURN)) {
      const wd = weekdayNamed(m[1]!);
      if (wd === undefined) continue;
      let day = receivedDay + 1;
      while (weekdayOf(day) !== wd) day++;
      add(day, m.index + m[0].length - m[1]!.length);
    }
  }
  if (!found.length) return undefined;
  const preferred = found.some((c) => c.nearReturnWord) ? found.filter((c) => c.nearReturnWord) : found;
  return Math.max(...preferred.map((c) => c.at));
}
