// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app';
import { fakeClient } from '../support/fake-client';
import { NOW, manyProspects, overview, prospect, status } from '../support/overview-fixture';

afterEach(cleanup);

const mixed = () =>
  overview(
    {
      dormant: [prospect('d1', { name: 'Dora Dormant', status: status('dormant', 'Quiet for 40 days: bring something new') })],
      waiting: [prospect('w1', { name: 'Walt Waiting', org: null, addresses: ['walt@initech.test'] })],
      overdue: [prospect('o1', { name: 'Olga Overdue', status: status('due', 'Step 2 of 3 was due Monday', { overdue: true }) })],
      'due-today': [prospect('t1', { name: 'Tess Today', status: status('due', 'Step 1 of 3 is due today') })],
      replied: [prospect('r1', { name: 'Rita Replied', lastTouch: { at: NOW - 30 * 60_000, channel: 'email', direction: 'in' }, status: status('replied', 'She wrote 2 hours ago') })],
      snoozed: [prospect('s1', { name: 'Sam Snoozed', status: status('snoozed', 'Snoozed until Friday') })],
    },
    { dueCount: 3 },
  );

describe('popup', () => {
  it('shows the sections in order with each row’s name, org or domain, last touch and reason', () => {
    const { client } = fakeClient(mixed());
    const { container } = render(<PopupApp client={client} initial={mixed()} />);
    const ids = [...container.querySelectorAll('[data-testid^="section-"]')].map((s) => s.getAttribute('data-testid'));
    expect(ids).toEqual(['section-replied', 'section-due-today', 'section-overdue', 'section-waiting', 'section-dormant', 'section-snoozed']);
    const replied = within(screen.getByTestId('section-replied')).getByTestId('prospect-row');
    expect(replied.textContent).toContain('Rita Replied');
    expect(replied.textContent).toContain('Acme');
    // Minutes, not hours: "2 hours ago" would read "yesterday" where local midnight falls between (#14).
    expect(replied.textContent).toContain('Email received · 30 minutes ago');
    expect(replied.textContent).toContain('She wrote 2 hours ago');
    const waiting = within(screen.getByTestId('section-waiting')).getByTestId('prospect-row');
    expect(waiting.textContent).toContain('initech.test'); // no company: the domain
    expect(waiting.textContent).toContain('Email sent · 5 days ago');
    expect(screen.getByText('3 need a touch')).toBeTruthy();
  });

  it('keeps snoozed and closed collapsed until opened', () => {
    const { client } = fakeClient(mixed());
    render(<PopupApp client={client} initial={mixed()} />);
    const snoozed = screen.getByTestId('section-snoozed');
    expect(within(snoozed).queryByTestId('prospect-row')).toBeNull();
    const toggle = within(snoozed).getByRole('button', { name: /snoozed/i });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(within(screen.getByTestId('section-snoozed')).getByTestId('prospect-row').textContent).toContain('Sam Snoozed');
  });

  it('asks the background for the first screen, then for the rest only when there is more', async () => {
    const { client, calls } = fakeClient(mixed());
    render(<PopupApp client={client} />);
    await screen.findByText('Rita Replied');
    expect(calls[0]).toEqual({ type: 'overview/get', payload: { limit: 30 } });
    expect(calls.filter((c) => c.type === 'overview/get')).toHaveLength(1);

    const partial = { ...mixed(), complete: false };
    const second = fakeClient(partial);
    cleanup();
    render(<PopupApp client={second.client} />);
    await screen.findByText('Rita Replied');
    await waitFor(() => expect(second.calls.filter((c) => c.type === 'overview/get').map((c) => c.payload)).toEqual([{ limit: 30 }, {}]));
  });

  it('starts from the first-screen request main.tsx sent before rendering', async () => {
    const { client, calls } = fakeClient(mixed());
    render(<PopupApp client={client} firstScreen={Promise.resolve(mixed())} />);
    await screen.findByText('Rita Replied');
    expect(calls.filter((c) => c.type === 'overview/get')).toHaveLength(0);
  });

  it('paints the first screen the background kept ready, then replaces it with the background\'s answer', async () => {
    const { client } = fakeClient(mixed());
    let answer!: (o: ReturnType<typeof mixed>) => void;
    const asked = new Promise<ReturnType<typeof mixed>>((resolve) => (answer = resolve));
    const kept = overview({ waiting: [prospect('k1', { name: 'Kept Kim' })] });
    render(<PopupApp client={client} firstScreen={asked} kept={Promise.resolve(kept)} />);
    await screen.findByText('Kept Kim');
    answer(mixed());
    await screen.findByText('Rita Replied');
    expect(screen.queryByText('Kept Kim')).toBeNull();
  });

  it('does not paint a kept first screen that comes after the background\'s answer', async () => {
    const { client } = fakeClient(mixed());
    let keep!: (o: ReturnType<typeof mixed> | null) => void;
    const kept = new Promise<ReturnType<typeof mixed> | null>((resolve) => (keep = resolve));
    render(<PopupApp client={client} firstScreen={Promise.resolve(mixed())} kept={kept} />);
    await screen.findByText('Rita Replied');
    keep(overview({ waiting: [prospect('k1', { name: 'Kept Kim' })] }));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('Kept Kim')).toBeNull();
    expect(screen.getByText('Rita Replied')).toBeTruthy();
  });

  it('reads every row itself after a partial first screen, and asks the background when that fails', async () => {
    const partial = { ...mixed(), complete: false };
    const all = overview({ waiting: [prospect('w9', { name: 'Whole List Wes' })] });
    const reads: unknown[] = [];
    const first = fakeClient(partial);
    render(<PopupApp client={{ ...first.client, everyRow: async (f) => (reads.push(f), { ...all, complete: true }) }} />);
    await screen.findByText('Whole List Wes');
    expect(reads).toHaveLength(1);
    expect(first.calls.filter((c) => c.type === 'overview/get').map((c) => c.payload)).toEqual([{ limit: 30 }]);
    cleanup();

    const second = fakeClient(partial);
    render(<PopupApp client={{ ...second.client, everyRow: () => Promise.reject(new Error('no database')) }} />);
    await waitFor(() => expect(second.calls.filter((c) => c.type === 'overview/get').map((c) => c.payload)).toEqual([{ limit: 30 }, {}]));
  });

  it('says the statuses are from before today while they update, and asks again until they are not', async () => {
    const { client, calls } = fakeClient(mixed());
    render(<PopupApp client={client} firstScreen={Promise.resolve({ ...mixed(), updating: true as const })} />);
    await screen.findByText(/These statuses are from before today/);
    await waitFor(() => expect(calls.filter((c) => c.type === 'overview/get')).toHaveLength(1), { timeout: 3000 });
    await waitFor(() => expect(screen.queryByText(/These statuses are from before today/)).toBeNull());
    expect(calls[0]).toEqual({ type: 'overview/get', payload: { limit: 30 } });
  });

  it('shows a load failure as the message the background gave', async () => {
    const { client, request } = fakeClient(mixed());
    request.mockRejectedValueOnce(new Error('FollowThrough did not answer. Reload the page and try again.'));
    render(<PopupApp client={client} />);
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
  });

  it('filters by name or address as the user types', () => {
    const { client } = fakeClient(mixed());
    render(<PopupApp client={client} initial={mixed()} />);
    const search = screen.getByRole('searchbox', { name: /search prospects/i });
    fireEvent.input(search, { target: { value: 'walt@initech' } });
    expect(screen.getAllByTestId('prospect-row').map((r) => r.dataset.prospectId)).toEqual(['w1']);
    fireEvent.input(search, { target: { value: 'sam' } }); // matches in collapsed sections show while searching
    expect(screen.getAllByTestId('prospect-row').map((r) => r.dataset.prospectId)).toEqual(['s1']);
    fireEvent.input(search, { target: { value: 'nobody-like-this' } });
    expect(screen.queryAllByTestId('prospect-row')).toHaveLength(0);
    expect(screen.getByText(/No prospect matches/)).toBeTruthy();
  });

  it('shows a friendly empty state that says how to start', () => {
    const empty = overview({});
    const { client } = fakeClient(empty);
    render(<PopupApp client={client} initial={empty} />);
    expect(screen.getByTestId('empty-state').textContent).toContain('Open Gmail or Outlook on the web and write to a prospect');
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows a banner when a mail page could not be read', () => {
    const o = overview({ waiting: [prospect('w1')] }, { problems: [{ provider: 'gmail', account: 'me@example.com', detail: "Can't read this Gmail page: the list markup changed", at: NOW }] });
    render(<PopupApp client={fakeClient(o).client} initial={o} />);
    expect(screen.getByTestId('page-problems').textContent).toContain("Can't read this Gmail page");
  });

  it('renders HTML in names and reasons as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const o = overview({ waiting: [prospect('x1', { name: evil, org: evil, status: status('waiting', `Re: ${evil}`) })] });
    const { container } = render(<PopupApp client={fakeClient(o).client} initial={o} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('prospect-row').textContent).toContain(evil);
  });

  it('opens Settings from the header', () => {
    const { client } = fakeClient(mixed());
    render(<PopupApp client={client} initial={mixed()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(client.openOptions).toHaveBeenCalledOnce();
  });

  it('renders only the visible rows of 10,000 prospects', () => {
    const o = overview({ waiting: manyProspects(10_000) });
    const started = performance.now();
    render(<PopupApp client={fakeClient(o).client} initial={o} />);
    const took = performance.now() - started;
    const rows = screen.getAllByTestId('prospect-row');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(25);
    expect(screen.getByTestId('section-waiting').textContent).toContain('10,000');
    expect(took).toBeLessThan(1000);
  });
});

describe('popup list windowing', () => {
  it('renders the rows under the new scroll position', async () => {
    const o = overview({ waiting: manyProspects(10_000) });
    const { container } = render(<PopupApp client={fakeClient(o).client} initial={o} />);
    const scroller = container.querySelector('.list-scroller') as HTMLElement;
    scroller.scrollTop = 72 * 5000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(screen.getAllByTestId('prospect-row').some((r) => r.dataset.prospectId === 'p5000')).toBe(true));
    expect(screen.queryByText('Prospect 0')).toBeNull();
    expect(screen.getAllByTestId('prospect-row').length).toBeLessThan(25);
  });
});
