// Mail bodies are not markup we trust (#15): a received message can hold a
// look-alike "From:" block, a RecipientWell, a SentReceivedSavedTime or a
// primaryMailboxRoot of its own. Senders, recipients, dates, ids and the
// account are read only outside bodies; whatever sits inside one creates
// nothing and changes no status.
import type { SelectorEntry } from './selectors';

const BODY = 'div[id^="UniqueMessageBody"], [role="document"]';
/** What only the app's own frame holds. Bodies sit inside it, so its first element in the document is always the app's own. */
const APP_FRAME = '#ReadingPaneContainerId, #ConversationReadingPaneContainer, [data-app-section]';

export type BodyGuard = (el: Element) => boolean;

/**
 * A test for "inside a message body". `UniqueMessageBody` is always a body;
 * `role="document"` is one unless it wraps the app's frame (the first
 * reading-pane or section element of the page), as a page marking the whole
 * pane as a document would. Verdicts are cached for one reading.
 */
export function bodyGuard(): BodyGuard {
  const verdicts = new Map<Element, boolean>();
  const frames = new Map<Document, Element | null>();
  const isBody = (b: Element): boolean => {
    if (b.id.startsWith('UniqueMessageBody')) return true;
    let v = verdicts.get(b);
    if (v === undefined) {
      const doc = b.ownerDocument;
      if (!frames.has(doc)) frames.set(doc, doc.querySelector(APP_FRAME));
      const frame = frames.get(doc);
      verdicts.set(b, (v = !(frame && b.contains(frame))));
    }
    return v;
  };
  return (el) => {
    for (let b = el.closest(BODY); b; b = b.parentElement?.closest(BODY) ?? null) if (isBody(b)) return true;
    return false;
  };
}

/** `els` without those inside a body or inside one of `excluded` (the compose windows). */
export function outside(els: Iterable<Element>, inBody: BodyGuard, excluded: readonly Element[] = []): Element[] {
  const out: Element[] = [];
  for (const el of els) if (!inBody(el) && !excluded.some((x) => x.contains(el))) out.push(el);
  return out;
}

/** The first element of `entries` (in table order) under `root` outside bodies and `exclude`, with its entry. */
export function firstOutside(root: ParentNode, entries: readonly SelectorEntry[], inBody: BodyGuard, exclude: readonly Element[] = [], keep: (el: Element, entry: SelectorEntry) => boolean = () => true): { entry: SelectorEntry; element: Element } | null {
  for (const entry of entries) {
    const element = outside(root.querySelectorAll(entry.css), inBody, exclude).find((el) => keep(el, entry));
    if (element) return { entry, element };
  }
  return null;
}
