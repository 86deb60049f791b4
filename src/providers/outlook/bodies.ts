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
  // One query per document, then a walk up the parents per element: far cheaper than closest() with a selector.
  const bodies = new Map<Document, Set<Element>>();
  const verdicts = new Map<Element, boolean>();
  const isBody = (b: Element): boolean => {
    if (b.id.startsWith('UniqueMessageBody')) return true;
    let v = verdicts.get(b);
    if (v === undefined) {
      const frame = b.ownerDocument.querySelector(APP_FRAME);
      verdicts.set(b, (v = !(frame && within(frame, b))));
    }
    return v;
  };
  return (el) => {
    const doc = el.ownerDocument;
    let set = bodies.get(doc);
    if (!set) bodies.set(doc, (set = new Set(doc.querySelectorAll(BODY))));
    if (set.size === 0) return false;
    for (let p: Element | null = el; p; p = p.parentElement) if (set.has(p) && isBody(p)) return true;
    return false;
  };
}

/** Whether `el` is `ancestor` or inside it: a walk up the parents (happy-dom's contains() walks the subtree). */
export function within(el: Node, ancestor: Node): boolean {
  for (let p: Node | null = el; p; p = p.parentNode) if (p === ancestor) return true;
  return false;
}

/** `els` without those inside a body or inside one of `excluded` (the compose windows). */
export function outside(els: Iterable<Element>, inBody: BodyGuard, excluded: readonly Element[] = []): Element[] {
  const out: Element[] = [];
  for (const el of els) if (!inBody(el) && !excluded.some((x) => within(el, x))) out.push(el);
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
