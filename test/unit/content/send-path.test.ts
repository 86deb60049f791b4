// @vitest-environment happy-dom
// The send path as a whole (#17), through watchComposes with a fake mail app:
// once we cancel a user's Send, it ends in exactly one of sent (one real send,
// followed and recorded), edited, or kept for tomorrow; any error or a slow
// check lets the send through; only the user's own (trusted) presses count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposeUiApi } from '../../../src/content/compose-ui-api';
import type { ComposeHandle, MailProvider } from '../../../src/providers/types';
import type { ComposeContext } from '../../../src/shared/views';

const request = vi.fn();
vi.mock('../../../src/shared/messaging', () => ({ request: (...args: unknown[]) => request(...args) }));
// The sidebar's deps (content/sidebar-deps.ts) reach for the WebExtension API at import.
vi.mock('../../../src/shared/browser', () => ({ browser: { storage: { sync: {}, onChanged: {} }, runtime: {} } }));

const { watchComposes, resetComposeUiForTests } = await import('../../../src/content/compose-watch');
const { COMPOSE_UI_GLOBAL } = await import('../../../src/content/compose-ui-api');

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const trusted = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });

type Choice = 'send' | 'edit' | 'sleep';
interface Dialog {
  resolve: (c: Choice) => void;
  reject: (e: unknown) => void;
  args: unknown[];
}

/** A mail app: one compose with a Send button; it sends on a click (or Ctrl+Enter) nobody prevented, in the bubble phase. */
function mailApp(style: 'outlook' | 'gmail' = 'outlook') {
  const root = document.createElement('div');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.textContent = "Hi Raj, I guess you don't want to work with me.";
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.textContent = 'Send';
  root.append(editor, button);
  document.body.append(root);
  const sent: string[] = [];
  const own = new WeakSet<Event>();
  const onClick = (e: Event) => {
    if (!e.defaultPrevented && button.contains(e.target as Node)) sent.push(editor.textContent ?? '');
  };
  const onKey = (e: Event) => {
    const k = e as KeyboardEvent;
    if (!e.defaultPrevented && k.key === 'Enter' && k.ctrlKey) sent.push(editor.textContent ?? '');
  };
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  const compose: ComposeHandle = {
    root,
    composeId: 'c1',
    snapshot: () => ({ provider: 'outlook', account: 'sam@northwind-studio.com', composeId: 'c1', kind: 'new', to: [{ address: 'raj@copperline.in', name: 'Raj Patel', confidence: 'high' }], cc: [], subject: 'Copperline', threadKey: null }),
    draftText: () => editor.textContent ?? '',
    editor: () => editor,
    isSendEvent: (e) => !own.has(e) && ((e.type === 'click' && button.contains(e.target as Node)) || (e.type === 'keydown' && (e as KeyboardEvent).key === 'Enter' && (e as KeyboardEvent).ctrlKey)),
    send: () => {
      // As Outlook's handle does: a plain click on the real button.
      if (style === 'outlook') return button.click();
      // As Gmail's does: its own mousedown/mouseup/click, which it does not take for a send press.
      for (const type of ['mousedown', 'mouseup', 'click']) {
        const e = new MouseEvent(type, { bubbles: true, cancelable: true });
        own.add(e);
        button.dispatchEvent(e);
      }
    },
  };
  const stop = () => {
    document.removeEventListener('click', onClick);
    document.removeEventListener('keydown', onKey);
  };
  return { root, editor, button, compose, sent, stop };
}

let app: ReturnType<typeof mailApp>;
let controller: AbortController;
let dialogs: Dialog[];
let api: ComposeUiApi & { [K in keyof ComposeUiApi]: ReturnType<typeof vi.fn> };
let outcome: 'sent' | 'undone';
const context: ComposeContext = { prospects: [], untracked: [], disabledToneRules: [], sidebarCollapsed: false };
const watchSendOutcome = vi.fn(() => ({ outcome: Promise.resolve(outcome) }));
const provider = { id: 'outlook', findComposes: () => [app.compose], watchSendOutcome } as unknown as MailProvider;
const sentRequests = () => request.mock.calls.filter(([t]) => t === 'compose/sent');

