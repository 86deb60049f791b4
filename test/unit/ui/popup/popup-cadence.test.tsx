// @vitest-environment happy-dom
// The per-prospect cadence from the popup (#18), and Ignore on a public mail domain.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app';
import { fakeClient } from '../support/fake-client';
import { NOW, overview, prospect } from '../support/overview-fixture';

afterEach(cleanup);

function setup(p = prospect('a1', { name: 'Ada Lovelace' })) {
  const o = overview({ waiting: [p] });
  const fake = fakeClient(o);
  render(<PopupApp client={fake.client} initial={o} clock={() => NOW} />);
  return fake;
}

const openMenu = (name: string) => {
  fireEvent.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  return screen.getByRole('menu', { name: `Actions for ${name}` });
};
const lastAction = (calls: { type: string }[]) => calls.filter((c) => c.type !== 'overview/get').at(-1);

describe("a prospect's own cadence", () => {
  it('sets the slow enterprise deal preset', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Cadence…' }));
    const dialog = screen.getByRole('dialog', { name: 'Cadence for Ada Lovelace' });
    expect(within(dialog).getByLabelText('The default: 3, 7, 14 days')).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByLabelText('Slow enterprise deal: 7, 14, 30 days'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save cadence' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/cadence', payload: { prospectId: 'a1', stepsDays: [7, 14, 30] } }));
    expect(screen.getByText('Ada Lovelace now follows up after 7, 14, 30 days.')).toBeTruthy();
  });

  it('takes days of its own, refusing nonsense', async () => {
    const { calls } = setup();
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Cadence…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Days of my own'));
    const days = within(dialog).getByLabelText(/Days, counted from/);
    fireEvent.input(days, { target: { value: '2, soon' } });
    expect((within(dialog).getByRole('button', { name: 'Save cadence' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(days, { target: { value: '2, 4 ,9' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save cadence' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/cadence', payload: { prospectId: 'a1', stepsDays: [2, 4, 9] } }));
  });

  it('shows the steps in the menu, and goes back to the default', async () => {
    const { calls } = setup(prospect('a1', { name: 'Ada Lovelace', stepsDays: [1, 3, 7] }));
    fireEvent.click(within(openMenu('Ada Lovelace')).getByRole('menuitem', { name: 'Cadence: 1, 3, 7 days…' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText('Hot lead: 1, 3, 7 days')).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByLabelText('The default: 3, 7, 14 days'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save cadence' }));
    await waitFor(() => expect(lastAction(calls)).toEqual({ type: 'prospect/cadence', payload: { prospectId: 'a1', stepsDays: null } }));
    expect(screen.getByText('Ada Lovelace follows the default cadence again.')).toBeTruthy();
  });
});

describe('ignore on a public mail domain', () => {
  it('offers the person only', () => {
    setup(prospect('k1', { name: 'Kim', addresses: ['kim@gmail.com'] }));
    const menu = openMenu('Kim');
    expect(within(menu).getByRole('menuitem', { name: 'Ignore this person…' })).toBeTruthy();
    expect(within(menu).queryByRole('menuitem', { name: /Ignore everyone at/ })).toBeNull();
  });
});
