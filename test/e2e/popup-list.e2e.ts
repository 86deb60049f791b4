// The popup with more prospects than its first screen, in real Chromium: the
// first rows come at once, the rest are read by the popup itself from
// IndexedDB (src/db/every-row-reader.ts), so search finds a prospect that
// was not on the first screen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/db/transfer';
import { launch, openExtensionPage, screenshot, type Session } from './harness';

const D = 86_400_000;
const ME = 'sam@northwind-studio.com';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

/** An export file of `n` prospects, each written to 4 + i days ago (none of which is ever "today"). */
function exportOf(n: number, now: number): string {
  const prospects = [];
  const touches = [];
  for (let i = 0; i < n; i++) {
    const address = `buyer${i}@client${i}.example`;
    const id = `p:${ME}:${address}`;
    prospects.push({ id, account: ME, addresses: [address], name: `Buyer Number${i}`, createdAt: now - 400 * D });
    touches.push({ id: `m:gmail:${i}>${id}`, prospectId: id, account: ME, channel: 'email', direction: 'out', at: now - (4 + i) * D, address, threadKey: `t${i}` });
  }
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, settings: {}, accounts: [{ address: ME, provider: 'gmail', firstSeen: now - 400 * D, lastSeen: now }], prospects, touches, threads: [], reminders: [] });
}

describe('a popup with more prospects than its first screen', () => {
  it('shows the first rows, then finds by search one that was not among them', async () => {
    const admin = await openExtensionPage(s, 'src/ui/options/index.html');
    const answer = (await admin.evaluate((json) => chrome.runtime.sendMessage({ type: 'data/import', payload: { json } }), exportOf(80, Date.now()))) as { ok: boolean; result?: { ok: boolean } };
    expect(answer).toMatchObject({ ok: true, result: { ok: true } });

    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    await expect.poll(() => popup.getByTestId('prospect-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The whole list, read by the popup: the user's search reaches prospect 79 (the oldest touch, last in its section).
    await popup.getByRole('searchbox', { name: /search prospects/i }).fill('Number79');
    const found = popup.getByTestId('prospect-row').filter({ hasText: 'Buyer Number79' });
    await expect.poll(() => found.count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByTestId('prospect-row').count()).toBe(1);
    const measured = await popup.evaluate(() => performance.getEntriesByName('followthrough:every-row').length);
    expect(measured).toBe(1);
    await screenshot(popup, 'popup-search-beyond-first-screen');
  });
});
