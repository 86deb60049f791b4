// @vitest-environment happy-dom
// The content script's side of the compose UI split (issue 9): the compose UI
// is asked for only once a compose window is found, once per frame; the
// sidebar mounts when it has arrived; and until then (or when it could not be
// loaded) a Send goes through unchecked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposeHandle, MailProvider } from '../../../src/providers/types';
import type { ComposeUiApi } from '../../../src/content/compose-ui-api';

const request = vi.fn();
vi.mock('../../../src/shared/messaging', () => ({ request: (...args: unknown[]) => request(...args) }));
// The sidebar's deps (content/sidebar-deps.ts) reach for the WebExtension API at import.
vi.mock('../../../src/shared/browser', () => ({
  browser: { storage: { sync: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener: () => undefined, removeListener: () => undefined } }, runtime: { sendMessage: async () => ({ ok: true, result: {} }) } },
}));

const { watchComposes, resetComposeUiForTests } = await import('../../../src/content/compose-watch');
const { composeUiApi, COMPOSE_UI_GLOBAL } = await import('../../../src/content/compose-ui-api');
const { fakeCompose } = await import('../ui/support/compose-fixture');

const flush = () => new Promise((r) => setTimeout(r, 0));
const loadRequests = () => request.mock.calls.filter(([type]) => type === 'compose/load-ui').length;

function fakeApi(hold = false) {
  return {
    checkDraft: vi.fn(() => ({ findings: hold ? [{ severity: 'warn' }] : [] })),
    dismissalKey: vi.fn((text: string) => `k:${text}`),
    showPresendDialog: vi.fn(() => new Promise(() => undefined)),
    mountSidebar: vi.fn(),
  } as unknown as ComposeUiApi & { [K in keyof ComposeUiApi]: ReturnType<typeof vi.fn> };
}

let composes: ComposeHandle[];
let controller: AbortController;
let api: ReturnType<typeof fakeApi>;
const watchSendOutcome = vi.fn(() => ({ outcome: Promise.resolve('unknown' as const) }));
const provider = { id: 'gmail', findComposes: () => composes, watchSendOutcome } as unknown as MailProvider;

function sendable() {
  const made = fakeCompose();
  made.compose.isSendEvent = (e) => e.type === 'click';
  made.type('Hi Dana, checking in.');
  return made;
}
function clickSend(target: Element): Event {
  // As the user's own click is (the guard only counts trusted events).
  const e = Object.defineProperty(new MouseEvent('click', { bubbles: true, cancelable: true }), 'isTrusted', { value: true });
  target.dispatchEvent(e);
  return e;
}

beforeEach(() => {
  composes = [];
  controller = new AbortController();
  api = fakeApi();
  request.mockReset();
  watchSendOutcome.mockClear();
  // The background injects the compose UI, which registers its API on this world's global.
  request.mockImplementation(async (type: string) => {
    if (type === 'compose/load-ui') (globalThis as Record<string, unknown>)[COMPOSE_UI_GLOBAL] = api;
    if (type === 'compose/context') return { prospects: [], untracked: [], disabledToneRules: [], sidebarCollapsed: false };
    return {};
  });
});
afterEach(() => {
  controller.abort();
  resetComposeUiForTests();
  delete (globalThis as Record<string, unknown>)[COMPOSE_UI_GLOBAL];
  document.body.innerHTML = '';
});

