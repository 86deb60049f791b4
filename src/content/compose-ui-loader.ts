// Loads the compose UI bundle (tone coach, sidebar, pre-send dialog) into
// this frame once a compose window is found: the background injects it into
// our isolated world, where it registers its API (compose-ui-api.ts). Until it
// has loaded, or if it could not be loaded, there is no sidebar and a Send
// goes through unchecked.
import { request } from '../shared/messaging';
import { composeUiApi, type ComposeUiApi } from './compose-ui-api';

/** Asking the background for the compose UI: at most this many times per frame (a new compose window may ask again after a failure). */
const UI_ATTEMPTS = 3;
let ui: ComposeUiApi | null = null;
let loading: Promise<ComposeUiApi | null> | null = null;
let attempts = 0;

/** The compose UI if it is here now, else null (never waits). */
export function loadedComposeUi(): ComposeUiApi | null {
  ui ??= composeUiApi();
  return ui;
}

/** Resolves with the compose UI's API, or null when the background could not inject it (the caller carries on without). */
export function loadComposeUi(onOrphan: () => void): Promise<ComposeUiApi | null> {
  if (loadedComposeUi()) return Promise.resolve(ui);
  if (loading) return loading;
  if (attempts >= UI_ATTEMPTS) return Promise.resolve(null);
  attempts++;
  const current = request('compose/load-ui', {}).then(
    () => (ui = composeUiApi()),
    (err: unknown) => {
      if (err instanceof Error && /context invalidated/i.test(err.message)) onOrphan();
      return null;
    },
  );
  loading = current;
  // A failed load may be asked again by the next compose window that opens.
  void current.then((api) => {
    if (!api && loading === current) loading = null;
  });
  return current;
}

/** For tests: forget the compose UI, as a fresh content script would. */
export function resetComposeUiForTests(): void {
  ui = null;
  loading = null;
  attempts = 0;
}
