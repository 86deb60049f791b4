// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The real browser wrapper needs an extension context; the sidebar's deps (content/sidebar-deps.ts) only use storage and messaging.
const store: Record<string, unknown> = {};
const sent: { type: string; payload: unknown }[] = [];
vi.mock('../../../../src/shared/browser', () => ({
  browser: {
    storage: {
      sync: {
        get: async (k: string) => ({ [k]: store[k] }),
        set: async () => {
          throw new Error('the sidebar writes no setting itself');
        },
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    runtime: {
      sendMessage: async (message: { type: string; payload: unknown }) => {
        sent.push(message);
        return { ok: true, result: message.type === 'sidebar/collapse' ? { ok: true } : { prospectId: 'x' } };
      },
    },
  },
}));

const { mountSidebar, sidebarRoots, hostBox } = await import('../../../../src/ui/sidebar/mount');
const { createComposeSession } = await import('../../../../src/content/compose-session');
const { sidebarDeps } = await import('../../../../src/content/sidebar-deps');
const { checkDraft } = await import('../../../../src/core/tone');
const { composeContext, fakeCompose } = await import('../support/compose-fixture');
import type { MailProvider } from '../../../../src/providers/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const provider = { id: 'gmail' } as unknown as MailProvider;

async function mounted() {
  const f = fakeCompose();
  const controller = new AbortController();
  const session = createComposeSession(f.compose, async () => composeContext(), controller.signal);
  session.useChecker(checkDraft);
  session.sync();
  await Promise.resolve();
  mountSidebar(provider, session, controller.signal, sidebarDeps);
  const host = document.querySelector('followthrough-sidebar') as HTMLElement;
  return { ...f, controller, session, host, root: sidebarRoots.get(host)! };
}

/** Every rule text inside a shadow root (adopted sheets and <style> elements). */
function rulesIn(root: ShadowRoot): string {
  const sheets = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
  const styles = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '');
  return [...sheets, ...styles].join('\n');
}

describe('mountSidebar', () => {
  it('mounts a panel in a closed shadow root (the page cannot read it) beside the compose window and removes it on abort', async () => {
    Object.assign(window, { innerWidth: 1440, innerHeight: 900 });
    const f = fakeCompose();
    f.compose.root.getBoundingClientRect = () => ({ top: 200, left: 900, right: 1400, bottom: 800, width: 500, height: 600, x: 900, y: 200, toJSON: () => ({}) });
    const controller = new AbortController();
    const session = createComposeSession(f.compose, async () => composeContext(), controller.signal);
    session.sync();
    await Promise.resolve();
    mountSidebar(provider, session, controller.signal, sidebarDeps);
    const host = document.querySelector('followthrough-sidebar') as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    const root = sidebarRoots.get(host)!;
    expect(root.mode).toBe('closed');
    expect(root.textContent).toContain('Dana Scully');
    // Its box is a rule inside the shadow root: no side of the panel's left edge shows on the host.
    const rules = rulesIn(root);
    expect(rules).toContain(`left: ${900 - 8 - 320}px`); // no room on the right: the left side
    expect(rules).toContain('top: 200px');
    controller.abort();
    expect(document.querySelector('followthrough-sidebar')).toBeNull();
  });

  it('puts nothing on the host the page could read: no attribute, no inline style; page CSS is kept out with !important and strict containment', async () => {
    const { host, root, controller } = await mounted();
    expect(host.getAttributeNames()).toEqual([]);
    expect(host.style.length).toBe(0);
    const rules = rulesIn(root);
    expect(rules).toMatch(/:host\s*\{[^}]*all:\s*initial\s*!important/);
    expect(rules).toMatch(/:host\s*\{[^}]*contain:\s*strict\s*!important/);
    expect(rules).toMatch(/:host\s*\{[^}]*position:\s*fixed\s*!important[^}]*width:\s*320px\s*!important[^}]*height:\s*\d+px\s*!important/);
    // Fonts are set inside the root, generic families only: a page's @font-face cannot claim them.
    expect(rules).toMatch(/\.ft-root\s*\{[^}]*font-family:\s*system-ui,\s*sans-serif/);
    controller.abort();
  });

  it("the host's box depends only on where the compose is and whether the panel is collapsed", () => {
    const place = { top: 20, left: 30, height: 500, visible: true };
    expect(hostBox(place, 320)).toBe(hostBox({ ...place }, 320));
    expect(hostBox(place, 320)).toContain('height: 500px !important');
    expect(hostBox(place, 44)).toContain('height: 44px !important');
    expect(hostBox({ ...place, visible: false }, 320)).toContain('display: none !important');
  });

  it('asks the background to keep the collapsed state, and never writes the setting itself', async () => {
    const { root, controller } = await mounted();
    sent.length = 0;
    (root.querySelector('[aria-label="Collapse FollowThrough"]') as HTMLElement).click();
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'sidebar/collapse', payload: { collapsed: true } }));
    expect(store).toEqual({});
    expect(root.querySelector('[aria-label^="Show FollowThrough"]')).toBeTruthy();
    controller.abort();
  });

  it('dispatches no event on the page while it mounts, hears a context, checks the draft and tracks a recipient', async () => {
    const seen: string[] = [];
    const original = EventTarget.prototype.dispatchEvent;
    const spy = vi.spyOn(EventTarget.prototype, 'dispatchEvent').mockImplementation(function (this: EventTarget, e: Event) {
      if (this instanceof Node && !(this.getRootNode() instanceof ShadowRoot)) seen.push(e.type);
      return original.call(this, e);
    });
    try {
      const { root, session, controller } = await mounted();
      session.refresh();
      await Promise.resolve();
      const track = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Track pat@globex.test')!;
      track.click();
      await vi.waitFor(() => expect(root.textContent).toContain('Tracked.'));
      expect(seen).toEqual([]);
      controller.abort();
    } finally {
      spy.mockRestore();
    }
  });
});
