// Guards every compose window: when Send is pressed on a draft whose tone
// check finds something at `warn` or above, the send is held and the pre-send
// dialog asks what to do. If anything in the check fails, the send goes
// through untouched: we never stand between the user and their mail by
// accident. A send that went through (and was not undone) becomes a touch.
//
// The tone coach, the sidebar and the pre-send dialog are not part of this
// script: they are the "compose UI" bundle, which the background injects into
// this frame when the first compose window is found (issue 9's budget for what
// loads before a compose opens). Until it has loaded, or if it could not be
// loaded, there is no sidebar and a Send goes through unchecked.
import type { ComposeHandle, MailProvider } from '../providers/types';
import { request } from '../shared/messaging';
import type { ComposeContext } from '../shared/views';
import { composeUiApi, type ComposeUiApi } from './compose-ui-api';
import { holdVerdict } from './hold-verdict';

interface Guarded {
  compose: ComposeHandle;
  context: ComposeContext | null;
  contextKey: string;
  bypassOnce: boolean;
  dismissed: Set<string>;
  controller: AbortController;
  /** The sidebar was mounted (or tried and failed: it is not tried again). */
  sidebar: boolean;
}

/** Asking the background for the compose UI: at most this many times per frame (a new compose window may ask again after a failure). */
const UI_ATTEMPTS = 3;
let ui: ComposeUiApi | null = null;
let uiLoading: Promise<ComposeUiApi | null> | null = null;
let uiAttempts = 0;

/**
 * The compose UI, injected into this frame once: resolves with its API, or
 * null when the background could not inject it (the caller carries on without).
 */
function loadComposeUi(onOrphan: () => void): Promise<ComposeUiApi | null> {
  ui ??= composeUiApi();
  if (ui) return Promise.resolve(ui);
  if (uiLoading) return uiLoading;
  if (uiAttempts >= UI_ATTEMPTS) return Promise.resolve(null);
  uiAttempts++;
  const loading = request('compose/load-ui', {}).then(
    () => (ui = composeUiApi()),
    (err: unknown) => {
      if (err instanceof Error && /context invalidated/i.test(err.message)) onOrphan();
      return null;
    },
  );
  uiLoading = loading;
  // A failed load may be asked again by the next compose window that opens.
  void loading.then((api) => {
    if (!api && uiLoading === loading) uiLoading = null;
  });
  return loading;
}

/** Mounts the sidebar beside every guarded compose that has none yet, once the compose UI is here. */
function mountSidebars(provider: MailProvider, api: ComposeUiApi): void {
  for (const g of guarded.values()) {
    if (g.sidebar || g.controller.signal.aborted) continue;
    g.sidebar = true;
    try {
      api.mountSidebar(provider, g.compose, () => g.context, g.controller.signal);
    } catch {
      // The sidebar is a help, never a precondition for writing.
    }
  }
}

/** For tests: forget the compose UI, as a fresh content script would. */
export function resetComposeUiForTests(): void {
  ui = null;
  uiLoading = null;
  uiAttempts = 0;
}

const guarded = new Map<Element, Guarded>();
let windowListening = false;

export function watchComposes(provider: MailProvider, doc: Document, signal: AbortSignal, onOrphan: () => void): void {
  if (!windowListening) {
    windowListening = true;
    // Window, capture phase: before any of the mail app's own listeners on the page.
    for (const type of ['click', 'keydown'] as const) {
      window.addEventListener(type, (e) => onSendEvent(provider, doc, e, signal), { capture: true, signal });
    }
    signal.addEventListener('abort', () => {
      for (const g of guarded.values()) g.controller.abort();
      guarded.clear();
      windowListening = false;
    });
  }
  let composes: ComposeHandle[] = [];
  try {
    composes = provider.findComposes(doc);
  } catch {
    composes = [];
  }
  const live = new Set(composes.map((c) => c.root));
  let newCompose = false;
  for (const [root, g] of guarded) {
    if (!live.has(root) || !root.isConnected) {
      g.controller.abort();
      guarded.delete(root);
    }
  }
  for (const compose of composes) {
    let g = guarded.get(compose.root);
    if (!g) {
      g = { compose, context: null, contextKey: '', bypassOnce: false, dismissed: new Set(), controller: new AbortController(), sidebar: false };
      guarded.set(compose.root, g);
      signal.addEventListener('abort', () => g!.controller.abort(), { once: true });
      const entry = g;
      compose.root.addEventListener('followthrough:refresh', () => {
        entry.contextKey = '';
        void refreshContext(entry, onOrphan);
      }, { signal: g.controller.signal });
      newCompose = true;
    }
    g.compose = compose;
    void refreshContext(g, onOrphan);
  }
  if (!newCompose) return;
  const api = ui ?? composeUiApi();
  if (api) mountSidebars(provider, api);
  else void loadComposeUi(onOrphan).then((loaded) => loaded && !signal.aborted && mountSidebars(provider, loaded));
}

