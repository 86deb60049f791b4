// The send guard (#17). One rule: once we cancel a user's Send, it ends in
// exactly one of three ways: sent (one real send, then followed and recorded
// like any other), edited, or kept for tomorrow ("Sleep on it"). Anything that
// goes wrong on our side (the check or the dialog throws, the background is
// slower than CHECK_WAIT_MS) lets the send through: we never stand between the
// user and their mail by accident.
//
// Only the user's own presses count (`isTrusted`): a click the page's script
// makes neither opens the warning nor starts a send-outcome watch. Our own
// re-dispatch after "Send anyway" is recognised by a counter in this closure,
// which lives in the isolated world; nothing the page can set on an event or
// an element makes us let a send through or record one.
import type { ComposeUiApi } from './compose-ui-api';
import type { ComposeSession } from './compose-session';
import { holdVerdict } from './hold-verdict';
import { within } from './within';

/** How long a press may wait for the recipients' context before the send goes through unchecked. */
export const CHECK_WAIT_MS = 1_000;

export interface GuardDeps {
  /** The compose session an event happened in, if any. */
  sessionFor(target: EventTarget | null): ComposeSession | null;
  /** The compose UI, if it has loaded. */
  ui(): ComposeUiApi | null;
  /** A send is going through now: follow it to its outcome and record it. */
  follow(session: ComposeSession): void;
  /** "Sleep on it": true once tomorrow's reminder is saved. */
  sleepOnIt(session: ComposeSession): Promise<boolean>;
  checkWaitMs?: number;
}

type Verdict = { hold: false } | { hold: true; api: ComposeUiApi; key: string; report: NonNullable<ReturnType<ComposeSession['checkNow']>> } | 'wait';

function cancel(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

export function createSendGuard(deps: GuardDeps): (e: Event) => void {
  /** Sessions whose press we cancelled and have not settled yet. */
  const open = new WeakSet<ComposeSession>();
  let redispatching = 0;

  const verdictFor = (session: ComposeSession): Verdict => {
    const api = deps.ui();
    if (!api) return { hold: false };
    session.sync(); // recipients may have changed since the page was last read
    const state = session.contextState();
    if (state === 'pending') return 'wait';
    if (state === 'failed') return { hold: false };
    const report = session.checkNow();
    if (!report) return { hold: false };
    const key = api.dismissalKey(session.compose.draftText());
    const { hold } = holdVerdict(report, session.dismissed.has(key));
    return hold ? { hold, api, key, report } : { hold: false };
  };

  /** The one real send after a cancelled press. */
  const sendNow = (session: ComposeSession) => {
    redispatching++;
    try {
      session.compose.send();
    } catch {
      // The Send button is gone (the compose closed meanwhile): nothing to send.
    } finally {
      redispatching--;
    }
    try {
      deps.follow(session);
    } catch {
      // Not recorded, but sent: the send itself is what matters.
    }
  };

  /** Ends a cancelled press; `decided` is set once it is sent, edited or kept, so a later error never sends a second time. */
  const settle = async (session: ComposeSession, first: Verdict, decided: { done: boolean }) => {
    let verdict = first;
    if (verdict === 'wait') {
      await within(session.contextSettled(), deps.checkWaitMs ?? CHECK_WAIT_MS);
      verdict = verdictFor(session);
      if (verdict === 'wait') verdict = { hold: false };
    }
    if (!verdict.hold) {
      decided.done = true;
      return sendNow(session);
    }
    const choice = await verdict.api.showPresendDialog(verdict.report, session.recipientName(), { sleepOnIt: () => deps.sleepOnIt(session) });
    decided.done = true;
    if (choice === 'send') {
      session.dismissed.add(verdict.key); // dismissed once: the same text is not held again (e.g. after an undo)
      sendNow(session);
    } else if (choice === 'edit') {
      try {
        session.compose.editor()?.focus();
      } catch {
        // The draft is there either way.
      }
    }
    // 'sleep': the draft stays as it is; the dialog said whether the reminder was saved.
  };

  return (e: Event) => {
    // Our own "Send anyway" click: let it through; it is already being followed.
    if (redispatching > 0) return;
    if (!e.isTrusted) return;
    const session = deps.sessionFor(e.target);
    if (!session) return;
    let isSend = false;
    try {
      isSend = session.compose.isSendEvent(e);
    } catch {
      return;
    }
    if (!isSend) return;
    // A second press while we hold the first: the same question, not a second send.
    if (open.has(session)) return cancel(e);
    let verdict: Verdict;
    try {
      verdict = verdictFor(session);
    } catch {
      verdict = { hold: false }; // the check failed: let the send through
    }
    if (verdict !== 'wait' && !verdict.hold) return deps.follow(session);
    cancel(e);
    open.add(session);
    const decided = { done: false };
    settle(session, verdict, decided)
      // Anything failed after we cancelled and before the user chose: the send goes through.
      .catch(() => decided.done || sendNow(session))
      .finally(() => open.delete(session));
  };
}
