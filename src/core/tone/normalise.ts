// Rules match against a working copy of the user's new text: lower case,
// straight quotes, one kind of hyphen, single spaces (so a phrase broken over
// two lines still matches). `map[i]` is the draft offset of working char i, so
// every finding can point at the exact original characters.

export interface Working {
  text: string;
  /** Draft offset of each working char; one extra entry holds the end offset. */
  map: number[];
}

/** Separates the user's text blocks (around a removed quote) so no phrase spans them. */
export const BLOCK_BREAK = '\n';

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
};

// Invisible characters that webmail composers and pasted text leave behind.
function isDropped(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

// Char by char with code tests, not a regex per char: this runs on every keystroke pause.
export function normalise(draft: string, spans: readonly { start: number; end: number }[]): Working {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  let atBlockStart = true;
  for (const span of spans) {
    if (out.length > 0) {
      out.push(BLOCK_BREAK);
      map.push(span.start);
      atBlockStart = true;
    }
    pendingSpace = -1;
    // Lower-case the span at once; per char only where that changes its length (rare scripts).
    const lowered = draft.slice(span.start, span.end).toLowerCase();
    const sameLength = lowered.length === span.end - span.start;
    for (let i = span.start; i < span.end; i++) {
      const code = draft.charCodeAt(i);
      if (code > 32 && code < 127 && code !== 96) {
        if (pendingSpace >= 0 && !atBlockStart) {
          out.push(' ');
          map.push(pendingSpace);
        }
        pendingSpace = -1;
        atBlockStart = false;
        out.push(sameLength ? lowered[i - span.start]! : draft[i]!.toLowerCase());
        map.push(i);
        continue;
      }
      if (isSpace(code)) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (isDropped(code)) continue;
      if (pendingSpace >= 0 && !atBlockStart) {
        out.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
      atBlockStart = false;
      if (code === 96) out.push("'");
      else {
        const c = draft[i]!;
        const lower = c.toLowerCase();
        out.push(QUOTES[c] ?? (lower.length === 1 ? lower : c));
      }
      map.push(i);
    }
  }
  const last = spans[spans.length - 1];
  map.push(last ? last.end : 0);
  return { text: out.join(''), map };
}

/** Draft span for working span [ws, we): end maps past the last char actually matched. */
export function toDraftSpan(w: Working, ws: number, we: number): { start: number; end: number } {
  const start = w.map[ws]!;
  const end = we > ws ? w.map[we - 1]! + 1 : start;
  return { start, end };
}
