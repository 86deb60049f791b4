// The one wrapper around the WebExtension API: Chrome's `chrome.*` through
// webextension-polyfill (promises everywhere), Firefox's native `browser.*`.
// Everything else imports `browser` from here, never from the polyfill or the
// globals, so tests and the Firefox build have one seam.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/** True while this script still belongs to a live extension (false after an update orphans a content script). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
