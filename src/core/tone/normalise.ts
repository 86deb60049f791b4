// Rules match against a working copy of the user's new text: lower case,
// straight quotes, one kind of hyphen, single spaces (so a phrase broken over
// two lines still matches). `map[i]` is the draft offset of working char i, so
// every finding can point at the exact original characters.

export interface Working {
  text: string;
  /** Draft offset of each working char; one extra entry holds the end offset. */
  map: Int32Array;
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

function isPlain(code: number): boolean {
  return code > 32 && code < 127 && code !== 96;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

// Char by char with code tests, copying runs of plain ASCII as one slice: this
// runs on every keystroke pause, and a 100 KB paste must stay cheap.
export function normalise(draft: string, spans: readonly { start: number; end: number }[]): Working {
  const chunks: string[] = [];
  let total = spans.length;
  for (const s of spans) total += s.end - s.start;
  // Typed: a 400 KB paste maps 400,000 chars, and a packed buffer is a fraction of the garbage.
  const map = new Int32Array(total + 1);
  let n = 0;
  let atBlockStart = true;
  for (const span of spans) {
    if (n > 0) {
      chunks.push(BLOCK_BREAK);
      map[n++] = span.start;
      atBlockStart = true;
    }
    let pendingSpace = -1;
    // Lower-case the span at once; per char only where that changes its length (rare scripts).
    const lowered = draft.slice(span.start, span.end).toLowerCase();
    const sameLength = lowered.length === span.end - span.start;
    let run = -1;
    const flush = (to: number) => {
      if (run < 0) return;
      chunks.push(sameLength ? lowered.slice(run - span.start, to - span.start) : draft.slice(run, to).toLowerCase());
      run = -1;
    };
    for (let i = span.start; i < span.end; i++) {
      const code = draft.charCodeAt(i);
      // A single space between words stays in the run: it would come out as the same
      // ' ' at the same offset, and most words end in one, so this saves a chunk per word.
      const plain = (code > 32 && code < 127 && code !== 96) || (code === 32 && pendingSpace < 0 && !atBlockStart && isPlain(draft.charCodeAt(i + 1)) && i + 1 < span.end);
      if (!plain) flush(i);
      if (!plain && isSpace(code)) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (!plain && isDropped(code)) continue;
      if (pendingSpace >= 0 && !atBlockStart) {
        flush(i);
        chunks.push(' ');
        map[n++] = pendingSpace;
      }
      pendingSpace = -1;
      atBlockStart = false;
      map[n++] = i;
      if (plain) {
        if (run < 0) run = i;
        // The rest of the plain stretch joins the run: only the map is written per char.
        while (i + 1 < span.end) {
          const d = draft.charCodeAt(i + 1);
          if (!isPlain(d) && !(d === 32 && i + 2 < span.end && isPlain(draft.charCodeAt(i + 2)))) break;
          map[n++] = ++i;
        }
        continue;
      }
      if (code === 96) chunks.push("'");
      else {
        const c = draft[i]!;
        const lower = c.toLowerCase();
        chunks.push(QUOTES[c] ?? (lower.length === 1 ? lower : c));
      }
    }
    flush(span.end);
  }
  const last = spans[spans.length - 1];
  map[n++] = last ? last.end : 0;
  return { text: chunks.join(''), map: map.subarray(0, n) };
}

/** Draft span for working span [ws, we): end maps past the last char actually matched. */
export function toDraftSpan(w: Working, ws: number, we: number): { start: number; end: number } {
  const start = w.map[ws]!;
  const end = we > ws ? w.map[we - 1]! + 1 : start;
  return { start, end };
}
