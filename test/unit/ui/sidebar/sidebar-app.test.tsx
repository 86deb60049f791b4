// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';
import type { ComposeContext } from '../../../../src/shared/views';
import { createComposeSession } from '../../../../src/content/compose-session';
import { SidebarApp, type SidebarDeps } from '../../../../src/ui/sidebar/sidebar-app';
import { axeViolations } from '../support/axe';
import { composeContext, fakeCompose } from '../support/compose-fixture';
import { NOW } from '../support/overview-fixture';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function deps(over: Partial<SidebarDeps> = {}) {
  const saved: boolean[] = [];
  const d: SidebarDeps = {
    loadCollapsed: async () => false,
    saveCollapsed: async (c) => void saved.push(c),
    watchCollapsed: () => undefined,
    track: vi.fn(async () => undefined),
    clock: () => NOW,
    ...over,
  };
  return { d, saved };
}

/** A real compose session over a fake compose; the background's answers are given by the test (null: not yet). */
async function setup(ctx: ComposeContext | null = composeContext(), over: Partial<SidebarDeps> = {}) {
  const f = fakeCompose();
  const pending: ((c: ComposeContext) => void)[] = [];
  let context = ctx;
  const ask = vi.fn(() => (context ? Promise.resolve(context) : new Promise<ComposeContext>((r) => pending.push(r))));
  const { d, saved } = deps(over);
  const controller = new AbortController();
  const session = createComposeSession(f.compose, ask, controller.signal);
  const check = vi.fn(checkDraft);
  session.useChecker(check);
  session.sync();
  await Promise.resolve();
  render(<SidebarApp view={session} deps={d} signal={controller.signal} />);
  const setContext = async (c: ComposeContext) => {
    context = c;
    for (const r of pending.splice(0)) r(c);
    session.refresh();
    await Promise.resolve();
  };
  return { ...f, d, saved, controller, setContext, check, ask, session };
}

const BITTER = "Hi Dana, I guess you don't want to work with me. Just checking in, as I mentioned in my last email.";

