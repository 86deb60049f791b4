// The seam between the always-loaded content script and the "compose UI"
// bundle (tone coach, sidebar, pre-send dialog, Preact), which the background
// injects with `scripting.executeScript` only once a compose window is found
// (issue 9's size budget). The injected script runs in the content script's
// own isolated world, so it hands its API over on that world's global, which
// the mail page cannot see. Only types and two constants live here: importing
// this module pulls none of the compose UI into the content script.
import type { checkDraft, dismissalKey } from '../core/tone';
import type { showPresendDialog } from '../ui/presend/mount';
import type { mountSidebar } from '../ui/sidebar/mount';

export interface ComposeUiApi {
  checkDraft: typeof checkDraft;
  dismissalKey: typeof dismissalKey;
  showPresendDialog: typeof showPresendDialog;
  mountSidebar: typeof mountSidebar;
}

/** The isolated-world global the compose UI registers itself on. */
export const COMPOSE_UI_GLOBAL = '__followthroughComposeUi';

/** Where the compose UI is built, relative to the extension root (see vite.config.ts). */
export const COMPOSE_UI_FILE = 'src/content/compose-ui.js';

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
