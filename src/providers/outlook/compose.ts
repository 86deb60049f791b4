// Compose windows: the inline reply in the reading pane (in a conversation or
// a single item), a new message, and the pop-out window. A compose is found
// from its body editor: its root is the explicit compose section around it,
// else the nearest ancestor that also holds a Send button, never the app's
// frame. Read only: the draft is read with innerText and nothing in the
// editor is ever changed.
import type { ComposeSnapshot, Person } from '../../shared/readings';
import type { ComposeHandle } from '../types';
import { readAccount } from './account';
import { BCC_WELL_LABELS, CC_WELL_LABELS, TO_WELL_LABELS } from './locale';
import { type BodyGuard, bodyGuard, firstOutside } from './bodies';
import { findEmail, nameResolver, person, pillPerson } from './people';
import { type SelectorEntry, SELECTORS, queryAll, queryOne } from './selectors';

const MAX_DEPTH = 20;
const ids = new WeakMap<Element, string>();
let counter = 0;

function composeIdOf(root: Element): string {
  let id = ids.get(root);
  if (!id) {
    id = `outlook-compose-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
    ids.set(root, id);
  }
  return id;
}

/**
 * Send inside a compose root: the language-free `ComposeSendButton` (its
 * primary button when it wraps a split button), then the label, then the
 * Fluent split button's primary action, which the ribbon's New mail, Delete
 * and Report share: the root is bounded so that the ribbon is never in it.
 */
function sendIn(root: ParentNode): { entry: SelectorEntry; element: Element } | null {
  const found = queryOne(root, 'sendButton');
  if (!found || found.entry.id !== 'compose-send-testid') return found;
  const t = found.element;
  const inner = t.matches('button, [role="button"]') ? t : t.querySelector('button:not([aria-haspopup]), [role="button"]:not([aria-haspopup])');
  return { entry: found.entry, element: inner ?? t };
}

function sendButtonIn(root: ParentNode): Element | null {
  return sendIn(root)?.element ?? null;
}

const ROOTS = SELECTORS.composeRoot.map((e) => e.css).join(', ');
// A compose never holds the list, the folder pane, the header or the whole reading pane: the walk stops there.
const FRAME = '[role="main"], [role="banner"], [role="navigation"], [role="listbox"], [role="tree"], [data-app-section="ConversationContainer"], [data-app-section="ItemContainer"], #ReadingPaneContainerId, body';

function rootOf(editor: Element): Element | null {
  const explicit = editor.closest(ROOTS);
  if (explicit) return explicit;
  let el: Element | null = editor.parentElement;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    if (el.matches(FRAME) || el.querySelector(FRAME)) return null;
    if (sendButtonIn(el)) return el;
  }
  return null;
}

function chipsToPeople(well: Element): Person[] {
  const out: Person[] = [];
  const chips = queryAll(well, 'recipientChip')?.elements ?? [];
  for (const chip of chips) {
    if (chips.some((other) => other !== chip && other.contains(chip))) continue;
    const p = pillPerson(chip);
    const address = p?.address ?? findEmail(chip.getAttribute('title')) ?? findEmail(chip.getAttribute('aria-label'));
    if (address && !p?.address) out.push(person(address, p?.name ?? null));
    else if (p) out.push(p);
  }
  // Addresses typed but not yet resolved into a chip.
  const typed = Array.from(well.childNodes)
    .filter((n) => n.nodeType === 3 || !chips.some((c) => c === n || c.contains(n)))
    .map((n) => n.textContent ?? '')
    .join(' ');
  for (const part of typed.split(/[;,\s]+/)) {
    const address = findEmail(part);
    if (address && !out.some((p) => p.address === address)) out.push({ address, name: null, confidence: 'medium' });
  }
  return out;
}

function wellRole(well: Element, index: number): 'to' | 'cc' | 'bcc' {
  const label = (well.getAttribute('aria-label') ?? '').replace(/:\s*$/, '').trim().toLowerCase();
  if ((TO_WELL_LABELS as readonly string[]).includes(label)) return 'to';
  if ((CC_WELL_LABELS as readonly string[]).includes(label)) return 'cc';
  if ((BCC_WELL_LABELS as readonly string[]).includes(label)) return 'bcc';
  // A label in a language we do not know: OWA shows the wells in the order To, Cc, Bcc.
  return index === 0 ? 'to' : index === 1 ? 'cc' : 'bcc';
}

function isPopout(doc: Document, inBody: BodyGuard): boolean {
  return !firstOutside(doc, SELECTORS.readingPane, inBody) && !firstOutside(doc, SELECTORS.listRow, inBody);
}

export interface ComposeContext {
  /** The open conversation's id, subject and the people it shows with an address, for an inline reply. */
  conversation(): { threadKey: string; subject: string | null; people: Person[] } | null;
}

/** The subject input: the one whose id ends in _SUBJECT, else the last text input (Briskine: "in case we find more fields"). */
function subjectOf(root: Element): string | null {
  const byId = root.querySelector<HTMLInputElement>(SELECTORS.subjectInput[0].css);
  if (byId) return byId.value ?? byId.getAttribute('value');
  const inputs = root.querySelectorAll<HTMLInputElement>(SELECTORS.subjectInput[1].css);
  const last = inputs[inputs.length - 1];
  return last ? last.value ?? last.getAttribute('value') : null;
}

export function composeHandle(root: Element, editorEntry: SelectorEntry, ctx: ComposeContext): ComposeHandle {
  const doc = root.ownerDocument;
  const composeId = composeIdOf(root);
  const editor = () => root.querySelector<HTMLElement>(editorEntry.css);
  // The open conversation or single item, never a look-alike inside a mail body.
  const inConversation = (inBody: BodyGuard) => !!firstOutside(doc, SELECTORS.conversation, inBody)?.element.contains(root);
  return {
    root,
    composeId,
    editor,
    draftText() {
      const el = editor();
      if (!el) return '';
      return typeof el.innerText === 'string' ? el.innerText : el.textContent ?? '';
    },
    snapshot(): ComposeSnapshot {
      const to: Person[] = [];
      const cc: Person[] = [];
      const ed = editor();
      const wells = (queryAll(root, 'recipientWell')?.elements ?? []).filter((w) => !w.matches(editorEntry.css) && !ed?.contains(w));
      wells.forEach((well, i) => {
        const role = wellRole(well, i);
        if (role !== 'bcc') (role === 'to' ? to : cc).push(...chipsToPeople(well));
      });
      const inBody = bodyGuard();
      const inline = inConversation(inBody);
      const conversation = inline ? ctx.conversation() : null;
      const resolve = nameResolver(conversation?.people ?? []);
      const subject = subjectOf(root) ?? conversation?.subject ?? null;
      return {
        provider: 'outlook',
        account: readAccount(doc).address,
        composeId,
        kind: inline ? 'inline' : isPopout(doc, inBody) ? 'popout' : 'new',
        to: to.map(resolve).slice(0, 500),
        cc: cc.map(resolve).slice(0, 500),
        // An inline reply whose To/Cc are not expanded shows no wells: its recipients are unknown, not none (#15).
        ...(wells.length === 0 ? { recipientsShown: false } : {}),
        subject: subject?.slice(0, 2000) ?? null,
        threadKey: conversation?.threadKey ?? null,
      };
    },
    isSendEvent(event: Event): boolean {
      // nodeType, not instanceof: the content script's isolated world has its own Element.
      const t = event.target as Node | null;
      const target = t && t.nodeType === 1 ? (t as Element) : null;
      if (!target || !root.contains(target)) return false;
      const button = sendButtonIn(root);
      const onButton = !!button && (button === target || button.contains(target));
      if (event.type === 'click') return onButton;
      if (event.type !== 'keydown') return false;
      const key = (event as KeyboardEvent).key;
      if (onButton && (key === 'Enter' || key === ' ' || key === 'Spacebar')) return true;
      const k = event as KeyboardEvent;
      const ed = editor();
      return key === 'Enter' && (k.ctrlKey || k.metaKey) && !k.altKey && !!ed && ed.contains(target);
    },
    send() {
      const button = sendButtonIn(root);
      if (button instanceof HTMLElement) button.click();
    },
  };
}

/** Every compose on the page, with the selector entries that found them. */
export function findOutlookComposes(doc: Document, ctx: ComposeContext, inBody: BodyGuard = bodyGuard()): { handles: ComposeHandle[]; matched: Record<string, string> } {
  // One query: the second editor entry is a superset of the first.
  const [strict, loose] = SELECTORS.composeEditor;
  const editors = Array.from(doc.querySelectorAll(loose.css));
  const preferred = editors.filter((el) => el.matches(strict.css));
  const found = preferred.length ? { entry: strict, elements: preferred } : editors.length ? { entry: loose, elements: editors } : null;
  if (!found) return { handles: [], matched: {} };
  const handles: ComposeHandle[] = [];
  for (const editor of found.elements) {
    // An editor inside a mail body is content, not a compose.
    if (inBody(editor)) continue;
    const root = rootOf(editor);
    if (root && !handles.some((h) => h.root === root)) handles.push(composeHandle(root, found.entry, ctx));
  }
  const send = handles[0] ? sendIn(handles[0].root) : null;
  return { handles, matched: { composeEditor: found.entry.id, ...(send ? { sendButton: send.entry.id } : {}) } };
}
