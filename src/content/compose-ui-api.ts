// The seam between the always-loaded content script and the "compose UI"
// bundle (tone coach, sidebar, pre-send dialog, Preact), which the background
// injects with `scripting.executeScript` only once a compose window is found
// (issue 9's size budget). The injected script runs in the content script's
// own isolated world, so it hands its API over on that world's global, which
// the mail page cannot see. From then on the two talk only through function
// calls and closures in that world (#17): nothing passes through the page's
// DOM, where the page's own scripts could listen. Only types and two
// constants live here: importing this module pulls none of the compose UI
// into the content script.
import type { checkDraft, dismissalKey, ToneReport } from '../core/tone';
import type { ComposeHandle, MailProvider } from '../providers/types';
import type { ComposeContext } from '../shared/views';
import type { SidebarDeps } from '../ui/sidebar/sidebar-app';

export type PresendChoice = 'send' | 'edit' | 'sleep';

export interface PresendActions {
  /** Keeps the draft and asks the background for tomorrow's reminder: true once it is saved. */
  sleepOnIt(): Promise<boolean>;
}

/** One compose window as the sidebar sees it: read-only, with one tone report shared with the pre-send check. */
export interface ComposeView {
  readonly compose: ComposeHandle;
  context(): ComposeContext | null;
  /** The tone report of the draft as it is now (null until the first check). */
  report(): ToneReport | null;
  /** Calls back whenever the context or the report changed, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void;
  /** Ask the background again who the recipients are (after one was tracked). */
  refresh(): void;
}

export interface ComposeUiApi {
  checkDraft: typeof checkDraft;
  dismissalKey: typeof dismissalKey;
  showPresendDialog(report: ToneReport, recipientName: string | null, actions: PresendActions): Promise<PresendChoice>;
  /** `deps` are the content script's: storage and messaging stay on its side of the seam. */
  mountSidebar(provider: MailProvider, view: ComposeView, signal: AbortSignal, deps: SidebarDeps): void;
}

/** The isolated-world global the compose UI registers itself on. */
export const COMPOSE_UI_GLOBAL = '__followthroughComposeUi';

export { COMPOSE_UI_FILE } from '../shared/compose-ui-file';

declare global {
  // eslint-disable-next-line no-var
  var __followthroughComposeUi: ComposeUiApi | undefined;
}

/** The compose UI's API if it has been injected into this world (and looks whole), else null. */
export function composeUiApi(scope: { [COMPOSE_UI_GLOBAL]?: unknown } = globalThis): ComposeUiApi | null {
  const api = scope[COMPOSE_UI_GLOBAL] as Partial<ComposeUiApi> | null | undefined;
  if (!api || typeof api !== 'object') return null;
  const whole = (['checkDraft', 'dismissalKey', 'showPresendDialog', 'mountSidebar'] as const).every((k) => typeof api[k] === 'function');
  return whole ? (api as ComposeUiApi) : null;
}
