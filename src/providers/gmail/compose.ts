// Compose windows: new message and reply dialogs, the full-screen pop-out,
// the separate pop-out window (?view=cm) and the inline reply under a
// conversation. A handle reads recipients, subject and draft on demand and
// recognises the moment of sending in capture-phase events.
import type { ComposeSnapshot, Person } from '../../shared/readings';
import type { ComposeHandle } from '../types';
import { readAccount } from './account';
import { draftText } from './draft-text';
import { gmailIdKey } from './ids';
import { gmailSelectors, pick, type GmailField } from './selectors';

export interface GmailComposeHandle extends ComposeHandle {
  /** The send button found, or null when this compose's markup changed. */
  sendButton(): Element | null;
}

// Gmail's compose can live in another frame's realm: test nodeType, not instanceof.
export function asElement(t: EventTarget | null): Element | null {
  return t && (t as Node).nodeType === 1 ? (t as Element) : null;
}

const generatedIds = new WeakMap<Element, string>();
let nextId = 0;
// Clicks that `send()` itself dispatches: the guard must let them through.
const ownEvents = new WeakSet<Event>();

function all(root: ParentNode, field: GmailField): Element[] {
  for (const entry of gmailSelectors[field]) {
    const els = root.querySelectorAll(entry.css);
    if (els.length) return Array.from(els);
  }
  return [];
}

function recipients(root: Element, field: 'composeTo' | 'composeCc'): Person[] {
  const out: Person[] = [];
  for (const el of all(root, field)) {
    if (el.tagName === 'TEXTAREA') {
      // Older Gmail: "Name <a@b.c>, d@e.f" in a textarea.
      for (const m of (el as HTMLTextAreaElement).value.matchAll(/(?:"?([^",<]*?)"?\s*<)?([^\s<>,;]+@[^\s<>,;]+)>?/g)) {
        out.push({ address: m[2]!.toLowerCase(), name: m[1]?.trim() || null, confidence: 'medium' });
      }
      continue;
    }
    const address = (el.getAttribute('data-hovercard-id') ?? el.getAttribute('email') ?? '').trim().toLowerCase();
    if (!address.includes('@')) continue;
    const name = el.getAttribute('data-name') ?? el.getAttribute('name');
    out.push({ address, name: name && name !== address ? name : null, confidence: 'high' });
  }
  return out;
}

function composeKind(root: Element, doc: Document): ComposeSnapshot['kind'] {
  if (/[?&]view=cm\b/.test(doc.location?.search ?? '')) return 'popout';
  if (root.getAttribute('role') !== 'dialog') return 'inline';
  if (root.closest('.aSt')) return 'popout';
  return repliedMessage(root) ? 'reply' : 'new';
}

/** The message a reply answers: Gmail's compose form names it in `input[name=rm]`. */
function repliedMessage(root: Element): string | null {
  return gmailIdKey((root.querySelector('input[name=rm]') as HTMLInputElement | null)?.value);
}

function threadKeyOf(root: Element, doc: Document, kind: ComposeSnapshot['kind']): string | null {
  if (kind === 'new') return null;
  const heading = pick(root.closest('[role=region], [role=main]') ?? doc, 'convHeading');
  const open = gmailIdKey(heading?.el.getAttribute('data-legacy-thread-id'));
  if (kind === 'inline') return open;
  // A reply dialog belongs to the open conversation only if it holds the replied-to message.
  const rm = repliedMessage(root);
  return rm && doc.querySelector(`[data-legacy-message-id="${rm}"]`) ? open : null;
}

export function makeComposeHandle(root: Element, doc: Document): GmailComposeHandle {
  const formId = (root.querySelector('input[name=composeid]') as HTMLInputElement | null)?.value;
  let composeId = formId ? 'gmail:' + formId : generatedIds.get(root);
  if (!composeId) {
    composeId = `gmail:local-${++nextId}`;
    generatedIds.set(root, composeId);
  }
  const editor = () => pick(root, 'composeEditor')?.el as HTMLElement | null ?? null;
  const sendButton = () => pick(root, 'sendButton')?.el ?? null;
  return {
    root,
    composeId,
    editor,
    sendButton,
    snapshot() {
      const kind = composeKind(root, doc);
      const subject = (pick(root, 'composeSubject')?.el as HTMLInputElement | undefined)?.value ?? null;
      return {
        provider: 'gmail',
        account: readAccount(doc).address,
        composeId,
        kind,
        to: recipients(root, 'composeTo'),
        cc: recipients(root, 'composeCc'),
        subject: subject === null ? null : subject.slice(0, 2000),
        threadKey: threadKeyOf(root, doc, kind),
      };
    },
    draftText() {
      const ed = editor();
      return ed ? draftText(ed) : '';
    },
    isSendEvent(event) {
      const target = asElement(event.target);
      if (ownEvents.has(event) || !target || !root.contains(target)) return false;
      const button = sendButton();
      if (event.type === 'click') return Boolean(button?.contains(target));
      if (event.type !== 'keydown') return false;
      const key = event as KeyboardEvent;
      if (key.isComposing) return false;
      if ((key.key === 'Enter' || key.key === ' ') && !key.ctrlKey && !key.metaKey && button?.contains(target)) return true;
      // Ctrl/Cmd+Enter sends from anywhere in the compose (body, subject, recipients).
      return key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey && !key.shiftKey;
    },
    send() {
      const button = sendButton();
      if (!button) return;
      // Gmail's buttons act on the mousedown/mouseup pair, not on `click` alone.
      const view = doc.defaultView;
      for (const type of ['mousedown', 'mouseup', 'click']) {
        const ev = new (view?.MouseEvent ?? MouseEvent)(type, { bubbles: true, cancelable: true, view: view as Window | null });
        ownEvents.add(ev);
        button.dispatchEvent(ev);
      }
    },
  };
}

/** Every compose window on the page (one handle per editor). */
export function findGmailComposes(doc: Document): GmailComposeHandle[] {
  const roots = new Set<Element>();
  for (const editor of all(doc, 'composeEditor')) {
    const root = editor.closest('[role=dialog]') ?? editor.closest('.M9') ?? editor.closest('form')?.parentElement ?? editor.parentElement;
    if (root) roots.add(root);
  }
  return [...roots].map((root) => makeComposeHandle(root, doc));
}
