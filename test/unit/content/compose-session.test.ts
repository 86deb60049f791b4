// @vitest-environment happy-dom
// One compose window's session (#17): the context for all recipients, the
// leading prospect's context setting the severity, one tone report shared by
// the sidebar and the pre-send check, and the recipient's name as shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createComposeSession } from '../../../src/content/compose-session';
import { checkDraft } from '../../../src/core/tone';
import type { ToneContext } from '../../../src/core/model';
import type { ComposeContext } from '../../../src/shared/views';
import { composeContext, fakeCompose } from '../ui/support/compose-fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

const tone = (over: Partial<ToneContext>): ToneContext => ({ touchesSoFar: 1, unansweredInRow: 1, ghostings: 0, daysSinceLastReply: null, cadenceSpent: false, fatigueTripped: false, ...over });
const CLOSE = 'Hi both,\n\nSince I have not heard back, I will close the file on this for now. If things change, my door is open.\n\nSam';

function twoProspects(): ComposeContext {
  const base = composeContext();
  const first = base.prospects[0]!;
  return {
    ...base,
    prospects: [
      { ...first, prospect: { ...first.prospect, id: 'p1', name: 'Dana Scully (stored)', addresses: ['dana@acme.test'] }, tone: tone({ touchesSoFar: 1 }) },
      { ...first, prospect: { ...first.prospect, id: 'p2', name: 'Lee', addresses: ['lee@acme.test'] }, tone: tone({ touchesSoFar: 6, unansweredInRow: 6, cadenceSpent: true }) },
    ],
  };
}

function setup(ask: (snap: unknown) => Promise<ComposeContext>) {
  const f = fakeCompose();
  f.compose.snapshot = () => ({ provider: 'gmail', account: 'me@example.com', composeId: 'c1', kind: 'new', to: [{ address: 'dana@acme.test', name: 'Dana', confidence: 'high' }], cc: [{ address: 'lee@acme.test', name: 'Lee P.', confidence: 'high' }], subject: 'Closing the loop', threadKey: null });
  const controller = new AbortController();
  const askSpy = vi.fn(ask);
  const session = createComposeSession(f.compose, askSpy, controller.signal);
  return { ...f, session, controller, ask: askSpy };
}

describe('a compose session', () => {
  it('asks once for the context of all recipients, and again only when they change', async () => {
    const { session, ask } = setup(async () => twoProspects());
    session.sync();
    session.sync();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0]).toMatchObject({ to: [{ address: 'dana@acme.test' }], cc: [{ address: 'lee@acme.test' }] });
    expect(session.contextState()).toBe('pending');
    await session.contextSettled();
    expect(session.contextState()).toBe('ready');
    session.invalidate();
    session.sync();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('judges the draft against the prospect furthest along the cadence, with the subject', async () => {
    const { session, type } = setup(async () => twoProspects());
    const check = vi.fn(checkDraft);
    session.useChecker(check);
    session.sync();
    await session.contextSettled();
    type(CLOSE);
    const report = session.checkNow()!;
    expect(check).toHaveBeenLastCalledWith(CLOSE, expect.objectContaining({ cadenceSpent: true, touchesSoFar: 6 }), { subject: 'Closing the loop', disabledRules: [] });
    expect(report.findings.filter((f) => f.category === 'breakup').map((f) => f.severity)).not.toContain('strong');
    expect(checkDraft(CLOSE, tone({ touchesSoFar: 1 })).findings.some((f) => f.severity === 'strong')).toBe(true);
    // The report the sidebar reads is the one the pre-send check just made.
    expect(session.report()).toBe(report);
    // The name the dialog uses is the one the compose shows for that prospect, not the stored one.
    expect(session.recipientName()).toBe('Lee P.');
  });

  it('tells its listeners when the context or the report changed, through closures only', async () => {
    const { session, type, controller } = setup(async () => twoProspects());
    session.useChecker(checkDraft);
    const heard = vi.fn();
    session.onChange(heard, controller.signal);
    session.sync();
    await session.contextSettled();
    expect(heard).toHaveBeenCalled();
    heard.mockClear();
    type("Hi Dana, I guess you don't want to work with me.");
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    expect(session.report()!.findings.length).toBeGreaterThan(0);
  });

  it('ignores an answer overtaken by a newer question, and asks again after a failure', async () => {
    let n = 0;
    const answers: ((c: ComposeContext) => void)[] = [];
    const { session, ask } = setup(() => (++n === 2 ? Promise.reject(new Error('worker gone')) : new Promise<ComposeContext>((r) => answers.push(r))));
    session.sync();
    session.refresh(); // the second question fails
    await session.contextSettled();
    expect(session.contextState()).toBe('failed');
    answers[0]!(twoProspects()); // the first, late answer is not taken
    await Promise.resolve();
    expect(session.context()).toBeNull();
    session.sync();
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('with no tracked prospect, names the first recipient as the compose shows them', async () => {
    const { session } = setup(async () => composeContext({ prospects: [] }));
    session.sync();
    await session.contextSettled();
    expect(session.recipientName()).toBe('Dana');
  });

  it('stops checking and listening once closed', async () => {
    const { session, type } = setup(async () => twoProspects());
    const check = vi.fn(checkDraft);
    session.useChecker(check);
    const calls = check.mock.calls.length;
    session.close();
    type('Just checking in');
    await new Promise((r) => setTimeout(r, 60));
    expect(check.mock.calls.length).toBe(calls);
  });
});