/** After the store changed (a reading was recorded), ask again who the recipients are. */
export function invalidateComposeContexts(): void {
  for (const g of guarded.values()) g.contextKey = '';
}

async function refreshContext(g: Guarded, onOrphan: () => void): Promise<void> {
  const snap = g.compose.snapshot();
  const key = JSON.stringify([snap.account, snap.to.map((p) => p.address), snap.cc.map((p) => p.address)]);
  if (key === g.contextKey) return;
  g.contextKey = key;
  try {
    g.context = await request('compose/context', { compose: snap });
    g.compose.root.dispatchEvent(new CustomEvent('followthrough:context'));
  } catch (err) {
    g.contextKey = '';
    if (err instanceof Error && /context invalidated/i.test(err.message)) onOrphan();
  }
}

function onSendEvent(provider: MailProvider, doc: Document, e: Event, signal: AbortSignal): void {
  const target = e.target instanceof Node ? e.target : null;
  if (!target) return;
  const g = [...guarded.values()].find((x) => x.compose.root.contains(target));
  if (!g) return;
  let isSend = false;
  try {
    isSend = g.compose.isSendEvent(e);
  } catch {
    return;
  }
  if (!isSend) return;
  // The compose UI is not here (yet, or it could not be loaded): the send goes through unchecked.
  const api = ui ?? composeUiApi();
  if (g.bypassOnce || !api) {
    g.bypassOnce = false;
    followSend(provider, doc, g, signal);
    return;
  }
  let verdict: ReturnType<typeof holdVerdict> | null = null;
  try {
    const text = g.compose.draftText();
    const snap = g.compose.snapshot();
    const tone = g.context?.prospects[0]?.tone;
    const report = api.checkDraft(text, tone, { subject: snap.subject ?? undefined, disabledRules: g.context?.disabledToneRules ?? [] });
    verdict = holdVerdict(report, g.dismissed.has(api.dismissalKey(text)));
  } catch {
    verdict = null; // the check failed: let the send through
  }
  if (!verdict?.hold) {
    followSend(provider, doc, g, signal);
    return;
  }
  e.preventDefault();
  e.stopImmediatePropagation();
  const draftKey = api.dismissalKey(g.compose.draftText());
  void api.showPresendDialog(verdict.report, g.context).then(async (choice) => {
    if (choice === 'send') {
      g.dismissed.add(draftKey); // dismissed once: the same text is not held again (e.g. after an undo)
      g.bypassOnce = true;
      g.compose.send();
    } else if (choice === 'sleep') {
      await request('compose/sleep-on-it', { compose: g.compose.snapshot(), url: location.href }).catch(() => undefined);
    } else {
      g.compose.editor()?.focus();
    }
  });
}

function followSend(provider: MailProvider, doc: Document, g: Guarded, signal: AbortSignal): void {
  let snap;
  try {
    snap = g.compose.snapshot();
  } catch {
    return;
  }
  const at = Date.now();
  const watch = provider.watchSendOutcome(doc, g.compose, signal);
  void watch.outcome.then((outcome) => {
    // An undone send is not a touch; a scheduled one becomes one when it shows in the conversation.
    if (outcome === 'sent') return request('compose/sent', { compose: snap, at, scheduled: false });
    return undefined;
  }).catch(() => undefined);
}