function fakeApi() {
  return {
    checkDraft: vi.fn((text: string) => ({ findings: /guess you don't/.test(text) ? [{ severity: 'strong', category: 'breakup' }] : [], metrics: {}, worst: null })),
    dismissalKey: vi.fn((text: string) => `k:${text}`),
    showPresendDialog: vi.fn(
      (...args: unknown[]) =>
        new Promise<Choice>((resolve, reject) => {
          dialogs.push({ resolve, reject, args });
        }),
    ),
    mountSidebar: vi.fn(),
  } as unknown as typeof api;
}

async function start(answerContext: () => Promise<unknown> = async () => context) {
  request.mockImplementation(async (type: string) => {
    if (type === 'compose/load-ui') (globalThis as Record<string, unknown>)[COMPOSE_UI_GLOBAL] = api;
    if (type === 'compose/context') return answerContext();
    if (type === 'compose/sent') return { recorded: true, prospects: 1 };
    if (type === 'compose/sleep-on-it') return { remindAt: Date.now() + 86_400_000 };
    return {};
  });
  watchComposes(provider, document, controller.signal, () => undefined);
  await flush();
}

const press = () => {
  const e = trusted(new MouseEvent('click', { bubbles: true, cancelable: true }));
  app.button.dispatchEvent(e);
  return e;
};
const ctrlEnter = () => {
  const e = trusted(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  app.editor.dispatchEvent(e);
  return e;
};

beforeEach(() => {
  app = mailApp();
  controller = new AbortController();
  dialogs = [];
  api = fakeApi();
  outcome = 'sent';
  request.mockReset();
  watchSendOutcome.mockClear();
});
afterEach(() => {
  controller.abort();
  app.stop();
  resetComposeUiForTests();
  delete (globalThis as Record<string, unknown>)[COMPOSE_UI_GLOBAL];
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('a held send', () => {
  it('Send anyway: exactly one real send, followed, and recorded as a touch', async () => {
    await start();
    expect(press().defaultPrevented).toBe(true);
    expect(app.sent).toEqual([]);
    expect(dialogs).toHaveLength(1);
    dialogs[0]!.resolve('send');
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(watchSendOutcome).toHaveBeenCalledTimes(1);
    expect(sentRequests()).toHaveLength(1);
    expect(sentRequests()[0]![1]).toMatchObject({ compose: { composeId: 'c1', to: [{ address: 'raj@copperline.in' }] }, scheduled: false });
  });

  it('Send anyway with a Gmail-style handle (its own click is not a press): one send, recorded, and the next press is checked again', async () => {
    app.stop();
    document.body.innerHTML = '';
    app = mailApp('gmail');
    await start();
    press();
    dialogs[0]!.resolve('send');
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(sentRequests()).toHaveLength(1);
    // The undo brought the compose back and the user rewrote it: no bypass is left over for this press.
    app.editor.textContent = "Hi Raj, I guess you don't want to work with me at all.";
    expect(press().defaultPrevented).toBe(true);
    expect(dialogs).toHaveLength(2);
  });

  it('Ctrl+Enter is held the same way, and Send anyway sends once and records it', async () => {
    await start();
    expect(ctrlEnter().defaultPrevented).toBe(true);
    expect(app.sent).toEqual([]);
    dialogs[0]!.resolve('send');
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(sentRequests()).toHaveLength(1);
  });

  it('an undone Send anyway is not a touch', async () => {
    outcome = 'undone';
    await start();
    press();
    dialogs[0]!.resolve('send');
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(sentRequests()).toHaveLength(0);
  });

  it('two presses while the dialog is open: one question, one real send, one touch', async () => {
    await start();
    press();
    expect(press().defaultPrevented).toBe(true);
    expect(ctrlEnter().defaultPrevented).toBe(true);
    expect(app.sent).toEqual([]);
    expect(dialogs.length).toBe(1);
    for (const d of dialogs) d.resolve('send');
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(sentRequests()).toHaveLength(1);
  });

  it('after Send anyway, the next press of the same text is not held again, and is followed once', async () => {
    outcome = 'undone';
    await start();
    press();
    dialogs[0]!.resolve('send');
    await flush();
    expect(press().defaultPrevented).toBe(false);
    await flush();
    expect(app.sent).toHaveLength(2);
    expect(dialogs).toHaveLength(1);
    expect(watchSendOutcome).toHaveBeenCalledTimes(2);
  });

  it('Edit keeps the draft and sends nothing; the next press asks again', async () => {
    await start();
    press();
    dialogs[0]!.resolve('edit');
    await flush();
    expect(app.sent).toEqual([]);
    expect(app.editor.textContent).toBe("Hi Raj, I guess you don't want to work with me.");
    expect(press().defaultPrevented).toBe(true);
    expect(dialogs).toHaveLength(2);
  });
});

describe('an error never swallows a send', () => {
  it('a dialog that throws while mounting: the send goes through, once, and is followed', async () => {
    await start();
    api.showPresendDialog.mockImplementation(() => {
      throw new Error('render failed');
    });
    press();
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(sentRequests()).toHaveLength(1);
  });

  it('a dialog whose answer rejects: the send goes through, and the next press is asked afresh', async () => {
    await start();
    press();
    dialogs[0]!.reject(new Error('render failed'));
    await flush();
    expect(app.sent).toHaveLength(1);
    app.editor.textContent = "Hi Raj, I guess you don't want to work with me. Really.";
    expect(press().defaultPrevented).toBe(true);
    expect(dialogs).toHaveLength(2);
    dialogs[1]!.resolve('edit');
    await flush();
    expect(app.sent).toHaveLength(1);
  });

  it('a dismissal key that throws: the send goes through', async () => {
    await start();
    api.dismissalKey.mockImplementation(() => {
      throw new Error('boom');
    });
    press();
    await flush();
    expect(app.sent).toHaveLength(1);
    expect(sentRequests()).toHaveLength(1);
  });

  it('a background that never answers who the recipients are: after a short wait the send goes through, with no dialog', async () => {
    await start(() => new Promise(() => undefined));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(press().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(app.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(app.sent).toHaveLength(1);
    expect(dialogs).toHaveLength(0);
    expect(watchSendOutcome).toHaveBeenCalledTimes(1);
  });
});

describe('only the user presses Send', () => {
  it("the page's own synthetic click is neither held nor followed", async () => {
    await start();
    const e = new MouseEvent('click', { bubbles: true, cancelable: true });
    app.button.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    await flush();
    expect(dialogs).toHaveLength(0);
    expect(watchSendOutcome).not.toHaveBeenCalled();
    app.button.click();
    await flush();
    expect(watchSendOutcome).not.toHaveBeenCalled();
    expect(sentRequests()).toHaveLength(0);
  });

  it('a synthetic Ctrl+Enter neither', async () => {
    await start();
    const e = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    app.editor.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    await flush();
    expect(dialogs).toHaveLength(0);
    expect(watchSendOutcome).not.toHaveBeenCalled();
  });

  it('a page event claiming to be ours is still not the user', async () => {
    await start();
    const e = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.assign(e, { followthrough: true, __followthroughOwn: true });
    app.button.setAttribute('data-followthrough-bypass', 'true');
    app.button.dispatchEvent(e);
    await flush();
    expect(watchSendOutcome).not.toHaveBeenCalled();
  });
});

describe('Sleep on it', () => {
  it('keeps the draft unsent and reports a saved reminder to the dialog', async () => {
    await start();
    press();
    const { sleepOnIt } = dialogs[0]!.args[2] as { sleepOnIt: () => Promise<boolean> };
    await expect(sleepOnIt()).resolves.toBe(true);
    dialogs[0]!.resolve('sleep');
    await flush();
    expect(app.sent).toEqual([]);
    expect(request.mock.calls.filter(([t]) => t === 'compose/sleep-on-it')).toHaveLength(1);
  });

  it('reports a failure when the background refuses, or does not answer in time', async () => {
    await start();
    press();
    const { sleepOnIt } = dialogs[0]!.args[2] as { sleepOnIt: () => Promise<boolean> };
    request.mockImplementation(async () => {
      throw new Error('storage full');
    });
    await expect(sleepOnIt()).resolves.toBe(false);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    request.mockImplementation(() => new Promise(() => undefined));
    const pending = sleepOnIt();
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(pending).resolves.toBe(false);
    expect(app.sent).toEqual([]);
    expect(app.editor.textContent).toBe("Hi Raj, I guess you don't want to work with me.");
  });
});
