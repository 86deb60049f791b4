// One compose window while it is open: who it goes to, the background's
// context for all of those recipients, and the tone report of the draft. The
// sidebar and the pre-send check read the same report from here, judged
// against the recipient furthest along the cadence (leadingToneIndex), so the
// two never disagree. Everything is read from the compose; nothing is written
// into it.
import { leadingToneIndex } from '../core/cadence';
import type { ToneReport } from '../core/tone';
import type { ComposeHandle } from '../providers/types';
import type { ComposeSnapshot } from '../shared/readings';
import type { ComposeContext } from '../shared/views';
import { liveCheck } from '../ui/sidebar/live-check';
import type { ComposeUiApi, ComposeView } from './compose-ui-api';

export type AskContext = (compose: ComposeSnapshot) => Promise<ComposeContext>;
export type ContextState = 'pending' | 'ready' | 'failed';

export interface ComposeSession extends ComposeView {
  compose: ComposeHandle;
  readonly signal: AbortSignal;
  /** Drafts the user chose "Send anyway" for (by dismissal key): not held again. */
  readonly dismissed: Set<string>;
  /** The sidebar was mounted (or tried and failed: it is not tried again). */
  sidebar: boolean;
  /** Reads the recipients again and asks for their context if they changed. */
  sync(): void;
  /** The store changed: ask for the context again on the next sync. */
  invalidate(): void;
  contextState(): ContextState;
  /** Settles when the context asked for last has arrived or failed. */
  contextSettled(): Promise<void>;
  /** The compose UI arrived: check the draft with its tone coach from now on. */
  useChecker(check: ComposeUiApi['checkDraft']): void;
  /** Checks the draft as it is this instant (the report becomes the shared one); throws if the check does. */
  checkNow(): ToneReport | null;
  /** The name to address the draft to in the pre-send dialog: the leading recipient's, as the compose shows it. */
  recipientName(): string | null;
  close(): void;
}

export function createComposeSession(compose: ComposeHandle, ask: AskContext, parent: AbortSignal): ComposeSession {
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  parent.addEventListener('abort', stop, { once: true });
  signal.addEventListener('abort', () => parent.removeEventListener('abort', stop), { once: true });

  const listeners = new Set<() => void>();
  let context: ComposeContext | null = null;
  let report: ToneReport | null = null;
  let check: ComposeUiApi['checkDraft'] | null = null;
  let key = '';
  let state: ContextState = 'pending';
  let asked = 0;
  let settled: Promise<void> = Promise.resolve();

  const notify = () => {
    for (const l of [...listeners]) {
      try {
        l();
      } catch {
        // One listener failing (a sidebar gone wrong) must not stop the others.
      }
    }
  };

  const leadIndex = () => leadingToneIndex(context?.prospects.map((p) => p.tone) ?? []);

  const runCheck = (): ToneReport | null => {
    if (!check) return null;
    const snap = session.compose.snapshot();
    const lead = context?.prospects[leadIndex()]?.tone;
    const next = check(session.compose.draftText(), lead, { subject: snap.subject ?? undefined, disabledRules: context?.disabledToneRules ?? [] });
    report = next;
    notify();
    return next;
  };
  const quietCheck = () => {
    try {
      runCheck();
    } catch {
      // A page we cannot read right now: keep the last report rather than show an error while typing.
    }
  };
  const schedule = liveCheck(quietCheck, signal);
  // On the compose root, not the editor: editors get replaced, and input/keyup from them bubble here.
  compose.root.addEventListener('input', schedule, { signal, passive: true });
  compose.root.addEventListener('keyup', schedule, { signal, passive: true });

  const askNow = (snap: ComposeSnapshot) => {
    const mine = ++asked;
    state = 'pending';
    settled = ask(snap).then(
      (answer) => {
        if (mine !== asked || signal.aborted) return;
        context = answer;
        state = 'ready';
        quietCheck();
        notify();
      },
      () => {
        if (mine !== asked) return;
        state = 'failed';
        key = ''; // asked again on the next sync
      },
    );
  };

  const session: ComposeSession = {
    compose,
    signal,
    dismissed: new Set(),
    sidebar: false,
    context: () => context,
    report: () => report,
    onChange(listener, until) {
      if (until.aborted) return;
      listeners.add(listener);
      until.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    refresh() {
      key = '';
      session.sync();
    },
    sync() {
      if (signal.aborted) return;
      let snap: ComposeSnapshot;
      try {
        snap = session.compose.snapshot();
      } catch {
        return;
      }
      const next = JSON.stringify([snap.account, snap.to.map((p) => p.address), snap.cc.map((p) => p.address)]);
      if (next === key) return;
      key = next;
      askNow(snap);
    },
    invalidate() {
      key = '';
    },
    contextState: () => state,
    contextSettled: () => settled,
    useChecker(fn) {
      check = fn;
      quietCheck();
    },
    checkNow: runCheck,
    recipientName() {
      const snap = session.compose.snapshot();
      const people = [...snap.to, ...snap.cc];
      const lead = context?.prospects[leadIndex()]?.prospect;
      const shown = (lead && people.find((p) => p.address && lead.addresses.includes(p.address))) ?? people[0];
      return shown ? shown.name || shown.address : null;
    },
    close: stop,
  };
  return session;
}
