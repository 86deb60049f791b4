// When a page can't be read (#15): a Gmail page whose markup changed shows the
// popup's banner with "Save a page outline"; the saved file is a redacted
// outline (none of the page's names, addresses, subjects or bodies; the same
// selector chains as the page); the options page shows each account's page
// health. Nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gmailProvider } from '../../src/providers/gmail';
import { chainReport } from '../../src/providers/selector-report';
import { gmailPage } from '../fixtures/gmail/build-page';
import { sampleMailbox } from '../fixtures/gmail/sample-mailbox';
import { GMAIL, launch, openExtensionPage, screenshot, type Session } from './harness';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s?.close();
});

// Gmail renamed its list markup: no `gh`, no grid role, no thread ids, no conversation open.
const mailbox = sampleMailbox({ now: Date.now(), threads: sampleMailbox().threads.map((t, i) => ({ ...t, messages: t.messages.map((m) => ({ ...m, at: Date.now() - (i + 1) * 86_400_000 })) })) });
const changed = gmailPage(mailbox).replace(/ gh="tl"/g, '').replace(/data-legacy-thread-id=/g, 'data-x=').replace(/data-thread-id=/g, 'data-y=').replace(/ role="grid"/g, '');
const readable = gmailPage(sampleMailbox({ now: Date.now(), account: { name: 'Sam Seller', address: 'sam.second@seller.example' } }));

function chainsOf(html: string) {
  const win = new Window({ url: `${GMAIL}#inbox`, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  win.document.write(html);
  const doc = win.document as unknown as Document;
  const out = { chains: chainReport(doc, 'gmail'), reading: gmailProvider.readPage(doc, Date.now()) };
  void win.happyDOM.close();
  return { chains: out.chains, readable: out.reading.readable, problems: out.reading.problems.map((p) => p.field), matched: out.reading.matched };
}

describe('a Gmail page that cannot be read', () => {
  it('offers a page outline in the popup, saved as a redacted file', async () => {
    s.serve(GMAIL, changed);
    const mail = await s.context.newPage();
    await mail.goto(`${GMAIL}#inbox`);

    const popup = await openExtensionPage(s, 'src/ui/popup/index.html');
    const banner = popup.getByTestId('page-problems');
    await expect.poll(async () => (await popup.reload(), await banner.count()), { timeout: 15_000, interval: 1000 }).toBe(1);
    expect(await banner.innerText()).toMatch(/can't read this Gmail page/i);
    const button = banner.getByRole('button', { name: 'Save a page outline' });
    await button.waitFor();
    await screenshot(popup, 'page-outline-banner');

    const download = popup.waitForEvent('download');
    await button.click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^followthrough-page-outline-gmail-\d{4}-\d\d-\d\d\.html$/);
    const outline = readFileSync(file, 'utf8');
    await expect.poll(() => banner.getByTestId('save-outline-status').innerText()).toMatch(/^Saved followthrough-page-outline-gmail/);
    await screenshot(popup, 'page-outline-saved');

    expect(outline).toMatch(/^<!DOCTYPE html>\n<!-- saved from url=\(\d+\)https:\/\/mail\.google\.com\/mail\/u\/9\/#inbox -->\n<!-- FollowThrough page outline 1 of a gmail page/);
    const lower = outline.toLowerCase();
    for (const t of mailbox.threads) {
      expect(lower).not.toContain(t.subject.toLowerCase().replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      expect(lower).not.toContain(t.subject.toLowerCase());
      for (const m of t.messages) {
        for (const p of [m.from, ...m.to, ...(m.cc ?? [])]) {
          expect(lower).not.toContain(p.address.toLowerCase());
          expect(lower).not.toContain(p.name.toLowerCase());
        }
        expect(lower).not.toContain(m.body.split('\n')[0]!.toLowerCase());
      }
    }
    expect(outline).not.toMatch(/<script|<style/i);
    // Read like the page: the same chains, the same failure.
    const onPage = chainsOf(changed);
    expect(onPage.readable).toBe(false);
    expect(chainsOf(outline)).toEqual(onPage);
    expect(s.strayRequests).toEqual([]);
  });

  it('shows page health per account on the options page, with an outline per open mail tab', async () => {
    s.serve(`${GMAIL}`, changed);
    s.serve('https://mail.google.com/mail/u/1/', readable);
    const broken = await s.context.newPage();
    await broken.goto(`${GMAIL}#inbox`);
    const good = await s.context.newPage();
    await good.goto('https://mail.google.com/mail/u/1/#inbox');

    const options = await openExtensionPage(s, 'src/ui/options/index.html');
    const entries = options.getByTestId('health-entry');
    // The section loads its data after the page: wait for it after each reload, then count.
    const counted = async () => {
      await options.reload();
      await options.getByTestId('page-health').locator('ul, [role=alert], .ft-hint').first().waitFor({ timeout: 3_000 }).catch(() => undefined);
      await entries.nth(1).waitFor({ timeout: 1_500 }).catch(() => undefined);
      return entries.count();
    };
    await expect.poll(counted, { timeout: 20_000, interval: 500 }).toBe(2);
    const lines = await entries.allInnerTexts();
    expect(lines).toContainEqual(expect.stringMatching(/^Gmail · sam\.second@seller\.example · read just now · all fields found$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Gmail · account not known · read just now · can't read this Gmail page: neither a thread list nor a conversation$/));
    const section = options.getByTestId('page-health');
    expect(await section.getByTestId('save-outline').allInnerTexts()).toEqual(expect.arrayContaining(['Save a page outline of Gmail (sam.second@seller.example)', 'Save a page outline of Gmail']));
    await section.scrollIntoViewIfNeeded();
    await screenshot(options, 'options-page-health');

    const download = options.waitForEvent('download');
    await section.getByRole('button', { name: 'Save a page outline of Gmail (sam.second@seller.example)' }).click();
    const outline = readFileSync(await (await download).path(), 'utf8');
    expect(outline).not.toContain('sam.second@seller.example');
    expect(outline).toContain('aaa.aaaaaa@aaaaaa.aaaaaaa');
    expect(chainsOf(outline)).toEqual(chainsOf(readable));
    expect(s.strayRequests).toEqual([]);
  });
});
