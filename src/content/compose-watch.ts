// Finds every compose window on the page and gives each one a session
// (compose-session.ts): its recipients' context, one tone report, and once the
// compose UI has loaded (compose-ui-loader.ts), a sidebar. One send guard
// (send-guard.ts) on the window holds a Send whose draft the tone check flags;
// a send that goes through is followed to its outcome (send-follower.ts).
import type { MailProvider } from '../providers/types';
import { request } from '../shared/messaging';
import type { ComposeSnapshot } from '../shared/readings';
import type { ComposeUiApi } from './compose-ui-api';
import { loadComposeUi, loadedComposeUi } from './compose-ui-loader';
import { createComposeSession, type ComposeSession } from './compose-session';
import { createSendFollower } from './send-follower';
import { createSendGuard } from './send-guard';
import { sidebarDeps } from './sidebar-deps';
import { within } from './within';

export { resetComposeUiForTests } from './compose-ui-loader';

/** How long "Sleep on it" waits for the background to save the reminder before saying it could not. */
export const SLEEP_WAIT_MS = 5_000;

const sessions = new Map<Element, ComposeSession>();
let guarding = false;

function isGone(err: unknown): boolean {
  return err instanceof Error && /context invalidated/i.test(err.message);
}

/** Mounts the sidebar beside every session that has none yet, and checks drafts with the loaded tone coach. */
function attachUi(provider: MailProvider, api: ComposeUiApi): void {
  for (const s of sessions.values()) {
    if (s.sidebar || s.signal.aborted) continue;
    s.sidebar = true;
    s.useChecker(api.checkDraft);
    try {
      api.mountSidebar(provider, s, s.signal, sidebarDeps);
    } catch {
      // The sidebar is a help, never a precondition for writing.
    }
  }
}

function sessionFor(target: EventTarget | null): ComposeSession | null {
  const node = target && (target as Node).nodeType ? (target as Node) : null;
  if (!node) return null;
  for (const s of sessions.values()) if (s.compose.root.contains(node)) return s;
  return null;
}

function guard(provider: MailProvider, doc: Document, signal: AbortSignal): void {
  if (guarding) return;
  guarding = true;
  const follower = createSendFollower(provider, doc, signal);
  const onSend = createSendGuard({
    sessionFor,
    ui: loadedComposeUi,
    follow: (s) => void follower.follow(s.compose),
    sleepOnIt: (s) =>
      within(request('compose/sleep-on-it', { compose: s.compose.snapshot(), url: location.href }), SLEEP_WAIT_MS).then(
        (answer) => typeof answer?.remindAt === 'number',
        () => false,
      ),
  });
  // Window, capture phase: before any of the mail app's own listeners on the page.
  for (const type of ['click', 'keydown'] as const) window.addEventListener(type, onSend, { capture: true, signal });
  signal.addEventListener('abort', () => {
    for (const s of sessions.values()) s.close();
    sessions.clear();
    guarding = false;
  });
}

export function watchComposes(provider: MailProvider, doc: Document, signal: AbortSignal, onOrphan: () => void): void {
  guard(provider, doc, signal);
  let composes: ReturnType<MailProvider['findComposes']> = [];
  try {
    composes = provider.findComposes(doc);
  } catch {
    composes = [];
  }
  const live = new Set(composes.map((c) => c.root));
  for (const [root, s] of sessions) {
    if (!live.has(root) || !root.isConnected) {
      s.close();
      sessions.delete(root);
    }
  }
  const ask = (compose: ComposeSnapshot) =>
    request('compose/context', { compose }).catch((err: unknown) => {
      if (isGone(err)) onOrphan();
      throw err;
    });
  let opened = false;
  for (const compose of composes) {
    let s = sessions.get(compose.root);
    if (!s) {
      s = createComposeSession(compose, ask, signal);
      sessions.set(compose.root, s);
      opened = true;
    }
    s.compose = compose;
    s.sync();
  }
  if (!opened) return;
  const api = loadedComposeUi();
  if (api) attachUi(provider, api);
  else void loadComposeUi(onOrphan).then((loaded) => loaded && !signal.aborted && attachUi(provider, loaded));
}

/** After the store changed (a reading was recorded), ask again who the recipients are. */
export function invalidateComposeContexts(): void {
  for (const s of sessions.values()) s.invalidate();
}
