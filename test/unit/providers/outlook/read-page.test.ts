// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageReadingSchema, type PageReading, type ThreadReading } from '../../../../src/shared/readings';
import { UNREADABLE_DETAIL, outlookProvider } from '../../../../src/providers/outlook';
import { type OutlookHost, outlookPage } from '../../../fixtures/outlook/build-page';
import { NOW, ada, alice, bob, chen, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const HOSTS: OutlookHost[] = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];
const read = (html: string): PageReading => {
  const reading = outlookProvider.readPage(loadPage(html), NOW);
  PageReadingSchema.parse(reading); // what the background will accept
  return reading;
};
const conversation = (r: PageReading) => r.threads.find((t) => t.source === 'conversation');
const row = (r: PageReading, key: string) => r.threads.find((t) => t.source === 'list' && t.threadKey === key);

describe('Outlook page reading', () => {
  const mailbox = sampleMailbox();
  const [proposal, intro, lunch] = mailbox.threads as [typeof mailbox.threads[0], typeof mailbox.threads[0], typeof mailbox.threads[0]];

  for (const host of HOSTS) {
    for (const lang of ['en', 'de'] as const) {
      it(`reads the account, list and conversation on ${host} in ${lang}`, () => {
        const r = read(outlookPage({ ...mailbox, lang }, { host }));
        expect(r.readable).toBe(true);
        expect(r.problems).toEqual([]);
        expect(r.account).toBe('ada@example.com');
        expect(r.matched?.account).toBe({ 'outlook.office.com': 'mectrl-trigger-label', 'outlook.office365.com': 'o365-me-link-label', 'outlook.live.com': 'mectrl-secondary' }[host]);
        expect(r.view).toBe('conversation');
        expect(r.threads.filter((t) => t.source === 'list').map((t) => t.subject)).toEqual([intro.subject, proposal.subject, lunch.subject]);

        const c = conversation(r)!;
        expect(c.threadKey).toBe(proposal.id);
        expect(c.subject).toBe('Proposal for Acme & friends <Q4>');
        expect(c.partial).toBe(false);
        expect(c.messages.map((m) => m.at)).toEqual(proposal.messages.map((m) => m.at));
        expect(c.messages.every((m) => m.atSource === 'title' && m.messageId === null && m.kind === 'message')).toBe(true);
        expect(c.messages.map((m) => m.from.address)).toEqual(['ada@example.com', host === 'outlook.live.com' ? bob.address : null, alice.address]);
        expect(c.messages[2]!.to).toEqual([{ address: ada.address, name: ada.name, confidence: 'high' }]);
      });
    }
  }

  it('keeps a colleague shown by name only as a low-confidence name, never a guessed address', () => {
    const c = conversation(read(outlookPage(mailbox)))!;
    expect(c.messages[1]!.from).toEqual({ address: null, name: 'Bob Byron', confidence: 'low' });
    expect(c.messages[0]!.cc).toEqual([{ address: null, name: 'Bob Byron', confidence: 'low' }]);
    expect(c.messages[1]!.to.map((p) => p.address)).toEqual([alice.address, ada.address]);
  });

  it('reads each list row: subject, last time, unread, participants, count; partial', () => {
    const r = read(outlookPage(mailbox));
    const p = row(r, proposal.id)!;
    expect(p.partial).toBe(true);
    expect(p.messages).toEqual([]);
    expect(p.summary).toEqual({
      lastAt: proposal.messages[2]!.at,
      unread: false,
      count: 3,
      participants: [
        { address: alice.address, name: alice.name, confidence: 'high' },
        { address: null, name: bob.name, confidence: 'low' },
        { address: ada.address, name: ada.name, confidence: 'high' },
      ],
    });
    expect(row(r, intro.id)!.summary).toMatchObject({ unread: true, count: null, lastAt: intro.messages[0]!.at, participants: [{ address: chen.address }] });
    expect(row(r, lunch.id)!.summary?.lastAt).toBe(lunch.messages[0]!.at);
  });

  it('reads the list alone when no conversation is open', () => {
    const r = read(outlookPage({ ...mailbox, openThreadId: undefined, lang: 'de' }));
    expect(r.view).toBe('list');
    expect(r.threads.map((t: ThreadReading) => t.source)).toEqual(['list', 'list', 'list']);
    expect(row(r, intro.id)!.summary?.unread).toBe(true);
  });

  it('marks the conversation partial when the row counts more messages than the pane shows', () => {
    const doc = loadPage(outlookPage(mailbox));
    doc.querySelector('div[id="UniqueMessageBody_2"]')!.parentElement!.remove();
    const c = conversation(outlookProvider.readPage(doc, NOW))!;
    expect(c.messages).toHaveLength(2);
    expect(c.partial).toBe(true);
  });

  it('falls back to "first seen" when a message time cannot be read', () => {
    const doc = loadPage(outlookPage(mailbox));
    const stamp = doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]')[0]!;
    stamp.setAttribute('title', 'sometime');
    stamp.textContent = 'sometime';
    const c = conversation(outlookProvider.readPage(doc, NOW))!;
    expect(c.messages[0]).toMatchObject({ at: NOW, atSource: 'first-seen' });
    expect(c.messages[1]!.atSource).toBe('title');
  });

  it('uses the next account entry when the first is gone', () => {
    const doc = loadPage(outlookPage(mailbox));
    doc.getElementById('meControl')!.remove();
    const r = outlookProvider.readPage(doc, NOW);
    expect(r.account).toBe('ada@example.com');
    expect(r.matched?.account).toBe('folder-root-title');
  });

  it("says plainly it can't read a page whose markup changed, and guesses nothing", () => {
    for (const host of HOSTS) {
      for (const lang of ['en', 'de'] as const) {
        const r = read(outlookPage({ ...mailbox, lang, compose: { kind: 'inline', to: [alice], subject: 'x', body: 'hi' } }, { host, changedMarkup: true }));
        expect(r).toMatchObject({ readable: false, account: null, threads: [], view: 'other' });
        expect(r.problems).toEqual([{ field: 'page', detail: UNREADABLE_DETAIL }]);
        expect(UNREADABLE_DETAIL).toContain("can't read this Outlook page");
        expect(outlookProvider.findComposes(document)).toEqual([]);
      }
    }
  });

  it('reports a conversation it cannot key instead of inventing a key', () => {
    const doc = loadPage(outlookPage(mailbox));
    doc.querySelector('[role="listbox"]')!.remove();
    const r = outlookProvider.readPage(doc, NOW);
    expect(r.readable).toBe(true);
    expect(r.threads).toEqual([]);
    expect(r.problems.map((p) => p.field)).toEqual(['conversation.id']);
  });

  it('escapes mail text: a subject full of markup stays text', () => {
    const evil = { ...proposal, subject: '<img src=x onerror=alert(1)> "quoted" & more' };
    const r = read(outlookPage({ ...mailbox, threads: [evil] }));
    expect(document.querySelector('img')).toBeNull();
    expect(conversation(r)!.subject).toBe(evil.subject);
  });
});

describe('outlookProvider.matches', () => {
  it('accepts the three hosts on their mail paths only', () => {
    for (const u of ['https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/inbox/id/AAQ', 'https://outlook.live.com/mail/0/', 'https://outlook.office.com/mail/deeplink/compose', 'https://outlook.office365.com/owa/']) {
      expect(outlookProvider.matches(new URL(u)), u).toBe(true);
    }
    for (const u of ['https://outlook.office.com/calendar/', 'https://mail.google.com/mail/u/0/', 'http://outlook.live.com/mail/', 'https://outlook.live.com.evil.io/mail/', 'https://evil.io/outlook.office.com/mail/']) {
      expect(outlookProvider.matches(new URL(u)), u).toBe(false);
    }
  });
});
