// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The real browser wrapper needs an extension context; the sidebar only uses storage and messaging.
const store: Record<string, unknown> = {};
vi.mock('../../../../src/shared/browser', () => ({
  browser: {
    storage: {
      sync: { get: async (k: string) => ({ [k]: store[k] }), set: async (v: Record<string, unknown>) => void Object.assign(store, v) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    runtime: { sendMessage: async () => ({ ok: true, result: { prospectId: 'x' } }) },
  },
}));

const { mountSidebar, sidebarRoots } = await import('../../../../src/ui/sidebar/mount');
const { composeContext, fakeCompose } = await import('../support/compose-fixture');
import type { MailProvider } from '../../../../src/providers/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const provider = { id: 'gmail' } as unknown as MailProvider;

describe('mountSidebar', () => {
  it('mounts a panel in a closed shadow root (the page cannot read it) beside the compose window and removes it on abort', () => {
    const { compose } = fakeCompose();
    compose.root.getBoundingClientRect = () => ({ top: 200, left: 900, right: 1400, bottom: 800, width: 500, height: 600, x: 900, y: 200, toJSON: () => ({}) });
    Object.assign(window, { innerWidth: 1440, innerHeight: 900 });
    const controller = new AbortController();
    mountSidebar(provider, compose, () => composeContext(), controller.signal);
    const host = document.querySelector('followthrough-sidebar') as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    const root = sidebarRoots.get(host)!;
    expect(root.mode).toBe('closed');
    expect(root.textContent).toContain('Dana Scully');
    expect(host.style.position).toBe('fixed');
    expect(host.style.left).toBe(`${900 - 8 - 320}px`); // no room on the right: the left side
    expect(host.style.top).toBe('200px');
    controller.abort();
    expect(document.querySelector('followthrough-sidebar')).toBeNull();
  });

  it('saves the collapsed state to storage.sync', async () => {
    const { compose } = fakeCompose();
    const controller = new AbortController();
    mountSidebar(provider, compose, () => composeContext(), controller.signal);
    const root = sidebarRoots.get(document.querySelector('followthrough-sidebar')!)!;
    (root.querySelector('[aria-label="Collapse FollowThrough"]') as HTMLElement).click();
    await vi.waitFor(() => expect(store.sidebarCollapsed).toBe(true));
    expect(root.querySelector('[aria-label^="Show FollowThrough"]')).toBeTruthy();
    controller.abort();
  });
});
