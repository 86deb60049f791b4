// @vitest-environment happy-dom
// Structural accessibility in happy-dom (names, roles, ARIA use). Colour
// contrast needs a real layout engine: the Chromium end-to-end tests check it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app';
import { axeViolations } from '../support/axe';
import { fakeClient } from '../support/fake-client';
import { overview, prospect, status } from '../support/overview-fixture';

afterEach(cleanup);

describe('popup accessibility', () => {
  it('has no axe violations with rows, an open menu and a form', async () => {
    const o = overview({ replied: [prospect('r1', { status: status('replied', 'They wrote yesterday'), nextStep: { what: 'Call', at: Date.now() } })], waiting: [prospect('w1')], closed: [prospect('c1')] }, { problems: [{ provider: 'outlook', account: null, detail: "Can't read this Outlook page", at: 0 }] });
    const { container } = render(<PopupApp client={fakeClient(o).client} initial={o} />);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Person w1' }));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Set a next step…' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations in the empty state', async () => {
    const o = overview({});
    const { container } = render(<PopupApp client={fakeClient(o).client} initial={o} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
