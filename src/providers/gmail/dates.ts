// Gmail shows message and row times only as localised human text in a `title`
// ("Thu, Nov 19, 2026, 10:02 AM", "Do., 19. Nov. 2026, 10:02", "jeu. 19 nov.
// 2026, 10:02", "jue, 19 nov 2026, 10:02"; 2014: "Thu, Dec 4, 2014 at 2:02 PM").
// It is rendered in the browser's time zone, so we parse it back as local time.
// Anything we cannot parse returns null and the caller falls back to "first seen".

// Month abbreviations (accents stripped) in English, German, French, Spanish.
// Only prefixes are compared, so "sept", "juil", "marz" all resolve.
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'ene'],
  ['feb', 'fev'],
  ['mar'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'aou', 'ago'],
  ['sep'],
  ['oct', 'okt'],
  ['nov'],
  ['dec', 'dez', 'dic'],
];

// "juin" and "juil" share "ju": check the longer, more specific forms first.
function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  if (word.startsWith('juil') || word.startsWith('jul')) return 6;
  if (word.startsWith('juin') || word.startsWith('jun')) return 5;
  for (let i = 0; i < MONTHS.length; i++) {
    if (MONTHS[i]!.some((p) => word.startsWith(p))) return i;
  }
  return null;
}

const TIME = /(\d{1,2})[:h.](\d{2})(?:\s*([ap])\.?\s*m\b\.?)?/;
const DAY_FIRST = /(\d{1,2})\.?\s+(?:de\s+)?([a-z]+)/g;
const MONTH_FIRST = /([a-z]+)\.?\s+(\d{1,2})(?!\d)/g;

/** Epoch ms of a Gmail date title, or null when it cannot be read. */
export function parseGmailTitle(title: string): number | null {
  const s = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
  const time = TIME.exec(s);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  if (time[3]) hour = (hour % 12) + (time[3] === 'p' ? 12 : 0);
  const rest = s.slice(0, time.index) + ' ' + s.slice(time.index + time[0].length);
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(rest);
  if (!year) return null;
  const dateText = rest.replace(year[0], ' ');
  let day: number | null = null;
  let month: number | null = null;
  for (const m of dateText.matchAll(DAY_FIRST)) {
    const mo = monthOf(m[2]!);
    if (mo !== null) [day, month] = [Number(m[1]), mo];
    if (mo !== null) break;
  }
  if (month === null) {
    for (const m of dateText.matchAll(MONTH_FIRST)) {
      const mo = monthOf(m[1]!);
      if (mo !== null) [day, month] = [Number(m[2]), mo];
      if (mo !== null) break;
    }
  }
  if (month === null || day === null || hour > 23 || minute > 59) return null;
  const d = new Date(Number(year[1]), month, day, hour, minute);
  // Reject impossible dates (31 Feb) rather than let Date roll them over.
  if (d.getDate() !== day || d.getMonth() !== month) return null;
  return d.getTime();
}
