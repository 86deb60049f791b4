// @vitest-environment happy-dom
// Page health on the options page and "Save a page outline" in the popup's banner (#15).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageHealth } from '../../../../src/shared/page-health';
import { PageHealthSection, healthLine } from '../../../../src/ui/options/page-health-section';
import type { OptionsClient } from '../../../../src/ui/options/options-client';
import { ProblemBanner } from '../../../../src/ui/popup/problem-banner';
import type { RequestFn } from '../../../../src/ui/shared/client';
import { axeViolations } from '../support/axe';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 19, 10, 2);
const ok: PageHealth = { provider: 'gmail', account: 'me@x.com', at: NOW - 2 * 60_000, readable: true, view: 'list', found: 9, fields: [], detail: '', tabId: 7 };
const poor: PageHealth = {
  provider: 'outlook', account: 'ada@example.com', at: NOW - 30 * 60_000, readable: true, view: 'conversation', found: 5, detail: '',
  fields: [{ field: 'subject', state: 'fallback', entry: 'heading' }, { field: 'conversation.sender', state: 'missing', count: 1 }, { field: 'list.date', state: 'missing', count: 4 }],
};
const broken: PageHealth = { provider: 'gmail', account: null, at: NOW - 45 * 60_000, readable: false, view: 'other', found: 0, fields: [], detail: "can't read this Gmail page: no main area" };
const outline = { provider: 'gmail', html: '<!DOCTYPE html>\n<!-- FollowThrough page outline 1 -->', elements: 3, cut: 0, ms: 1, fileName: 'followthrough-page-outline-gmail-2026-11-19.html' };

function client(answers: Record<string, unknown>) {
  const request = vi.fn(async (type: string) => {
    const a = answers[type];
    if (a instanceof Error) throw a;
    return a;
  });
  return { request, download: vi.fn() } as unknown as OptionsClient & { request: ReturnType<typeof vi.fn>; download: ReturnType<typeof vi.fn> };
}

describe('page health lines', () => {
  it('say when each account was read and which fields fell back or were not found', () => {
    expect(healthLine(ok, NOW)).toBe('Gmail · me@x.com · read 2 minutes ago · all fields found');
    expect(healthLine(poor, NOW)).toBe('Outlook · ada@example.com · read 30 minutes ago · subject: fallback (heading) · sender: not found · date in the list: not found (4×)');
    expect(healthLine(broken, NOW)).toBe("Gmail · account not known · read 45 minutes ago · can't read this Gmail page: no main area");
  });
});

describe('the Page health section', () => {
  it('lists every account and offers an outline of each open mail tab', async () => {
    const c = client({ 'health/get': { now: NOW, entries: [ok, poor], tabs: [{ tabId: 7, provider: 'gmail', account: 'me@x.com' }, { tabId: 9, provider: 'outlook', account: null }] }, 'page/outline': outline });
    const { container } = render(<PageHealthSection client={c} />);
    await waitFor(() => expect(screen.getAllByTestId('health-entry')).toHaveLength(2));
    expect(screen.getAllByTestId('health-entry')[1]!.textContent).toContain('subject: fallback (heading)');
    const buttons = screen.getAllByTestId('save-outline');
    expect(buttons.map((b) => b.textContent)).toEqual(['Save a page outline of Gmail (me@x.com)', 'Save a page outline of Outlook']);
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(c.download).toHaveBeenCalledWith(outline.fileName, 'text/html', outline.html));
    expect(c.request).toHaveBeenCalledWith('page/outline', { tabId: 9 });
    expect(screen.getByTestId('save-outline-status').textContent).toMatch(/^Saved followthrough-page-outline-gmail-2026-11-19.html\. It holds the page's structure only/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when nothing was read yet, and shows a failure as it came', async () => {
    const c = client({ 'health/get': { now: NOW, entries: [], tabs: [{ tabId: 7, provider: 'gmail', account: null }] }, 'page/outline': new Error('That Gmail tab did not answer. Reload it once, then try again.') });
    render(<PageHealthSection client={c} />);
    await screen.findByText('No mail page read yet. Open Gmail or Outlook on the web in a tab.');
    fireEvent.click(screen.getByTestId('save-outline'));
    await waitFor(() => expect(screen.getByTestId('save-outline-status').textContent).toBe('That Gmail tab did not answer. Reload it once, then try again.'));
    expect(c.download).not.toHaveBeenCalled();
  });
});

describe("the popup's problem banner", () => {
  it('saves the outline of the page that could not be read, as a file from a Blob URL', async () => {
    const request = vi.fn(async () => outline) as unknown as RequestFn;
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chrome-extension://x/1');
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    render(<ProblemBanner request={request} problems={[{ provider: 'gmail', account: 'me@x.com', detail: "Can't read this Gmail page", at: NOW }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save a page outline' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:chrome-extension://x/1', download: outline.fileName }]));
    expect(request).toHaveBeenCalledWith('page/outline', { provider: 'gmail', account: 'me@x.com' });
    const blob = created.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toBe(outline.html);
    created.mockRestore();
    click.mockRestore();
  });
});
