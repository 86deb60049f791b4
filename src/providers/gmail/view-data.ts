// Classic Gmail (before ~2018) rows carry no thread id. The page's inline
// `VIEW_DATA` script holds the list it rendered ("tb" entries: id, sender
// HTML, subject HTML, date title, microsecond time), so a row can be matched
// to its thread by what it shows. We read it as text, never run it.

export interface ViewDataThread {
  id: string;
  subject: string;
  senders: string[];
  title: string;
}

const cache = new WeakMap<Element, ViewDataThread[]>();

/** The threads in a page's VIEW_DATA, or [] when there is none. */
export function viewDataThreads(doc: Document): ViewDataThread[] {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const hit = cache.get(script);
    if (hit) return hit;
    const text = script.textContent ?? '';
    const start = text.indexOf('VIEW_DATA=');
    if (start < 0) continue;
    const threads = parseThreads(text.slice(start + 'VIEW_DATA='.length));
    cache.set(script, threads);
    return threads;
  }
  return [];
}

function parseThreads(src: string): ViewDataThread[] {
  const json = jsArrayToJson(src);
  if (!json) return [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const out: ViewDataThread[] = [];
  if (!Array.isArray(data)) return out;
  for (const item of data) {
    if (!Array.isArray(item) || item[0] !== 'tb' || !Array.isArray(item[2])) continue;
    for (const t of item[2] as unknown[]) {
      if (!Array.isArray(t) || typeof t[0] !== 'string') continue;
      out.push({
        id: t[0].toLowerCase(),
        subject: htmlText(String(t[9] ?? '')),
        senders: [...String(t[7] ?? '').matchAll(/email="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()),
        title: String(t[15] ?? '').trim(),
      });
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ', raquo: '»' };

/** Text of a small HTML snippet without parsing it into a DOM. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first JS array literal in `src` as JSON: holes (`[,` `,,` `,]`) become
 * null, JS-only string escapes become JSON ones. Null if it is not one array.
 */
export function jsArrayToJson(src: string): string | null {
  let out = '';
  let depth = 0;
  let prev = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let str = '';
      while (j < src.length && src[j] !== ch) {
        if (src[j] === '\\') {
          const n = src[j + 1];
          if (n === 'x') str += '\\u00' + src.slice(j + 2, j + 4), (j += 4);
          else if (n === "'") str += "'", (j += 2);
          else str += src.slice(j, j + 2), (j += 2);
        } else {
          str += src[j] === '"' ? '\\"' : src[j];
          j++;
        }
      }
      out += '"' + str + '"';
      i = j;
      prev = 'v';
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (ch === '[') depth++, (out += ch), (prev = '[');
    else if (ch === ']') {
      if (prev === ',') out += 'null';
      out += ch;
      prev = 'v';
      if (--depth === 0) return out;
    } else if (ch === ',') {
      if (prev === '[' || prev === ',') out += 'null';
      out += ch;
      prev = ',';
    } else if (depth === 0) return null;
    else out += ch, (prev = 'v');
  }
  return null;
}
