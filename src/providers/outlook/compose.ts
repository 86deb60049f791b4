// Compose windows: the inline reply in the reading pane, a new message, and the
// pop-out window. A compose is found from its body editor: its root is the
// nearest ancestor that also holds a Send button. Read only: the draft is read
// with innerText and nothing in the editor is ever changed.
import type { ComposeSnapshot, Person } from '../../shared/readings';
import type { ComposeHandle } from '../types';
import { readAccount } from './account';
import { BCC_WELL_LABELS, CC_WELL_LABELS } from './locale';
import { cleanName, findEmail, person } from './people';
import { type SelectorEntry, SELECTORS, queryAll, queryOne, valueOf } from './selectors';

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

function sendButtonIn(root: ParentNode): Element | null {
  return queryOne(root, 'sendButton')?.element ?? null;
}

function rootOf(editor: Element): Element | null {
  let el: Element | null = editor.parentElement;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    if (sendButtonIn(el)) return el;
  }
  return null;
}

function chipsToPeople(well: Element): Person[] {
  const out: Person[] = [];
  const chips = queryAll(well, 'recipientChip')?.elements ?? [];
  for (const chip of chips) {
    if (chips.some((other) => other !== chip && other.contains(chip))) continue;
    const address = findEmail(chip.getAttribute('title')) ?? findEmail(chip.getAttribute('aria-label')) ?? findEmail(chip.textContent);
    const p = person(address, cleanName(chip.textContent));
    if (p.address || p.name) out.push(p);
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
  if ((CC_WELL_LABELS as readonly string[]).includes(label)) return 'cc';
  if ((BCC_WELL_LABELS as readonly string[]).includes(label)) return 'bcc';
  if (label) return 'to';
  return index === 0 ? 'to' : index === 1 ? 'cc' : 'bcc';
}

function isPopout(doc: Document): boolean {
  return !queryOne(doc, 'readingPane') && !queryOne(doc, 'listRow');
}

export interface ComposeContext {
  /** The open conversation's id and subject, for an inline reply. */
  conversation(): { threadKey: string; subject: string | null } | null;
}

export function composeHandle(root: Element, editorEntry: SelectorEntry, ctx: ComposeContext): ComposeHandle {
  const doc = root.ownerDocument;
  const composeId = composeIdOf(root);
  const editor = () => root.querySelector<HTMLElement>(editorEntry.css);
  const inConversation = () => !!queryOne(doc, 'conversation')?.element.contains(root);
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
      const wells = (queryAll(root, 'recipientWell')?.elements ?? []).filter((w) => !w.matches(editorEntry.css));
      wells.forEach((well, i) => {
        const role = wellRole(well, i);
        if (role !== 'bcc') (role === 'to' ? to : cc).push(...chipsToPeople(well));
      });
      const inline = inConversation();
      const conversation = inline ? ctx.conversation() : null;
      const input = queryOne(root, 'subjectInput');
      const subject = input ? (input.element as HTMLInputElement).value ?? valueOf(input.element, input.entry) : conversation?.subject ?? null;
      return {
        provider: 'outlook',
        account: readAccount(doc).address,
        composeId,
        kind: inline ? 'inline' : isPopout(doc) ? 'popout' : 'new',
        to: to.slice(0, 500),
        cc: cc.slice(0, 500),
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
export function findOutlookComposes(doc: Document, ctx: ComposeContext): { handles: ComposeHandle[]; matched: Record<string, string> } {
  const found = queryAll(doc, 'composeEditor');
  if (!found) return { handles: [], matched: {} };
  const handles: ComposeHandle[] = [];
  for (const editor of found.elements) {
    const root = rootOf(editor);
    if (root && !handles.some((h) => h.root === root)) handles.push(composeHandle(root, found.entry, ctx));
  }
  const send = handles[0] ? queryOne(handles[0].root, 'sendButton') : null;
  return { handles, matched: { composeEditor: found.entry.id, ...(send ? { sendButton: send.entry.id } : {}) } };
}
