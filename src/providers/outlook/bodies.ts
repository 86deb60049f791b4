// Mail bodies are not markup we trust (#15): a received message can hold a
// look-alike "From:" block, a RecipientWell, a SentReceivedSavedTime or a
// primaryMailboxRoot of its own. Senders, recipients, dates, ids and the
// account are read only outside bodies; whatever sits inside one creates
// nothing and changes no status.
import type { SelectorEntry } from './selectors';

/** What only the app's own frame holds. Bodies sit inside it, so its first element in the document is always the app's own. */
const APP_FRAME = '#ReadingPaneContainerId, #ConversationReadingPaneContainer, [data-app-section]';

export type BodyGuard = (el: Element) => boolean;

/**
 * A test for "inside a message body": `[id^=UniqueMessageBody]` always is
 * one; `role="document"` is one unless it wraps the app's frame (the first
 * reading-pane or section element of the page), as a page marking the whole
 * pane as a document would. Each ancestor is judged once per reading: a walk
 * up the parents, memoised, costs far less than a selector query per element.
 */
export function bodyGuard(): BodyGuard {
  const memo = new Map<Element, boolean>();
  const frames = new Map<Document, Element | null>();
  const isBody = (el: Element): boolean => {
    if (el.id.startsWith('UniqueMessageBody')) return true;
    if (el.getAttribute('role') !== 'document') return false;
    const doc = el.ownerDocument;
    if (!frames.has(doc)) frames.set(doc, doc.querySelector(APP_FRAME));
    const frame = frames.get(doc);
    return !(frame && within(frame, el));
  };
  const inBody = (el: Element | null): boolean => {
    if (!el) return false;
    let v = memo.get(el);
    if (v === undefined) memo.set(el, (v = isBody(el) || inBody(el.parentElement)));
    return v;
  };
  return inBody;
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
  const ok = (el: Element, entry: SelectorEntry) => !inBody(el) && !exclude.some((x) => within(el, x)) && keep(el, entry);
  for (const entry of entries) {
    // The first match is nearly always the app's own: one early-exit query, the full list only when it is not.
    const first = root.querySelector(entry.css);
    if (!first) continue;
    if (ok(first, entry)) return { entry, element: first };
    const element = Array.from(root.querySelectorAll(entry.css)).find((el) => ok(el, entry));
    if (element) return { entry, element };
  }
  return null;
}
