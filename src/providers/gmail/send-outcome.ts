// After a send goes through, Gmail holds it for the undo window: a toast
// ("Message sent · Undo", `#link_undo`) shows, and the compose closes. The
// send is final when the toast goes away with the compose still closed; it
// is undone when Undo is clicked or the compose comes back. Only touches that
// end as `sent` count.
import type { SendOutcomeWatch } from '../types';
import type { GmailComposeHandle } from './compose';
import { asElement, findGmailComposes } from './compose';
import { gmailSelectors, pick } from './selectors';

const UNDO_CSS = gmailSelectors.undoLink.map((s) => s.css).join(', ');

type Outcome = Awaited<SendOutcomeWatch['outcome']>;

/** Longest undo window Gmail offers is 30 s; past that (plus slack) we stop watching. */
export const SEND_WATCH_LIMIT_MS = 45_000;

// The scheduled toast has no id of its own; its wording is the only sign.
// Localised words, used only to tell "scheduled" from "sent", never to find the toast.
const SCHEDULED = /schedul|geplant|programm/i;

const hiddenStyle = (el: Element | null) => {
  const style = el && 'style' in el ? (el as HTMLElement).style : null;
  return Boolean(style && (style.visibility === 'hidden' || style.display === 'none'));
};

function undoVisible(doc: Document): { link: Element; text: string } | null {
  const link = pick(doc, 'undoLink')?.el;
  if (!link) return null;
  const toast = link.closest('[role=alert]') ?? link.parentElement;
  // Gmail hides the link itself (`#link_undo[style="visibility:hidden"]`) when the undo window ends, before the toast goes.
  if (hiddenStyle(toast) || hiddenStyle(link)) return null;
  return { link, text: toast?.textContent ?? '' };
}

/**
 * Whether the compose is still open. Not `root.isConnected` alone: a
 * full-screen compose closed while it is still saving stays in the DOM and
 * only loses the children of its `div.aaZ` (InboxSDK), so a compose without
 * its editor is closed.
 */
export function composeStillOpen(compose: GmailComposeHandle): boolean {
  return compose.root.isConnected && pick(compose.root, 'composeEditor') !== null;
}

export function watchGmailSendOutcome(doc: Document, compose: GmailComposeHandle, signal: AbortSignal): SendOutcomeWatch {
  const outcome = new Promise<Outcome>((resolve) => {
    let toastSeen = false;
    let scheduled = false;
    let closedOnce = false;
    let pending = false;
    const finish = (o: Outcome) => {
      observer.disconnect();
      doc.removeEventListener('click', onClick, true);
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(o);
    };
    const reopened = () =>
      composeStillOpen(compose) || findGmailComposes(doc).some((c) => c.composeId === compose.composeId && !c.composeId.startsWith('gmail:local-'));
    const check = () => {
      pending = false;
      const open = reopened();
      if (!open) closedOnce = true;
      else if (closedOnce) return finish('undone');
      const toast = undoVisible(doc);
      if (toast) {
        toastSeen = true;
        scheduled ||= SCHEDULED.test(toast.text);
      } else if (toastSeen && !open) {
        finish(scheduled ? 'scheduled' : 'sent');
      }
    };
    // Mutations come in bursts while Gmail animates: check once per task.
    const observer = new MutationObserver(() => {
      if (!pending) (pending = true), setTimeout(check, 0);
    });
    const onClick = (e: Event) => {
      if (asElement(e.target)?.closest(UNDO_CSS)) finish('undone');
    };
    const onAbort = () => finish('unknown');
    const timer = setTimeout(() => finish(!reopened() && toastSeen ? (scheduled ? 'scheduled' : 'sent') : 'unknown'), SEND_WATCH_LIMIT_MS);
    if (signal.aborted) return finish('unknown');
    signal.addEventListener('abort', onAbort);
    doc.addEventListener('click', onClick, true);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
    check();
  });
  return { outcome };
}