describe('compose sidebar', () => {
  it('shows the prospect: status and reason, next step, fatigue, and the timeline on every channel', async () => {
    await setup();
    const card = screen.getByTestId('sidebar-prospect');
    expect(within(card).getByRole('heading', { name: 'Dana Scully' })).toBeTruthy();
    expect(card.textContent).toContain('Acme');
    expect(card.textContent).toContain('Due');
    expect(card.textContent).toContain('You wrote 6 business days ago; step 2 of 3 is due today');
    expect(card.textContent).toContain('Next step: Send the pilot plan, in 2 days');
    expect(screen.getByTestId('fatigue').textContent).toBe('3 unanswered in a row: try another channel or something new.');
    const touches = screen.getAllByTestId('timeline-touch').map((t) => t.querySelector('.touch-label')!.textContent);
    expect(touches).toEqual(['Text', 'Meeting', 'LinkedIn', 'Voicemail', 'Email received', 'Email sent']);
    expect(screen.getAllByTestId('timeline-touch')[0]!.textContent).toContain('2 days ago');
  });

  it('renders subjects holding markup as text', async () => {
    const { root } = await setup();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Intro <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(root.querySelector('img')).toBeNull();
  });

  it('re-runs the tone check as the user types and lists findings with message and suggestion', async () => {
    const { type, check } = await setup();
    expect(screen.queryAllByTestId('sidebar-finding')).toHaveLength(0);
    type(BITTER);
    await waitFor(() => expect(screen.getAllByTestId('sidebar-finding').length).toBeGreaterThan(0));
    const expected = checkDraft(BITTER, composeContext().prospects[0]!.tone, { subject: 'Onboarding idea for Acme', disabledRules: [] });
    const shown = screen.getAllByTestId('sidebar-finding');
    expect(shown).toHaveLength(expected.findings.length);
    for (const f of expected.findings) {
      const item = shown.find((s) => s.querySelector('.quote')!.textContent === f.text);
      expect(item, f.rule).toBeTruthy();
      expect(item!.textContent).toContain(f.message);
      expect(item!.textContent).toContain(f.suggestion);
    }
    expect(check).toHaveBeenLastCalledWith(BITTER, composeContext().prospects[0]!.tone, { subject: 'Onboarding idea for Acme', disabledRules: [] });
  });

  it('coalesces a burst of keystrokes into one check', async () => {
    const { type, check } = await setup();
    const before = check.mock.calls.length;
    for (const word of ['Hi', 'Hi Dana', 'Hi Dana,', 'Hi Dana, quick']) type(word);
    await waitFor(() => expect(check.mock.calls.length).toBe(before + 1));
    await new Promise((r) => setTimeout(r, 60));
    expect(check.mock.calls.length).toBe(before + 1);
  });

  it('shows the measures and prompts for something new and a concrete ask', async () => {
    const { type } = await setup();
    type('Hi Dana, just wanted to follow up on my note from last week about the project.');
    await waitFor(() => expect(screen.getByTestId('prompt-new')).toBeTruthy());
    expect(screen.getByTestId('prompt-new').textContent).toContain('Lead with something new');
    expect(screen.getByTestId('prompt-ask').textContent).toContain('Ask for one concrete next step');
    const metrics = screen.getByTestId('metrics');
    expect(metrics.querySelector('[data-metric="words"]')!.textContent).toContain('16');
    expect(metrics.querySelector('[data-metric="words"]')!.className).toContain('off');
    expect(metrics.querySelector('[data-metric="subject"]')!.textContent).toContain('4 words');
    expect(metrics.querySelector('[data-metric="subject"]')!.className).toContain('good');
    type('Hi Dana, congratulations on the launch! I wrote up an idea for your onboarding: https://example.com/guide. Would Tuesday at 10 work for 20 minutes?');
    await waitFor(() => expect(screen.queryByTestId('prompt-ask')).toBeNull());
    expect(screen.queryByTestId('prompt-new')).toBeNull();
  });

  it('never writes into the draft', async () => {
    const { type, editor } = await setup();
    type(BITTER);
    const html = editor.innerHTML;
    await waitFor(() => expect(screen.getAllByTestId('sidebar-finding').length).toBeGreaterThan(0));
    expect(editor.innerHTML).toBe(html);
    expect(editor.childNodes).toHaveLength(1);
  });

  it('says the recipients are not shown, not that there are none, when the compose hides them (Outlook inline reply)', async () => {
    const f = fakeCompose('reply');
    const snap = f.compose.snapshot();
    const hidden = { ...f.compose, snapshot: () => ({ ...snap, to: [], recipientsShown: false }) };
    const session = createComposeSession(hidden, async () => ({ ...composeContext(), prospects: [], untracked: [] }), new AbortController().signal);
    session.sync();
    await session.contextSettled();
    render(<SidebarApp view={session} deps={deps().d} signal={new AbortController().signal} />);
    expect(document.body.textContent).toContain('The recipients are not shown yet');
    expect(document.body.textContent).not.toContain('No prospect among the recipients');
  });

  it('offers to track an untracked recipient', async () => {
    const { d } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Track pat@globex.test' }));
    expect(d.track).toHaveBeenCalledWith('me@example.com', 'pat@globex.test');
    expect(await screen.findByText(/Tracked\./)).toBeTruthy();
  });

  it('re-renders when the context arrives, and uses its disabled rules', async () => {
    const { setContext, check } = await setup(null);
    expect(screen.getByText('Looking up who this goes to…')).toBeTruthy();
    await setContext(composeContext({ disabledToneRules: ['check-in'] }));
    expect(await screen.findByRole('heading', { name: 'Dana Scully' })).toBeTruthy();
    expect(check.mock.lastCall?.[2]).toEqual({ subject: 'Onboarding idea for Acme', disabledRules: ['check-in'] });
  });

  it('collapses, saves that, and starts collapsed next time', async () => {
    const { saved, controller } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse FollowThrough' }));
    expect(saved).toEqual([true]);
    expect(screen.queryByTestId('sidebar-prospect')).toBeNull();
    expect(screen.getByRole('button', { name: /Show FollowThrough/ }).getAttribute('aria-expanded')).toBe('false');
    controller.abort();
    cleanup();
    await setup(composeContext({ sidebarCollapsed: true }));
    expect(screen.getByRole('button', { name: /Show FollowThrough/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show FollowThrough/ }));
    expect(screen.getByTestId('sidebar-prospect')).toBeTruthy();
  });

  it('restores the collapsed preference from storage before the context arrives', async () => {
    await setup(null, { loadCollapsed: async () => true });
    expect(await screen.findByRole('button', { name: /Show FollowThrough/ })).toBeTruthy();
  });

  it('stops listening when its signal aborts', async () => {
    const { type, check, controller } = await setup();
    controller.abort();
    const calls = check.mock.calls.length;
    type(BITTER);
    await new Promise((r) => setTimeout(r, 60));
    expect(check.mock.calls.length).toBe(calls);
  });

  it('has no axe violations', async () => {
    const { type } = await setup();
    type(BITTER);
    await waitFor(() => expect(screen.getAllByTestId('sidebar-finding').length).toBeGreaterThan(0));
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
