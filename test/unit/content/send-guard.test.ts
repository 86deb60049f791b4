// @vitest-environment happy-dom
// The send guard on its own (#17), with a fake session and compose UI: what
// it cancels, what it lets through, how it knows its own re-dispatch, and
// that after the user chose, no error sends a second time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposeSession } from '../../../src/content/compose-session';
import type { ComposeUiApi, PresendChoice } from '../../../src/content/compose-ui-api';
import { createSendGuard, type GuardDeps } from '../../../src/content/send-guard';

const trusted = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });
const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

let button: HTMLElement;
let editor: HTMLElement;
let sends: number;
let followed: number;
let choice: Promise<PresendChoice>;
let session: ComposeSession;
let api: ComposeUiApi;
let onSend: (e: Event) => void;
let deps: GuardDeps;

beforeEach(() => {
  const root = document.createElement('div');
  editor = document.createElement('div');
  button = document.createElement('button');
  root.append(editor, button);
  document.body.append(root);
  sends = 0;
  followed = 0;
  choice = Promise.resolve('send');
  session = {
    compose: {
      root,
      composeId: 'c1',
      snapshot: () => ({ provider: 'gmail', account: 'a@b.c', composeId: 'c1', kind: 'new', to: [], cc: [], subject: null, threadKey: null }),
      draftText: () => 'I guess you are not interested',
      editor: () => editor,
      isSendEvent: (e: Event) => e.type === 'click' && e.target === button,
      // A provider's send: a click that looks like the user's own, even to isTrusted.
      send: () => {
        sends++;
        button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
      },
    },
    dismissed: new Set<string>(),
    sync: vi.fn(),
    contextState: () => 'ready',
    contextSettled: () => Promise.resolve(),
    checkNow: () => ({ findings: [{ severity: 'warn' }] }),
    recipientName: () => 'Raj',
  } as unknown as ComposeSession;
  api = { dismissalKey: (t: string) => t, showPresendDialog: vi.fn(() => choice) } as unknown as ComposeUiApi;
  deps = {
    sessionFor: (t) => (t instanceof Node && session.compose.root.contains(t) ? session : null),
    ui: () => api,
    follow: () => void followed++,
    sleepOnIt: async () => true,
  };
  onSend = createSendGuard(deps);
  document.addEventListener('click', onSend, true);
});
afterEach(() => {
  document.removeEventListener('click', onSend, true);
  document.body.innerHTML = '';
});

const press = () => {
  const e = trusted(new MouseEvent('click', { bubbles: true, cancelable: true }));
  button.dispatchEvent(e);
  return e;
};

describe('the send guard', () => {
  it('knows its own re-dispatch by its closure, not by the event: sent once, followed once, never asked twice', async () => {
    expect(press().defaultPrevented).toBe(true);
    await flush();
    expect(sends).toBe(1);
    expect(followed).toBe(1);
    expect(api.showPresendDialog).toHaveBeenCalledTimes(1);
    expect(api.showPresendDialog).toHaveBeenCalledWith(expect.anything(), 'Raj', expect.objectContaining({ sleepOnIt: expect.any(Function) }));
  });

  it('passes a draft the check does not flag, and follows it', () => {
    session.checkNow = () => ({ findings: [{ severity: 'info' }] }) as never;
    expect(press().defaultPrevented).toBe(false);
    expect(followed).toBe(1);
    expect(api.showPresendDialog).not.toHaveBeenCalled();
  });

  it('passes and follows when the compose UI has not loaded, or the context could not be had', () => {
    deps.ui = () => null;
    expect(press().defaultPrevented).toBe(false);
    deps.ui = () => api;
    session.contextState = () => 'failed';
    expect(press().defaultPrevented).toBe(false);
    expect(followed).toBe(2);
  });

  it('reads the recipients again at the press', () => {
    press();
    expect(session.sync).toHaveBeenCalled();
  });

  it('an error while following "Send anyway" does not send a second time', async () => {
    deps.follow = () => {
      throw new Error('boom');
    };
    press();
    await flush();
    expect(sends).toBe(1);
  });

  it('Edit whose focus throws does not send', async () => {
    choice = Promise.resolve('edit');
    editor.focus = () => {
      throw new Error('gone');
    };
    press();
    await flush();
    expect(sends).toBe(0);
  });

  it('Sleep on it sends nothing; the dialog is handed the reminder request', async () => {
    const sleepOnIt = vi.fn(async () => false);
    deps.sleepOnIt = sleepOnIt;
    let actions: { sleepOnIt(): Promise<boolean> } | undefined;
    vi.mocked(api.showPresendDialog).mockImplementation(async (_r, _n, a) => {
      actions = a;
      await a.sleepOnIt();
      return 'sleep';
    });
    press();
    await flush();
    expect(actions).toBeDefined();
    expect(sleepOnIt).toHaveBeenCalledWith(session);
    expect(sends).toBe(0);
    expect(followed).toBe(0);
  });

  it('a press the session says is not a send, or one it cannot judge, is left alone', () => {
    session.compose.isSendEvent = () => {
      throw new Error('markup changed');
    };
    expect(press().defaultPrevented).toBe(false);
    expect(followed).toBe(0);
  });
});
