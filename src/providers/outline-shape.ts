// Values replaced by their shape for a page outline (#15): letters become a/A,
// digits 9, an address keeps its form (aaaa.aaa@aaaaaa.aaa), ids keep their
// prefix form (#thread-f:9999…). Distinct addresses and ids stay distinct and
// the same one maps to the same stand-in everywhere in the outline, so the
// readers link a list row to its open conversation as they do on the page.
// Dates keep their format and their month and weekday words, but every number
// becomes 1s (11:11, Nov 11, 1111): the reader still parses the format, the
// value is gone.
import type { Literal } from './outline-allow';

const EMAIL = /[^\s@<>()",;:'[\]]{1,64}@[^\s@<>()",;:'[\]]{1,200}\.[^\s@<>()",;:'[\]]{1,54}/g;

// Month and weekday words of the languages the readers know, as prefixes
// (accents and dots stripped), and the words that sit between a date's parts.
const DATE_WORDS = [
  'jan', 'ene', 'feb', 'fev', 'mar', 'maer', 'apr', 'avr', 'abr', 'may', 'mai', 'jun', 'juin', 'jul', 'juil', 'aug', 'aou', 'ago',
  'sep', 'oct', 'okt', 'nov', 'dec', 'dez', 'dic',
  'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'so', 'mo', 'di', 'mi', 'do', 'fr', 'sa',
  'dim', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dom', 'mie', 'jue', 'vie', 'sab',
  'today', 'heute', 'aujourd', 'hoy', 'yesterday', 'gestern', 'hier', 'ayer',
  'am', 'pm', 'a', 'p', 'm', 'at', 'um', 'de', 'le', 'el', 'h',
];
const DATE_WORD = new RegExp(`^(?:${DATE_WORDS.join('|')})[a-z]{0,6}$`);
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** A localised date or time such as "Thu, Nov 19, 2026, 10:02 AM" or "Do 19.11.2026 10:02". */
export function isDateText(s: string): boolean {
  if (s.length > 80 || !/\d/.test(s)) return false;
  const words = s.match(/\p{L}+/gu) ?? [];
  return words.every((w) => DATE_WORD.test(fold(w)));
}

/** Letters to a/A, digits to 9; punctuation, ASCII symbols and spaces stay; other symbols (emoji) become *. */
export function shapeChars(s: string): string {
  return s.replace(/\p{Lu}|\p{Lt}/gu, 'A').replace(/\p{L}/gu, (c) => (c === 'A' ? c : 'a')).replace(/\p{N}/gu, '9').replace(/[^\p{L}\p{N}\p{P}\p{Z}\s\x21-\x7e]/gu, '*');
}

/** "#thread-f:1778…" → "#thread-f:9999…", "CONV_AAQk…" → "CONV_AAAa…": word parts between separators stay. */
function shapeId(s: string): string {
  return s
    .split(/([-_:.#|/]+)/)
    .map((part, i) => (i % 2 === 1 || /^\p{L}{1,10}$/u.test(part) ? part : shapeChars(part)))
    .join('');
}

function shapeDate(s: string): string {
  return s.replace(/\p{N}/gu, '1');
}

/**
 * One outline's stand-ins: the same address or id always maps to the same
 * shape, and two different ones never share a shape (the later one carries a
 * counter in its last characters).
 */
export class Shaper {
  private readonly byValue = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly vocabulary: ReadonlySet<string>) {}

  private unique(original: string, shape: string): string {
    const known = this.byValue.get(original);
    if (known !== undefined) return known;
    let out = shape;
    for (let n = 1; this.used.has(out); n++) out = withCounter(shape, n);
    this.byValue.set(original, out);
    this.used.add(out);
    return out;
  }

  address(a: string): string {
    const lower = a.toLowerCase();
    const at = lower.lastIndexOf('@');
    return this.unique('@' + lower, shapeChars(lower.slice(0, at)) + '@' + shapeChars(lower.slice(at + 1)));
  }

  /** A text: kept when it is a word the readers recognise, a date kept as its format, addresses as theirs. */
  text(s: string): string {
    const t = s.trim();
    if (!t) return s;
    if (this.vocabulary.has(t)) return s;
    if (isDateText(t)) return shapeDate(s);
    let out = '';
    let last = 0;
    for (const m of s.matchAll(EMAIL)) {
      out += shapeChars(s.slice(last, m.index)) + this.address(m[0]);
      last = m.index + m[0].length;
    }
    return out + shapeChars(s.slice(last));
  }

  /** An id: its shape, unique per distinct id, with the literal parts the selectors test and its short word prefixes kept. */
  id(value: string, literals: readonly Literal[]): string {
    return this.unique('#' + value, keepLiterals(value, literals, shapeId));
  }

  /** An attribute value: a literal the selectors compare against stays, the rest is shaped like text. */
  attribute(value: string, literals: readonly Literal[]): string {
    return keepLiterals(value, literals, (part) => this.text(part));
  }
}

/** Replaces the last alphanumeric characters of `shape` by the digits of `n`. */
function withCounter(shape: string, n: number): string {
  const digits = String(n).split('');
  const chars = shape.split('');
  for (let i = chars.length - 1; i >= 0 && digits.length; i--) {
    if (/[a9A]/.test(chars[i]!)) chars[i] = digits.pop()!;
  }
  return digits.length ? shape + n : chars.join('');
}

/** `value` with the selector literals that apply to it kept verbatim and every other part passed to `shape`. */
export function keepLiterals(value: string, literals: readonly Literal[], shape: (part: string) => string): string {
  for (const { op, value: lit } of literals) {
    if (op === '=' && value === lit) return value;
    // "@" and the like survive shaping anyway; splitting there would hide an address from the shaper.
    if (shapeChars(lit) === lit) continue;
    if (op === '~=' && value.split(/\s+/).includes(lit)) {
      return value.split(/(\s+)/).map((p) => (p === lit || /^\s+$/.test(p) ? p : shape(p))).join('');
    }
    if ((op === '^=' || op === '|=') && value.startsWith(lit)) return lit + keepLiterals(value.slice(lit.length), literals, shape);
    if (op === '$=' && value.endsWith(lit) && value.length > lit.length) return keepLiterals(value.slice(0, -lit.length), literals, shape) + lit;
    if (op === '*=') {
      const at = value.indexOf(lit);
      if (at >= 0) return keepLiterals(value.slice(0, at), literals, shape) + lit + keepLiterals(value.slice(at + lit.length), literals, shape);
    }
  }
  return value ? shape(value) : value;
}
