// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toneRules } from '../../../../src/core/tone';
import { cleanIgnored } from '../../../../src/db/ignore';
import { checkPatch } from '../../../../src/db/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings';
import { OptionsApp } from '../../../../src/ui/options/options-app';
import type { OptionsClient } from '../../../../src/ui/options/options-client';
import { axeViolations } from '../support/axe';

afterEach(cleanup);

type Ignored = { people?: string[]; domains?: string[] };

/** The background as the page meets it: settings checked like the real one, ignore lists with the real checks. */
function setup(initial: Partial<Settings> = {}, answers: Record<string, unknown> = {}, ignoredAtStart: Ignored = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const ignored = { people: [...(ignoredAtStart.people ?? [])], domains: [...(ignoredAtStart.domains ?? [])] };
  const saves: Partial<Settings>[] = [];
  const calls: { type: string; payload: unknown }[] = [];
  const view = () => ({ settings: stored, ignored: { people: [...ignored.people], domains: [...ignored.domains] } });
  const client = {
    watchSettings: () => () => undefined,
    request: vi.fn(async (type: string, payload: Record<string, unknown>) => {
      calls.push({ type, payload });
      if (type === 'settings/get') return view();
      if (type === 'settings/save') {
        const patch = checkPatch(payload.patch);
        saves.push(patch);
        stored = { ...stored, ...patch };
        return view();
      }
      if (type === 'ignore/add' || type === 'ignore/remove') {
        const list = payload.kind === 'person' ? ignored.people : ignored.domains;
        const value = cleanIgnored(payload.kind as 'person' | 'domain', payload.value as string);
        if (type === 'ignore/add') list.push(value);
        else list.splice(list.indexOf(value), 1);
        return { ...view(), removed: type === 'ignore/add' ? 2 : undefined };
      }
      const a = answers[type];
      if (a instanceof Error) throw a;
      return a;
    }),
    download: vi.fn(),
  } as unknown as OptionsClient & { download: ReturnType<typeof vi.fn>; request: ReturnType<typeof vi.fn> };
  render(<OptionsApp client={client} rules={toneRules} />);
  return { client, saves, calls, stored: () => stored, ignored };
}

const ready = () => screen.findByRole('heading', { name: 'Cadence' });

