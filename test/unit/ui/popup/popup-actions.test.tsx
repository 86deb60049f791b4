// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app';
import { fakeClient } from '../support/fake-client';
import { NOW, overview, prospect, status } from '../support/overview-fixture';

afterEach(cleanup);

function setup(p = prospect('a1', { name: 'Ada Lovelace' }), answers: Record<string, unknown> = {}) {
  const o = overview({ waiting: [p, prospect('b2', { name: 'Bob Babbage' })] });
  const fake = fakeClient(o, answers);
  render(<PopupApp client={fake.client} initial={o} clock={() => NOW} />);
  return fake;
}

function openMenu(name: string) {
  fireEvent.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  return screen.getByRole('menu', { name: `Actions for ${name}` });
}

const lastAction = (calls: { type: string }[]) => calls.filter((c) => c.type !== 'overview/get').at(-1);

describe('popup row actions', () => {
  it('opens the thread in one click', async () => {
    const { calls } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Open the thread with Ada Lovelace' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/open-thread', payload: { prospectId: 'a1' } }));
  });

  it('logs a call with a note, then reloads the overview', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Call…' }));
    const dialog = screen.getByRole('dialog', { name: 'Log a touch with Ada Lovelace' });
    fireEvent.input(within(dialog).getByLabelText(/Note/), { target: { value: 'Left a message with her assistant' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log it' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/log-touch', payload: { prospectId: 'a1', channel: 'call', at: NOW, note: 'Left a message with her assistant' } }));
    await waitFor(() => expect(calls.at(-1)?.type).toBe('overview/get'));
    expect(screen.getByText('Logged: call with Ada Lovelace.')).toBeTruthy();
  });

  it('logs a LinkedIn message without a note', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'LinkedIn message…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/log-touch', payload: { prospectId: 'a1', channel: 'linkedin', at: NOW } }));
  });

  it('snoozes until tomorrow at the start of the day', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Until tomorrow' }));
    const tomorrow = new Date(NOW);
    tomorrow.setHours(0, 0, 0, 0);
    tomorrow.setDate(tomorrow.getDate() + 1);
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/snooze', payload: { prospectId: 'a1', until: tomorrow.getTime() } }));
  });

  it('snoozes to a picked date', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Pick a date…' }));
    fireEvent.input(screen.getByLabelText('Snooze until'), { target: { value: '2025-06-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/snooze', payload: { prospectId: 'a1', until: new Date(2025, 5, 2).getTime() } }));
  });

  it('sets the next step with what and when', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Set a next step…' }));
    fireEvent.input(screen.getByLabelText('What was agreed'), { target: { value: 'Demo for the board' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2025-05-20' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '14:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set next step' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/next-step', payload: { prospectId: 'a1', nextStep: { what: 'Demo for the board', at: new Date(2025, 4, 20, 14, 30).getTime() } } }));
  });

  it.each([
    ['Mark won', 'won'],
    ['Mark lost', 'lost'],
    ['Do not contact', 'do-not-contact'],
  ])('%s closes the prospect', async (label, state) => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: label }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/close', payload: { prospectId: 'a1', state } }));
  });

  it('ignores a domain only after a confirmation', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Ignore everyone at acme.test…' }));
    const dialog = screen.getByRole('dialog');
    expect(lastAction(calls)).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Ignore this person…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ignore this person' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/ignore', payload: { prospectId: 'a1', scope: 'person' } }));
  });

  it('offers reopen for a closed prospect', async () => {
    const { calls } = setup(prospect('a1', { name: 'Ada Lovelace', status: status('won', 'Won on 2 May') }));
    const menu = openMenu('Ada Lovelace');
    expect(within(menu).queryByRole('menuitem', { name: 'Mark won' })).toBeNull();
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Reopen' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/close', payload: { prospectId: 'a1', state: null } }));
  });

  it('wakes a snoozed prospect', async () => {
    const { calls } = setup(prospect('a1', { name: 'Ada Lovelace', status: status('snoozed', 'Snoozed until Friday') }));
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Wake now' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/snooze', payload: { prospectId: 'a1', until: null } }));
  });

  it('shows the error the background returns', async () => {
    setup(undefined, { 'prospect/close': new Error('That prospect no longer exists.') });
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Mark lost' }));
    expect(await screen.findByText('That prospect no longer exists.')).toBeTruthy();
  });
});

describe('popup keyboard', () => {
  it('moves between rows with the arrows and opens actions with Enter; Escape closes them', async () => {
    setup();
    const rows = screen.getAllByTestId('prospect-row');
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1]);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('prospect-row')[1]));
    expect(screen.getAllByTestId('prospect-row').map((r) => r.tabIndex)).toEqual([-1, 0]);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const menu = screen.getByRole('menu', { name: 'Actions for Bob Babbage' });
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(menu).getAllByRole('menuitem')[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getAllByTestId('prospect-row')[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('prospect-row')[0]));
  });

  it('closes a form with Escape and returns focus to the row', async () => {
    setup();
    const row = screen.getAllByTestId('prospect-row')[0]!;
    row.focus();
    fireEvent.keyDown(row, { key: ' ' });
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Note…' }));
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).toBe(within(dialog).getByLabelText(/Note/));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getAllByTestId('prospect-row')[0]);
  });
});
