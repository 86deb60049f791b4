// @vitest-environment happy-dom
// Our own pages shaped like today's Gmail (test/fixtures/gmail/build-page.ts):
// every layout, four UI languages.
import { describe, expect, it } from 'vitest';
import { gmailProvider } from '../../../../src/providers/gmail';
import { gmailPage, type GmailLayout } from '../../../fixtures/gmail/build-page';
import { ana, bo, cy, me, NOW, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';
import { loadPage } from './load';

const layouts: GmailLayout[] = ['default', 'vertical', 'horizontal', 'conversation-off'];
const langs = ['en', 'de', 'fr', 'es'] as const;
const minute = (t: number) => Math.floor(t / 60_000) * 60_000;
const P = (p: { address: string; name: string }, self = false) => ({ address: p.address.toLowerCase(), name: self ? null : p.name, confidence: 'high' });

describe.each(langs)('list in %s', (lang) => {
  it.each(layouts)('%s layout: keys, subjects, people, dates, unread, count', (layout) => {
    const mb = sampleMailbox({ lang });
    const page = gmailProvider.readPage(loadPage(gmailPage(mb, layout)).doc, NOW);
    expect(page).toMatchObject({ provider: 'gmail', readable: true, account: me.address, view: 'list' });
    expect(page.problems).toEqual([]);
    const byKey = Object.fromEntries(page.threads.map((t) => [t.threadKey, t]));
    expect(Object.keys(byKey).sort()).toEqual(['18a0000000000001', '18b0000000000abc', '18c1f2a3b4c5d6e7']);
    for (const t of mb.threads) {
      const read = byKey[t.id]!;
      expect(read.source).toBe('list');
      expect(read.subject).toBe(t.subject);
      expect(read.messages).toEqual([]);
      expect(read.summary!.lastAt).toBe(minute(Math.max(...t.messages.map((m) => m.at))));
      expect(read.summary!.unread).toBe(Boolean(t.unread));
      // Conversation view off: the rows of one thread are merged and counted.
      expect(read.summary!.count).toBe(t.messages.length > 1 ? t.messages.length : null);
    }
    // Senders only (as Gmail shows them); the user's localised "me" is dropped, the address kept.
    expect(byKey['18c1f2a3b4c5d6e7']!.summary!.participants).toEqual(layout === 'conversation-off' ? [P(me, true), P(ana)] : [P(me, true), P(ana)]);
    expect(byKey['18a0000000000001']!.summary!.participants).toEqual([P(bo)]);
    expect(page.matched).toMatchObject({ main: 'main:role', list: 'list:gh', row: 'row:tr.zA', rowThread: 'rowThread:data', rowPeople: 'rowPeople:yW', account: 'account:og-profile-acct' });
    expect(page.matched!.rowDate).toBe(layout === 'vertical' ? 'rowDate:apt' : 'rowDate:xW');
  });
});

describe.each(langs)('open conversation in %s', (lang) => {
  it.each(layouts)('%s layout: every message with ids, people and times', (layout) => {
    const mb = sampleMailbox({ lang, openThreadId: '18c1f2a3b4c5d6e7' });
    const page = gmailProvider.readPage(loadPage(gmailPage(mb, layout)).doc, NOW);
    expect(page).toMatchObject({ readable: true, account: me.address, view: 'conversation' });
    const conv = page.threads.find((t) => t.source === 'conversation')!;
    expect(conv).toMatchObject({ threadKey: '18c1f2a3b4c5d6e7', subject: 'Pilot for Acme: next steps', partial: false });
    const expected = mb.threads[0]!.messages.map((m) => ({
      messageId: m.id,
      from: P(m.from, m.from === me),
      to: [...m.to, ...(m.cc ?? [])].map((p) => P(p, p === me)),
      cc: [],
      at: minute(m.at),
      atSource: 'title',
      kind: 'message',
    }));
    // With conversation view off, the opened row shows its one message.
    expect(conv.messages).toEqual(layout === 'conversation-off' ? expected.slice(-1) : expected);
    // The list is still read beside (or, in the default layout, behind) the conversation.
    expect(page.threads.filter((t) => t.source === 'list')).toHaveLength(3);
    expect(page.matched).toMatchObject({ convHeading: 'convHeading:h2', message: 'message:data', messageFrom: 'messageFrom:gD', messageTo: 'messageTo:g2', messageDate: 'messageDate:g3' });
  });
});

describe('conversation details', () => {
  it('escaped text stays text: a subject with markup characters reads back as written', () => {
    const mb = sampleMailbox({ openThreadId: '18b0000000000abc' });
    const page = gmailProvider.readPage(loadPage(gmailPage(mb)).doc, NOW);
    expect(page.threads.find((t) => t.source === 'conversation')!.subject).toBe('Quote <Globex> & "renewal"');
    expect(page.threads.find((t) => t.source === 'conversation')!.messages[0]!.to).toEqual([P(bo)]);
  });

  it('reads collapsed messages (older ones) as fully as the expanded last one', () => {
    const html = gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7' }));
    const { doc } = loadPage(html);
    expect(doc.querySelectorAll('.kv div.adn')).toHaveLength(2);
    expect(doc.querySelectorAll('.h7 div.adn')).toHaveLength(1);
    const conv = gmailProvider.readPage(doc, NOW).threads.find((t) => t.source === 'conversation')!;
    expect(conv.messages.map((m) => m.to.length)).toEqual([1, 2, 2]);
  });

  it('falls back to the instant first seen when a date title cannot be read', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7' })));
    doc.querySelectorAll('span.g3')[1]!.setAttribute('title', 'sometime last week');
    const conv = gmailProvider.readPage(doc, 123_456).threads.find((t) => t.source === 'conversation')!;
    expect(conv.messages.map((m) => m.atSource)).toEqual(['title', 'first-seen', 'title']);
    expect(conv.messages[1]!.at).toBe(123_456);
  });

  it('marks the conversation partial when a message has no id or recipients', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7' })));
    const msg = doc.querySelectorAll('div.adn')[0]!;
    msg.removeAttribute('data-legacy-message-id');
    msg.removeAttribute('data-message-id');
    const conv = gmailProvider.readPage(doc, NOW).threads.find((t) => t.source === 'conversation')!;
    expect(conv.partial).toBe(true);
    // Still read, by the class-name fallback, and without an id.
    expect(conv.messages).toHaveLength(3);
    expect(conv.messages[0]!.messageId).toBeNull();
  });

  it('reads a thread whose only id is the decimal form', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox()));
    for (const s of Array.from(doc.querySelectorAll('[data-legacy-thread-id]'))) s.removeAttribute('data-legacy-thread-id');
    const keys = gmailProvider.readPage(doc, NOW).threads.map((t) => t.threadKey).sort();
    expect(keys).toEqual(['18a0000000000001', '18b0000000000abc', '18c1f2a3b4c5d6e7']);
  });

  it('a sender named like the user but with another address keeps its name', () => {
    const mb = sampleMailbox();
    mb.threads[2]!.messages[0]!.from = { name: 'me', address: 'other@x.example' };
    const t = gmailProvider.readPage(loadPage(gmailPage(mb)).doc, NOW).threads.find((x) => x.threadKey === '18a0000000000001')!;
    expect(t.summary!.participants).toEqual([{ address: 'other@x.example', name: 'me', confidence: 'high' }]);
    expect(cy.address).toBe('cy@globex.example');
  });
});
