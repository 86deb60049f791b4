// Mail content is not markup we trust (#15). A received message's body, a
// list row's snippet and the draft being written (with its quoted earlier
// mail) can hold anything a sender typed or pasted: a forwarded "From:" block,
// a `span[email]`, a `div[data-message-id]`, a `span.g3[title]`, even a whole
// copied message header. Senders, recipients, dates and ids are read only from
// Gmail's own chrome, so every query skips what lies inside such content.

/** Where mail content sits: expanded bodies (`.ii.gt`, `.a3s`), collapsed and row snippets, the compose editor. */
export const MAIL_CONTENT_CSS = 'div.ii.gt, .a3s, .iA.g6, .y2, .gmail_quote, [contenteditable]:not([contenteditable=false])';

// The same test as MAIL_CONTENT_CSS by hand: this runs for every element a
// reader query finds, and reading the class attribute is far cheaper than
// `closest()` or `classList` (happy-dom builds a token list on each access).
const TOKEN = (t: string) => new RegExp(`(?:^|\\s)${t}(?:\\s|$)`);
const ALONE = /(?:^|\s)(?:a3s|y2|gmail_quote)(?:\s|$)/;
const [II, GT, IA, G6] = ['ii', 'gt', 'iA', 'g6'].map(TOKEN) as [RegExp, RegExp, RegExp, RegExp];

export function isMailContent(el: Element): boolean {
  return hasContentClass(el) || isEditable(el);
}

// Gmail's own content containers (the outermost ones, which is all a walk
// needs to find) are divs, spans, paragraphs and blockquotes; table parts and
// headings between a hit and its row or message need no attribute lookup.
const NEVER = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TABLE', 'H2', 'H3', 'BODY', 'HTML', 'FORM']);
const mayBeContent = (el: Element) => !NEVER.has(el.tagName) && isMailContent(el);

function hasContentClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return Boolean(cls && (ALONE.test(cls) || (II.test(cls) && GT.test(cls) && el.tagName === 'DIV') || (IA.test(cls) && G6.test(cls))));
}

function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

// During one reading (synchronous; the reader never changes the page) an
// element's answer cannot change: the ancestors that many hits share (a row,
// a message header) are looked at once. Outside a reading nothing is kept.
let clean: Set<Element> | null = null;

/** Runs one synchronous reading of the page with the answers remembered. */
export function oneReading<T>(read: () => T): T {
  if (clean) return read();
  clean = new Set();
  try {
    return read();
  } finally {
    clean = null;
  }
}

/**
 * True when `el` is not inside mail content (the element itself may be a body
 * or an editor: only what it sits in counts). The walk stops at `within`, an
 * element the caller already knows to be outside mail content.
 */
export function outsideMail(el: Element, within?: ParentNode): boolean {
  const seen: Element[] = [];
  for (let n = el.parentElement; n && n !== within; n = n.parentElement) {
    // Known (this reading) to be neither content nor inside content below `within`: the rest of the walk was done.
    if (clean?.has(n)) break;
    if (mayBeContent(n)) return false;
    seen.push(n);
  }
  if (clean) for (const n of seen) clean.add(n);
  return true;
}
