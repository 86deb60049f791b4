// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';
import { showPresendDialog } from '../../../../src/ui/presend/mount';
import { axeViolations } from '../support/axe';

const BITTER = "Hi Dana,\n\nWell, I guess you don't want to work with me. I'll take the hint.\n\nBest,\nSam";
const SCOLD = "Hi Dana,\n\nJust checking in. As I mentioned in my last email, I haven't heard back from you.\n\nBest";

function host() {
  const el = document.querySelector('followthrough-presend');
  if (!el?.shadowRoot) throw new Error('no dialog host');
  return { el, root: el.shadowRoot, dialog: within(el.shadowRoot as unknown as HTMLElement) };
}

const saved = { sleepOnIt: async () => true };

afterEach(() => {
  document.querySelector('followthrough-presend')?.remove();
});

describe('pre-send dialog', () => {
  it.each([
    ['Send anyway', 'send'],
    ['Edit', 'edit'],
    ['Sleep on it', 'sleep'],
  ] as const)('"%s" resolves %s and removes the dialog', async (label, choice) => {
    const answer = showPresendDialog(checkDraft(SCOLD), 'Dana Scully', saved);
    const { dialog } = host();
    fireEvent.click(dialog.getByRole('button', { name: label }));
    await expect(answer).resolves.toBe(choice);
    expect(document.querySelector('followthrough-presend')).toBeNull();
  });

  it('lives in an open shadow root as a modal dialog with exactly three buttons', () => {
    void showPresendDialog(checkDraft(SCOLD), 'Dana Scully', saved);
    const { el, root, dialog } = host();
    expect(el.parentElement).toBe(document.body);
    expect(root.mode).toBe('open');
    const d = dialog.getByRole('dialog');
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAllByRole('button').map((b) => b.textContent)).toEqual(['Send anyway', 'Edit', 'Sleep on it']);
  });

  it('lists each finding with its message, the quoted words and the suggestion', () => {
    const report = checkDraft(SCOLD);
    void showPresendDialog(report, 'Dana Scully', saved);
    const items = host().dialog.getAllByTestId('presend-finding');
    expect(items).toHaveLength(report.findings.filter((f) => f.severity !== 'info').length);
    for (const f of report.findings) {
      const item = items.find((i) => i.textContent!.includes(`“${f.text}”`));
      expect(item, f.rule).toBeTruthy();
      expect(item!.textContent).toContain(f.message);
      expect(item!.textContent).toContain(f.suggestion);
    }
    expect(host().dialog.getByText(/to Dana Scully/)).toBeTruthy();
  });

  it('Escape means Edit', async () => {
    const answer = showPresendDialog(checkDraft(SCOLD), 'Dana Scully', saved);
    fireEvent.keyDown(host().dialog.getByRole('dialog'), { key: 'Escape' });
    await expect(answer).resolves.toBe('edit');
  });

  it('keeps keys from reaching the mail app and traps Tab inside', () => {
    void showPresendDialog(checkDraft(SCOLD), null, saved);
    let leaked = 0;
    const onKey = () => leaked++;
    document.addEventListener('keydown', onKey);
    const { root, dialog } = host();
    const buttons = dialog.getAllByRole('button');
    expect(root.activeElement).toBe(buttons[1]); // Edit
    // The findings list is the first stop (it scrolls when long), the last is "Sleep on it".
    const findings = dialog.getByRole('list', { name: 'What the tone check found' });
    buttons[2]!.focus();
    fireEvent.keyDown(buttons[2]!, { key: 'Tab' });
    expect(root.activeElement).toBe(findings);
    fireEvent.keyDown(findings, { key: 'Tab', shiftKey: true });
    expect(root.activeElement).toBe(buttons[2]);
    document.removeEventListener('keydown', onKey);
    expect(leaked).toBe(0);
  });

  it('gives a strong break-up a moment, and suggests sleeping on it', () => {
    void showPresendDialog(checkDraft(BITTER), 'Dana Scully', saved);
    const { root, dialog } = host();
    expect(dialog.getByRole('heading').textContent).toBe('Take a moment before this goes');
    expect(dialog.getByRole('dialog').textContent).toContain('This reads like a goodbye written on a bad day.');
    expect(dialog.getByRole('dialog').textContent).toContain('reminds you tomorrow morning');
    expect(root.activeElement).toBe(dialog.getByRole('button', { name: 'Sleep on it' }));
  });

  it('does not use the break-up wording for a scold', () => {
    void showPresendDialog(checkDraft(SCOLD), 'Dana Scully', saved);
    const text = host().dialog.getByRole('dialog').textContent!;
    expect(text).not.toContain('goodbye');
    expect(text).toContain('Before you send');
  });

  it('asks one question at a time: a new dialog answers the one still open with Edit', async () => {
    const a = showPresendDialog(checkDraft(SCOLD), null, saved);
    const b = showPresendDialog(checkDraft(BITTER), null, saved);
    expect(document.querySelectorAll('followthrough-presend')).toHaveLength(1);
    expect(await a).toBe('edit');
    fireEvent.click(host().dialog.getByRole('button', { name: 'Send anyway' }));
    expect(await b).toBe('send');
    expect(document.querySelector('followthrough-presend')).toBeNull();
  });

  it('a dialog that fails to render leaves nothing behind, and the next one shows', async () => {
    const broken = { findings: null } as unknown as ReturnType<typeof checkDraft>;
    await expect(showPresendDialog(broken, null, saved)).rejects.toThrow();
    expect(document.querySelector('followthrough-presend')).toBeNull();
    const answer = showPresendDialog(checkDraft(SCOLD), null, saved);
    fireEvent.click(host().dialog.getByRole('button', { name: 'Edit' }));
    await expect(answer).resolves.toBe('edit');
  });

  it('Sleep on it closes only once the reminder is saved', async () => {
    let done: (ok: boolean) => void = () => undefined;
    const answer = showPresendDialog(checkDraft(BITTER), 'Raj', { sleepOnIt: () => new Promise<boolean>((r) => (done = r)) });
    const { dialog } = host();
    fireEvent.click(dialog.getByRole('button', { name: 'Sleep on it' }));
    await waitFor(() => expect(dialog.getByRole('button', { name: 'Saving reminder…' })).toBeTruthy());
    expect(document.querySelector('followthrough-presend')).not.toBeNull();
    done(true);
    await expect(answer).resolves.toBe('sleep');
    expect(document.querySelector('followthrough-presend')).toBeNull();
  });

  it('says so when the reminder could not be saved, stays open, and lets the user try again or choose otherwise', async () => {
    const results = [false, true];
    let calls = 0;
    const answer = showPresendDialog(checkDraft(BITTER), 'Raj', { sleepOnIt: async () => results[calls++]! });
    const { dialog } = host();
    fireEvent.click(dialog.getByRole('button', { name: 'Sleep on it' }));
    const alert = await waitFor(() => dialog.getByRole('alert'));
    expect(alert.textContent).toMatch(/could not be saved/);
    expect(alert.textContent).toMatch(/draft is still here/);
    expect(document.querySelector('followthrough-presend')).not.toBeNull();
    fireEvent.click(dialog.getByRole('button', { name: 'Try again' }));
    await expect(answer).resolves.toBe('sleep');
    expect(calls).toBe(2);
  });

  it('a reminder request that throws counts as not saved', async () => {
    const answer = showPresendDialog(checkDraft(BITTER), 'Raj', { sleepOnIt: async () => Promise.reject(new Error('gone')) });
    const { dialog } = host();
    fireEvent.click(dialog.getByRole('button', { name: 'Sleep on it' }));
    await waitFor(() => expect(dialog.getByRole('alert')).toBeTruthy());
    fireEvent.click(dialog.getByRole('button', { name: 'Edit' }));
    await expect(answer).resolves.toBe('edit');
  });

  it('shows markup in the draft as text', () => {
    void showPresendDialog(checkDraft('Just checking in <img src=x onerror=alert(1)> as I mentioned'), null, saved);
    const { root } = host();
    expect(root.querySelector('img')).toBeNull();
  });

  it('has no axe violations', async () => {
    void showPresendDialog(checkDraft(BITTER), 'Dana Scully', saved);
    const { root } = host();
    const probe = root.querySelector('.dialog') as HTMLElement;
    // axe-core reads shadow roots itself; run it over the document that holds the host.
    expect(await axeViolations(probe.ownerDocument.body)).toEqual([]);
  });
});

describe('pre-send dialog wording', () => {
  it('gives shared advice once, and says the break-up moment once, not per phrase', async () => {
    const draft = "Hi Raj,\n\nThis is my last email. I guess you don't want to work with me. I'll take the hint and close your file.\n\nSam";
    const report = checkDraft(draft);
    const suggestions = new Set(report.findings.map((f) => f.suggestion));
    expect(report.findings.length).toBeGreaterThan(suggestions.size);
    const answer = showPresendDialog(report, 'Dana Scully', saved);
    const { root, dialog } = host();
    expect(root.querySelectorAll('[data-testid=presend-finding]')).toHaveLength(report.findings.length);
    expect(root.querySelectorAll('.suggestion')).toHaveLength(suggestions.size);
    expect((root.textContent ?? '').match(/sleep on it/gi)?.length ?? 0).toBeLessThanOrEqual(3);
    fireEvent.click(dialog.getByRole('button', { name: 'Edit' }));
    await answer;
  });
});
