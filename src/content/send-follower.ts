// After a send went through (the user's own press, or "Send anyway" after a
// hold): watch the provider's undo window and, if the send stands, record it
// as a touch. An undone send is not a touch; a scheduled one becomes one when
// it shows in the conversation. One watch per compose at a time: a second
// press while the first is still being followed is the same send.
import type { ComposeHandle, MailProvider } from '../providers/types';
import type { ComposeSnapshot } from '../shared/readings';
import { request } from '../shared/messaging';

export type RecordSent = (compose: ComposeSnapshot, at: number) => Promise<unknown>;

const recordSent: RecordSent = (compose, at) => request('compose/sent', { compose, at, scheduled: false });

export interface SendFollower {
  /** Starts following a send of `compose` that is going through now; false when one is already followed. */
  follow(compose: ComposeHandle): boolean;
}

export function createSendFollower(provider: MailProvider, doc: Document, signal: AbortSignal, record: RecordSent = recordSent, clock: () => number = Date.now): SendFollower {
  const following = new WeakSet<Element>();
  return {
    follow(compose) {
      if (signal.aborted || following.has(compose.root)) return false;
      let snap: ComposeSnapshot;
      let outcome: Promise<string>;
      // Read before the compose goes away: once sent, its recipients are gone from the page.
      const at = clock();
      try {
        snap = compose.snapshot();
        outcome = provider.watchSendOutcome(doc, compose, signal).outcome;
      } catch {
        return false;
      }
      following.add(compose.root);
      void outcome
        .then((o) => (o === 'sent' ? record(snap, at) : undefined))
        .catch(() => undefined)
        .finally(() => following.delete(compose.root));
      return true;
    },
  };
}
