// What the sidebar needs from the extension (its collapsed preference, and
// tracking a recipient), built here in the content script and handed to the
// compose UI through ComposeUiApi.mountSidebar. The compose UI then carries no
// WebExtension wrapper of its own: the content script already loads one (#16).
import { browser } from '../shared/browser';
import { request } from '../shared/messaging';
import type { SidebarDeps } from '../ui/sidebar/sidebar-app';

export const sidebarDeps: SidebarDeps = {
  loadCollapsed: async () => Boolean((await browser.storage.sync.get('sidebarCollapsed')).sidebarCollapsed),
  // The background owns the settings (#18): it checks and writes the change; every compose window hears it below.
  saveCollapsed: async (collapsed) => {
    await request('sidebar/collapse', { collapsed });
  },
  watchCollapsed: (onChange, signal) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && 'sidebarCollapsed' in changes) onChange(Boolean(changes.sidebarCollapsed?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  },
  track: async (account, address) => {
    await request('prospect/track', { account, address });
  },
};