describe('loading the compose UI', () => {
  it('is not asked for while no compose window is open', async () => {
    for (let i = 0; i < 3; i++) watchComposes(provider, document, controller.signal, () => undefined);
    await flush();
    expect(loadRequests()).toBe(0);
    expect(composeUiApi()).toBeNull();
  });

  it('is asked for once when the first compose opens; the sidebar mounts when it arrives, and at once for later composes', async () => {
    const first = sendable();
    composes = [first.compose];
    watchComposes(provider, document, controller.signal, () => undefined);
    watchComposes(provider, document, controller.signal, () => undefined); // a page change while loading
    expect(api.mountSidebar).not.toHaveBeenCalled();
    await flush();
    expect(loadRequests()).toBe(1);
    expect(api.mountSidebar).toHaveBeenCalledTimes(1);
    expect(api.mountSidebar.mock.calls[0]![1].compose).toBe(first.compose);

    const second = sendable();
    composes = [first.compose, second.compose];
    watchComposes(provider, document, controller.signal, () => undefined);
    expect(api.mountSidebar).toHaveBeenCalledTimes(2); // no second load: mounted at once
    expect(api.mountSidebar.mock.calls[1]![1].compose).toBe(second.compose);
    await flush();
    expect(loadRequests()).toBe(1);
  });

  it('lets a Send through untouched while the compose UI is still loading', async () => {
    let finish: () => void = () => undefined;
    request.mockImplementation((type: string) => (type === 'compose/load-ui' ? new Promise<void>((r) => (finish = r)) : Promise.resolve({ prospects: [], untracked: [], disabledToneRules: [] })));
    const { compose, editor } = sendable();
    composes = [compose];
    api = fakeApi(true);
    watchComposes(provider, document, controller.signal, () => undefined);
    const e = clickSend(editor);
    expect(e.defaultPrevented).toBe(false);
    expect(watchSendOutcome).toHaveBeenCalledTimes(1); // followed as a send
    finish();
  });

  it('lets a Send through when loading failed, and asks again when another compose opens', async () => {
    request.mockImplementation(async (type: string) => {
      if (type === 'compose/load-ui') throw new Error('Cannot access contents of the page');
      return { prospects: [], untracked: [], disabledToneRules: [] };
    });
    const first = sendable();
    composes = [first.compose];
    watchComposes(provider, document, controller.signal, () => undefined);
    await flush();
    expect(loadRequests()).toBe(1);
    expect(clickSend(first.editor).defaultPrevented).toBe(false);
    expect(watchSendOutcome).toHaveBeenCalledTimes(1);

    watchComposes(provider, document, controller.signal, () => undefined); // same compose: no new ask
    await flush();
    expect(loadRequests()).toBe(1);
    const second = sendable();
    composes = [first.compose, second.compose];
    watchComposes(provider, document, controller.signal, () => undefined);
    await flush();
    expect(loadRequests()).toBe(2);
  });

  it('holds a Send the loaded tone check flags, and shows the pre-send dialog', async () => {
    api = fakeApi(true);
    const { compose, editor } = sendable();
    composes = [compose];
    watchComposes(provider, document, controller.signal, () => undefined);
    await flush();
    const e = clickSend(editor);
    expect(e.defaultPrevented).toBe(true);
    expect(api.checkDraft).toHaveBeenCalledWith('Hi Dana, checking in.', undefined, expect.objectContaining({ disabledRules: [] }));
    expect(api.showPresendDialog).toHaveBeenCalledTimes(1);
    expect(watchSendOutcome).not.toHaveBeenCalled();
  });

  it('lets the Send through when the loaded check throws', async () => {
    api = fakeApi(true);
    api.checkDraft.mockImplementation(() => {
      throw new Error('boom');
    });
    const { compose, editor } = sendable();
    composes = [compose];
    watchComposes(provider, document, controller.signal, () => undefined);
    await flush();
    expect(clickSend(editor).defaultPrevented).toBe(false);
    expect(watchSendOutcome).toHaveBeenCalledTimes(1);
  });
});

describe('the compose UI bundle', () => {
  it('registers the whole API on its global, and an incomplete object there is not taken for it', async () => {
    (globalThis as Record<string, unknown>)[COMPOSE_UI_GLOBAL] = { checkDraft: () => undefined };
    expect(composeUiApi()).toBeNull();
    delete (globalThis as Record<string, unknown>)[COMPOSE_UI_GLOBAL];
    await import('../../../src/content/compose-ui');
    const registered = composeUiApi();
    expect(registered).not.toBeNull();
    expect(registered!.dismissalKey('Hi')).toBe(registered!.dismissalKey('Hi'));
    expect(registered!.checkDraft('Hi Dana, I guess you are not interested. This is my last email.').findings.length).toBeGreaterThan(0);
  });
});
