// After a send went through: OWA takes the compose away and, with undo send on,
// shows a toast with an "Undo" button for up to ten seconds. A click on it means
// undone; the toast going away without one means sent. With undo send off no
// toast comes: the compose gone is enough.
import type { ComposeHandle, SendOutcomeWatch } from '../types';
import { UNDO_LABELS } from './locale';
import { SELECTORS } from './selectors';

export interface SendTiming {
  /** How long to wait for the undo toast before deciding undo send is off. */
  toastWaitMs: number;
  /** Give up after this long ("unknown"), e.g. when OWA refused to send. */
  timeoutMs: number;
}

export const DEFAULT_SEND_TIMING: SendTiming = { toastWaitMs: 2_500, timeoutMs: 30_000 };

const isUndoText = (s: string | null | undefined) => !!s && (UNDO_LABELS as readonly string[]).includes(s.trim());

/** The undo button in a toast now on the page, or null. */
export function findUndoButton(doc: Document): Element | null {
  for (const toastEntry of SELECTORS.undoToast) {
    for (const toast of Array.from(doc.querySelectorAll(toastEntry.css))) {
      for (const entry of SELECTORS.undoButton) {
        for (const b of Array.from(toast.querySelectorAll(entry.css))) {
          if (entry.id === 'undo-label' || isUndoText(b.textContent) || isUndoText(b.getAttribute('aria-label'))) return b;
        }
      }
    }
  }
  return null;
}

export function watchOutlookSend(doc: Document, compose: ComposeHandle, signal: AbortSignal, timing: SendTiming = DEFAULT_SEND_TIMING): SendOutcomeWatch {
  const outcome = new Promise<'sent' | 'undone' | 'unknown'>((resolve) => {
    let toastSeen = false;
    let undoClicked = false;
    const started = Date.now();
    // A parsed document has no window: fall back to this realm's timers and observer.
    const view = doc.defaultView ?? globalThis;
    const finish = (value: 'sent' | 'undone' | 'unknown') => {
      observer.disconnect();
      doc.removeEventListener('click', onClick, true);
      clearInterval(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish('unknown');
    const onClick = (e: Event) => {
      const t = e.target as Node | null;
      const button = toastSeen ? findUndoButton(doc) : null;
      if (button && t && (button === t || button.contains(t))) undoClicked = true;
    };
    const check = () => {
      // Looked up afresh each time: OWA may re-render the toast as a new element.
      const showing = !!findUndoButton(doc);
      if (undoClicked) return finish('undone');
      if (showing) toastSeen = true;
      else if (toastSeen) return finish(compose.root.isConnected ? 'undone' : 'sent');
      const waited = Date.now() - started;
      if (!toastSeen && waited >= timing.toastWaitMs && !compose.root.isConnected) return finish('sent');
      if (waited >= timing.timeoutMs) finish('unknown');
    };
    if (signal.aborted) return resolve('unknown');
    const observer = new ((view as typeof globalThis).MutationObserver ?? MutationObserver)(check);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    doc.addEventListener('click', onClick, true);
    signal.addEventListener('abort', onAbort);
    // Time passing alone decides "no toast came" and the timeout: poll for those.
    const timer = setInterval(check, 250);
    check();
  });
  return { outcome };
}
