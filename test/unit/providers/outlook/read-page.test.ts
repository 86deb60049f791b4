// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageReadingSchema, type PageReading, type ThreadReading } from '../../../../src/shared/readings';
import { UNREADABLE_DETAIL, outlookProvider } from '../../../../src/providers/outlook';
import { FIXTURE_HOSTS, type OutlookHost, outlookPage } from '../../../fixtures/outlook/build-page';
import { NOW, ada, alice, bob, chen, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const HOSTS: readonly OutlookHost[] = FIXTURE_HOSTS;
const read = (html: string): PageReading => {
  const reading = outlookProvider.readPage(loadPage(html), NOW);
  PageReadingSchema.parse(reading); // what the background will accept
  return reading;
};
const conversation = (r: PageReading) => r.threads.find((t) => t.source === 'conversation');
const row = (r: PageReading, key: string) => r.threads.find((t) => t.source === 'list' && t.threadKey === key);
const high = (p: { address: string; name: string }) => ({ address: p.address, name: p.name, confidence: 'high' });
const low = (name: string) => ({ address: null, name, confidence: 'low' });

describe('Outlook page reading', () => {
  const mailbox = sampleMailbox();
  const [proposal, intro, lunch] = mailbox.threads as [typeof mailbox.threads[0], typeof mailbox.threads[0], typeof mailbox.threads[0]];

  for (const host of HOSTS) {
    for (const lang of ['en', 'de', 'nl'] as const) {
      it(`reads the account, list and conversation on ${host} in ${lang}`, () => {
        const r = read(outlookPage(mailbox, { host, lang }));
        expect(r.readable).toBe(true);
        expect(r.problems).toEqual([]);
        expect(r.account).toBe('ada@example.com');
        expect(r.matched?.account).toBe('primary-mailbox-folder-name');
        expect(r.view).toBe('conversation');
        expect(r.threads.filter((t) => t.source === 'list').map((t) => t.subject)).toEqual([intro.subject, proposal.subject, lunch.subject]);

        const c = conversation(r)!;
        expect(c.threadKey).toBe(proposal.id);
        expect(c.subject).toBe('Proposal for Acme & friends <Q4>');
        expect(r.matched?.subject).toBe({ 'outlook.office.com': 'conv-subject-heading', 'outlook.cloud.microsoft': 'subject-heading-span', 'outlook.live.com': 'titled-heading', 'outlook.office365.com': 'heading' }[host]);
        expect(c.partial).toBe(false);
        expect(c.messages.map((m) => m.at)).toEqual(proposal.messages.map((m) => m.at));
        expect(c.messages.every((m) => m.atSource === 'title' && m.messageId === null && m.kind === 'message')).toBe(true);
        const work = host !== 'outlook.live.com';
        expect(c.messages.map((m) => m.from.address)).toEqual(['ada@example.com', work ? null : bob.address, alice.address]);
        // The user's own pill shows no address: the name is resolved against the conversation's senders.
        expect(c.messages[2]!.to).toEqual([high(ada)]);
        expect(c.messages[0]!.to).toEqual([high(alice)]);
        expect(c.messages[0]!.cc).toEqual([work ? low(bob.name) : high(bob)]);
      });
    }
  }

  it('reads a Polish page, whose From, To and Send labels the reader does not know, by its language-free markers', () => {
    for (const host of ['outlook.office.com', 'outlook.cloud.microsoft', 'outlook.live.com'] as const) {
      const r = read(outlookPage(mailbox, { host, lang: 'pl' }));
      const c = conversation(r)!;
      expect(r.matched?.sender).toBe('msg-from-id');
      expect(r.matched?.['conversation.recipients']).toBe('recipient-well');
      expect(c.messages.map((m) => m.at)).toEqual(proposal.messages.map((m) => m.at));
      expect(c.messages.map((m) => m.from.name)).toEqual([ada.name, bob.name, alice.name]);
      expect(c.messages[2]!.from.address).toBe(alice.address);
      expect(c.messages[0]!.to.map((p) => p.address)).toEqual([alice.address]);
    }
  });

  it('keeps a colleague shown by name only as a low-confidence name, never a guessed address', () => {
    const c = conversation(read(outlookPage(mailbox)))!;
    expect(c.messages[1]!.from).toEqual(low(bob.name));
    expect(c.messages[0]!.cc).toEqual([low(bob.name)]);
    expect(c.messages[1]!.to.map((p) => p.address)).toEqual([alice.address, ada.address]);
  });

  it('resolves name-only pills against the conversation, and only when the name is unambiguous', () => {
    const c = conversation(read(outlookPage(mailbox, { nameOnlyPills: true, host: 'outlook.live.com' })))!;
    // Alice and Bob sent messages with their addresses: their name-only pills take them.
    expect(c.messages[0]!.to).toEqual([high(alice)]);
    expect(c.messages[0]!.cc).toEqual([high(bob)]);
    const twins = sampleMailbox();
    const other = { name: alice.name, address: 'alice.smith@globex.io' };
    twins.threads[0]!.messages.push({ id: 'm9', from: other, to: [ada], at: NOW - 3_600_000, body: 'Another Alice.' });
    const t = conversation(read(outlookPage(twins, { nameOnlyPills: true, host: 'outlook.live.com' })))!;
    expect(t.messages[0]!.to).toEqual([low(alice.name)]);
    expect(t.messages.map((m) => m.from.address)).toEqual([ada.address, bob.address, alice.address, other.address]);
  });

  it('takes the address from a descendant title when the "From:" label holds only a name (outlook.live.com)', () => {
    const doc = loadPage(outlookPage(mailbox, { host: 'outlook.live.com' }));
    expect(doc.querySelector('[aria-label^="From:"]')!.getAttribute('aria-label')).toBe(`From: ${ada.name}`);
    expect(conversation(outlookProvider.readPage(doc, NOW))!.messages[0]!.from).toEqual(high(ada));
  });

  it('never takes a From:, To: or date heading for the subject', () => {
    for (const host of HOSTS) {
      const doc = loadPage(outlookPage(mailbox, { host }));
      const subject = doc.querySelector('[data-app-section="ConversationContainer"] > [role="heading"], [data-app-section="ConversationContainer"] > div > [role="heading"]')!;
      expect(subject.textContent).toBe(proposal.subject);
      subject.remove();
      // A heading with a recipient line's words and no marker is not a subject either.
      doc.querySelector('[data-testid="RecipientWell"]')?.removeAttribute('data-testid');
      const c = conversation(outlookProvider.readPage(doc, NOW))!;
      expect(c.subject, host).toBeNull();
      expect(c.messages).toHaveLength(3);
    }
  });

  it('counts collapsed messages: read when their header shows an address, else the thread is partial', () => {
    const live = conversation(read(outlookPage(mailbox, { host: 'outlook.live.com', collapsed: [0, 1] })))!;
    expect(live.partial).toBe(false);
    expect(live.messages.map((m) => [m.from.address, m.at, m.to.length])).toEqual([[ada.address, proposal.messages[0]!.at, 0], [bob.address, proposal.messages[1]!.at, 0], [alice.address, proposal.messages[2]!.at, 1]]);
    // On a work account Bob's collapsed header shows his name only, with no marker: counted, not read, so partial.
    const work = conversation(read(outlookPage(mailbox, { host: 'outlook.office.com', collapsed: [0, 1] })))!;
    expect(work.partial).toBe(true);
    expect(work.messages.map((m) => m.from.address)).toEqual([ada.address, alice.address]);
  });

  it('marks the thread partial when "See more messages" hides some, and never complete', () => {
    for (const host of HOSTS) {
      const r = read(outlookPage(mailbox, { host, hiddenBefore: 1 }));
      const c = conversation(r)!;
      expect(c.messages.map((m) => m.from.name)).toEqual([bob.name, alice.name]);
      expect(c.partial).toBe(true);
      expect(r.matched?.hiddenMessages).toBe('see-more-label');
    }
  });

  it('reads the single-item view (conversation view off) as a conversation of one', () => {
    for (const host of HOSTS) {
      const r = read(outlookPage(mailbox, { host, view: 'item' }));
      const c = conversation(r)!;
      expect(r.matched).toMatchObject({ readingPane: 'read-compose-section', conversation: 'item-section' });
      expect(c.threadKey).toBe(proposal.id);
      expect(c.subject).toBe(proposal.subject);
      expect(c.messages.map((m) => [m.from.address, m.at])).toEqual([[alice.address, proposal.messages[2]!.at]]);
    }
  });

  it('takes the primary mailbox root, never a shared mailbox listed before it', () => {
    const r = read(outlookPage(mailbox, { sharedMailbox: { name: 'Sales team', address: 'sales@example.com' } }));
    expect(r.account).toBe(ada.address);
    expect(r.matched?.account).toBe('primary-mailbox-folder-name');
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
    doc.querySelector('div[id="UniqueMessageBody_2"]')!.closest('[aria-expanded]')!.remove();
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
    expect(c.messages[0]!.messageId).toMatch(/^outlook-undated:/);
    expect(c.messages[1]!.atSource).toBe('title');
  });

  it('uses the next account entry when the first is gone', () => {
    const doc = loadPage(outlookPage(mailbox));
    const root = doc.querySelector('[id^="primaryMailboxRoot"]')!;
    root.removeAttribute('data-folder-name');
    expect(outlookProvider.readPage(doc, NOW)).toMatchObject({ account: ada.address, matched: { account: 'primary-mailbox-title' } });
    root.removeAttribute('id');
    expect(outlookProvider.readPage(doc, NOW)).toMatchObject({ account: ada.address, matched: { account: 'folder-root-title' } });
    // The me control's label shows the name only: nothing to read there, and no address is guessed.
    root.remove();
    expect(outlookProvider.readPage(doc, NOW).account).toBeNull();
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
  it('accepts the four hosts on their mail paths only', () => {
    for (const u of ['https://outlook.cloud.microsoft/mail/', 'https://outlook.cloud.microsoft/mail/inbox/id/AAQ', 'https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/inbox/id/AAQ', 'https://outlook.live.com/mail/0/', 'https://outlook.office.com/mail/deeplink/compose', 'https://outlook.office365.com/owa/']) {
      expect(outlookProvider.matches(new URL(u)), u).toBe(true);
    }
    for (const u of ['https://outlook.office.com/calendar/', 'https://mail.google.com/mail/u/0/', 'http://outlook.live.com/mail/', 'https://outlook.live.com.evil.io/mail/', 'https://outlook.cloud.microsoft.evil.io/mail/', 'https://evil.cloud.microsoft/mail/', 'http://outlook.cloud.microsoft/mail/', 'https://outlook.cloud.microsoft/calendar/', 'https://evil.io/outlook.office.com/mail/']) {
      expect(outlookProvider.matches(new URL(u)), u).toBe(false);
    }
  });
});
