// The compose UI bundle: everything only an open compose window needs (the
// tone coach, the sidebar, the pre-send dialog, Preact). Built as its own
// IIFE (vite.config.ts) and injected by the background into the mail tab's
// content-script world when the first compose window is found; it hands its
// API object to src/content/compose-ui-loader.ts on that world's global,
// which the page cannot see.
import { checkDraft, dismissalKey } from '../core/tone';
import { showPresendDialog } from '../ui/presend/mount';
import { mountSidebar } from '../ui/sidebar/mount';
import { COMPOSE_UI_GLOBAL, type ComposeUiApi } from './compose-ui-api';

// Injected twice (a retry racing a slow first load)? The first one stays.
if (!globalThis[COMPOSE_UI_GLOBAL]) {
  const api: ComposeUiApi = Object.freeze({ checkDraft, dismissalKey, showPresendDialog, mountSidebar: (...args: Parameters<ComposeUiApi['mountSidebar']>) => mountSidebar(...args) });
  Object.defineProperty(globalThis, COMPOSE_UI_GLOBAL, { value: api, configurable: true, enumerable: false, writable: false });
}
