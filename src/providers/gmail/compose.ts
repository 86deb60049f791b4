// Compose windows: new message and reply dialogs, the full-screen pop-out,
// the separate pop-out window (?view=cm) and the inline reply under a
// conversation. A handle reads recipients, subject and draft on demand and
// recognises the moment of sending in capture-phase events.
import type { ComposeSnapshot, Person } from '../../shared/readings';
import type { ComposeHandle } from '../types';
import { isAddress, readAccount } from './account';
import { draftText } from './draft-text';
import { gmailIdKey } from './ids';
import { oneReading } from './mail-content';
import { firstOutside, gmailSelectors, pick, pickAll, type GmailField } from './selectors';

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
  return pickAll(root, field).els;
}

// "Name <a@b.c>" (the name may itself hold quotes or brackets: the address is the last <…>), or a bare address.
const NAMED = /^([\s\S]*?)\s*<([^<>\s]+)>\s*$/;

function parseChip(value: string): Person | null {
  const v = value.slice(0, 1000).trim();
  const m = NAMED.exec(v);
  const address = (m ? m[2]! : v).toLowerCase();
  if (!isAddress(address)) return null;
  const name = m?.[1]?.trim().replace(/^"([\s\S]*)"$/, '$1').trim().slice(0, 256) || null;
  return { address, name: name && name.toLowerCase() !== address ? name : null, confidence: 'medium' };
}

function recipients(root: Element, field: 'composeTo' | 'composeCc'): Person[] {
  const out: Person[] = [];
  for (const el of all(root, field)) {
    if (el.tagName === 'INPUT') {
      // Classic chips: one hidden input per committed recipient, "Name <a@b.c>" or "a@b.c".
      const p = parseChip((el as HTMLInputElement).value ?? '');
      if (p) out.push(p);
      continue;
    }
    const address = (el.getAttribute('data-hovercard-id') ?? el.getAttribute('email') ?? '').trim().toLowerCase();
    if (!isAddress(address)) continue;
    const name = el.getAttribute('data-name') ?? el.getAttribute('name');
    out.push({ address, name: name && name !== address ? name.slice(0, 256) : null, confidence: 'high' });
  }
  return out;
}

/** Gmail's separate compose window: `/popout` (Meru, 2026-03) or the older `?view=cm`. */
export function isPopoutWindow(doc: Document): boolean {
  return /[?&]view=cm\b/.test(doc.location?.search ?? '') || /\/popout\b/.test(doc.location?.pathname ?? '');
}

function composeKind(root: Element, doc: Document): ComposeSnapshot['kind'] {
  if (isPopoutWindow(doc)) return 'popout';
  if (root.getAttribute('role') !== 'dialog') return 'inline';
  if (root.closest('.aSt')) return 'popout';
  return repliedMessage(root) || ownThread(root) ? 'reply' : 'new';
}

/** The message a reply answers: Gmail's compose form names it in `input[name=rm]` (may read "undefined"). */
function repliedMessage(root: Element): string | null {
  return gmailIdKey((firstOutside(root, 'input[name=rm]') as HTMLInputElement | null)?.value, 'message');
}

/** The compose's own thread (`lts`, else `rt`): present in reply dialogs, pop-outs and full-screen replies too. */
function ownThread(root: Element): string | null {
  for (const entry of gmailSelectors.composeThread) {
    const key = gmailIdKey((firstOutside(root, entry.css) as HTMLInputElement | null)?.value, 'thread');
    if (key) return key;
  }
  return null;
}

function threadKeyOf(root: Element, doc: Document, kind: ComposeSnapshot['kind']): string | null {
  const own = ownThread(root);
  if (own) return own;
  if (kind === 'new') return null;
  const heading = pick(root.closest('[role=region], [role=main]') ?? doc, 'convHeading');
  const open = gmailIdKey(heading?.el.getAttribute('data-legacy-thread-id'), 'thread');
  if (kind === 'inline') return open;
  // A reply dialog belongs to the open conversation only if it holds the replied-to message.
  const rm = repliedMessage(root);
  return rm && doc.querySelector(`[data-legacy-message-id="${rm}"]`) ? open : null;
}

function readSnapshot(root: Element, doc: Document, composeId: string): ComposeSnapshot {
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
  // Send & Archive sends too (InboxSDK's presending stream accepts both).
  const sendButtons = () => [sendButton(), pick(root, 'sendArchiveButton')?.el ?? null].filter((b): b is Element => b !== null);
  // The button the user pressed, so a held send is let through by the same one (Send & Archive also archives).
  let pressed: Element | null = null;
  return {
    root,
    composeId,
    editor,
    sendButton,
    snapshot: () => oneReading(() => readSnapshot(root, doc, composeId)),
    draftText() {
      const ed = editor();
      return ed ? draftText(ed) : '';
    },
    isSendEvent(event) {
      const target = asElement(event.target);
      if (ownEvents.has(event) || !target || !root.contains(target)) return false;
      const button = sendButtons().find((b) => b.contains(target)) ?? null;
      if (event.type === 'click') return Boolean((pressed = button));
      if (event.type !== 'keydown') return false;
      const key = event as KeyboardEvent;
      if (key.isComposing) return false;
      if ((key.key === 'Enter' || key.key === ' ') && !key.ctrlKey && !key.metaKey && button) return Boolean((pressed = button));
      // Ctrl/Cmd+Enter sends from anywhere in the compose (body, subject, recipients), as plain Send.
      const shortcut = key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey && !key.shiftKey;
      if (shortcut) pressed = null;
      return shortcut;
    },
    send() {
      const button = pressed?.isConnected && root.contains(pressed) ? pressed : sendButton();
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