describe('options page', () => {
  it('saves cadence steps validated, and refuses nonsense', async () => {
    const { saves } = setup();
    await ready();
    const steps = screen.getByLabelText('Follow up after (days)');
    expect((steps as HTMLInputElement).value).toBe('3, 7, 14');
    fireEvent.input(steps, { target: { value: '2, 5, 10, 30' } });
    fireEvent.change(steps);
    await waitFor(() => expect(saves.at(-1)?.stepsDays).toEqual([2, 5, 10, 30]));
    expect(screen.getByTestId('saved').textContent).toBe('Saved');
    fireEvent.input(steps, { target: { value: '2, soon' } });
    fireEvent.change(steps);
    expect(steps.getAttribute('aria-invalid')).toBe('true');
    expect(saves).toHaveLength(1);
  });

  it('saves business days, due hour, time zone and the fatigue threshold', async () => {
    const { stored } = setup();
    await ready();
    fireEvent.click(screen.getByLabelText('Count business days only'));
    fireEvent.change(screen.getByLabelText('Touches fall due at'), { target: { value: '8' } });
    const zone = screen.getByLabelText('Time zone') as HTMLSelectElement;
    expect(zone.options[0]!.textContent).toMatch(/^The browser's own/);
    fireEvent.change(zone, { target: { value: 'Europe/Berlin' } });
    fireEvent.change(screen.getByLabelText('Change channel after (unanswered in a row)'), { target: { value: '4' } });
    await waitFor(() => expect(stored()).toMatchObject({ businessDays: false, dueHour: 8, timeZone: 'Europe/Berlin', fatigueInARow: 4 }));
  });

  it('lists every tone rule with its examples and what to write instead, and turns one off', async () => {
    const { stored } = setup();
    await ready();
    for (const r of toneRules) {
      const item = screen.getByTestId(`rule-${r.id}`);
      expect(item.textContent).toContain(r.title);
      for (const x of r.examples) expect(item.textContent).toContain(x);
      expect(item.textContent).toContain(r.better);
    }
    const first = toneRules[0]!;
    fireEvent.click(within(screen.getByTestId(`rule-${first.id}`)).getByRole('checkbox'));
    await waitFor(() => expect(stored().disabledToneRules).toEqual([first.id]));
  });

  it('adds and removes ignored people and domains through the background, which forgets their prospects', async () => {
    const { ignored, calls } = setup({}, {}, { domains: ['old.test'] });
    await ready();
    fireEvent.input(screen.getByLabelText('Add to people'), { target: { value: 'Boss@MyCompany.com ' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    await waitFor(() => expect(ignored.people).toEqual(['boss@mycompany.com']));
    expect(calls.find((c) => c.type === 'ignore/add')).toEqual({ type: 'ignore/add', payload: { kind: 'person', value: 'boss@mycompany.com' } });
    await waitFor(() => expect(screen.getByTestId('saved').textContent).toBe('Saved; forgot 2 prospects'));
    expect(screen.getByText('boss@mycompany.com')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Add to domains'), { target: { value: 'not a domain' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[1]!);
    expect(screen.getByRole('alert').textContent).toContain('does not look like a domain');
    fireEvent.click(screen.getByRole('button', { name: 'Stop ignoring old.test' }));
    await waitFor(() => expect(ignored.domains).toEqual([]));
  });

  it('says why a whole public mail domain cannot be ignored', async () => {
    const { ignored } = setup();
    await ready();
    fireEvent.input(screen.getByLabelText('Add to domains'), { target: { value: 'gmail.com' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[1]!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('gmail.com is a public mail domain: ignoring it would ignore everyone who writes from it. Ignore the person instead.'));
    expect(ignored.domains).toEqual([]);
    expect((screen.getByLabelText('Add to domains') as HTMLInputElement).value).toBe('gmail.com');
  });

  it('shows the background refusing a change, and the value it kept', async () => {
    const { client } = setup();
    await ready();
    client.request.mockImplementationOnce(async () => {
      throw new Error('Not saved: dueHour: Too big.');
    });
    fireEvent.change(screen.getByLabelText('Touches fall due at'), { target: { value: '8' } });
    await waitFor(() => expect(screen.getByTestId('saved').textContent).toBe('Not saved: dueHour: Too big.'));
    await waitFor(() => expect((screen.getByLabelText('Touches fall due at') as HTMLSelectElement).value).toBe('9'));
  });

  it('lists what syncs, and says a prospect can have its own cadence from the popup', async () => {
    setup();
    await ready();
    expect(screen.getByTestId('synced-list').textContent).toMatch(/the ignore lists never leave this browser/);
    expect(screen.getByText(/One prospect can have steps of its own/).textContent).toContain('“Cadence…” in its menu in the popup');
  });

  it('refuses a file too large to send, before reading it', async () => {
    const { calls } = setup();
    await ready();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const big = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 70 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { configurable: true, value: [big] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('data-outcome').textContent).toBe('This file was not imported, nothing was changed: it is 70 MB, and FollowThrough imports files up to 40 MB.'));
    expect(calls.some((c) => c.type === 'data/import')).toBe(false);
  });

  it('turns the daily summary and incognito recording on and off, with an explanation', async () => {
    const { stored } = setup();
    await ready();
    fireEvent.click(screen.getByLabelText('Daily summary'));
    const incognito = screen.getByLabelText('Record mail read in incognito windows');
    expect(screen.getByText(/Off by default/)).toBeTruthy();
    fireEvent.click(incognito);
    await waitFor(() => expect(stored()).toMatchObject({ dailySummary: false, recordIncognito: true }));
  });

  it('exports JSON and CSV as downloads', async () => {
    const { client } = setup({}, { 'data/export': { filename: 'followthrough-export.json', mime: 'application/json', text: '{}' } });
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(client.download).toHaveBeenCalledWith('followthrough-export.json', 'application/json', '{}'));
    expect(client.request).toHaveBeenCalledWith('data/export', { format: 'json' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(client.request).toHaveBeenCalledWith('data/export', { format: 'csv' }));
  });

  it('imports a file and shows the counts, or the error exactly as returned', async () => {
    const answers: Record<string, unknown> = { 'data/import': { ok: true, counts: { prospects: 12, touches: 40 } } };
    const { calls } = setup({}, answers);
    await ready();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const pick = (text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'export.json', { type: 'application/json' })] });
      fireEvent.change(input);
    };
    pick('{"version":1}');
    await waitFor(() => expect(screen.getByTestId('data-outcome').textContent).toBe('Imported 12 prospects, 40 touches.'));
    expect(calls.filter((c) => c.type === 'data/import').at(-1)).toEqual({ type: 'data/import', payload: { json: '{"version":1}' } });
    // Then the settings are read again: the file may have changed some.
    await waitFor(() => expect(calls.slice(calls.map((c) => c.type).lastIndexOf('data/import')).some((c) => c.type === 'settings/get')).toBe(true));
    answers['data/import'] = { ok: false, error: 'This file was not imported, nothing was changed: it is not valid JSON.' };
    pick('nope');
    await waitFor(() => expect(screen.getByTestId('data-outcome').textContent).toBe('This file was not imported, nothing was changed: it is not valid JSON.'));
  });

  it('deletes everything only after the typed confirmation', async () => {
    const { calls } = setup({}, { 'data/delete-all': { deleted: true } });
    await ready();
    const button = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const box = screen.getByLabelText('Type delete everything to confirm');
    fireEvent.input(box, { target: { value: 'delete' } });
    expect(button.disabled).toBe(true);
    fireEvent.input(box, { target: { value: 'delete everything' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await waitFor(() => expect(calls.at(-1)).toEqual({ type: 'data/delete-all', payload: { confirm: 'delete everything' } }));
    expect(await screen.findByText(/Everything was deleted/)).toBeTruthy();
  });

  it('has no axe violations', async () => {
    setup({}, {}, { people: ['a@b.test'] });
    await ready();
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
