import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../src/background/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const fromPage = { id: ID, url: `${ORIGIN}src/ui/popup/index.html` };
const fromGmail = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } };

function setup() {
  const calls: string[] = [];
  const handler = (name: string) => async (payload: unknown) => {
    calls.push(name);
    return { got: payload };
  };
  const handlers = new Proxy({}, { get: (_t, name: string) => handler(name) }) as Handlers;
  const log = vi.fn();
  const route = createRouter(handlers, () => ({ id: ID, origin: ORIGIN }), log);
  return { route, calls, log };
}

describe('the message router', () => {
  it('answers a valid request from an allowed sender', async () => {
    const { route, calls } = setup();
    const answer = await route({ type: 'prospect/snooze', payload: { prospectId: 'p1', until: 5 } }, fromPage);
    expect(answer).toEqual({ ok: true, result: { got: { prospectId: 'p1', until: 5 } } });
    expect(calls).toEqual(['prospect/snooze']);
  });

  it('refuses another extension, a web page and an unknown sender', async () => {
    const { route, calls } = setup();
    for (const sender of [{ id: 'other', url: ORIGIN }, { url: 'https://evil.example/' }, { id: ID, url: 'https://evil.example/', tab: { id: 1 } }]) {
      expect(await route({ type: 'overview/get', payload: {} }, sender)).toMatchObject({ ok: false });
    }
    expect(calls).toEqual([]);
  });

  it('refuses export and delete-all from a content script', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'data/export', payload: { format: 'json' } }, fromGmail)).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await route({ type: 'data/delete-all', payload: { confirm: 'delete everything' } }, fromGmail)).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('refuses payloads of the wrong shape and logs without their content', async () => {
    const { route, calls, log } = setup();
    const secret = 'Dear Dana, my secret pricing';
    const answer = await route({ type: 'compose/sent', payload: { compose: { body: secret }, at: 'yesterday' } }, fromGmail);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/does not validate/) });
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalled();
    expect(JSON.stringify(log.mock.calls)).not.toContain('secret');
  });

  it('refuses unknown message types, including inherited names', async () => {
    const { route } = setup();
    expect(await route({ type: 'toString', payload: {} }, fromPage)).toMatchObject({ ok: false });
    expect(await route('hello', fromPage)).toMatchObject({ ok: false });
  });

  it('turns a handler failure into an error answer', async () => {
    const handlers = new Proxy({}, { get: () => async () => { throw new Error('That prospect no longer exists.'); } }) as Handlers;
    const route = createRouter(handlers, () => ({ id: ID, origin: ORIGIN }), () => undefined);
    expect(await route({ type: 'prospect/close', payload: { prospectId: 'p', state: 'won' } }, fromPage)).toEqual({ ok: false, error: 'That prospect no longer exists.' });
  });
});
