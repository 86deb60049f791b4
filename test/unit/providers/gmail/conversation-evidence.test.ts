// @vitest-environment happy-dom
// The open conversation as live Gmail shows it (WEBMAIL-EVIDENCE.md, Gmail
// 7-9, 11, 13): folded middles, collapsed headers that name the sender only in
// `td.gF`, hidden cached conversation views, id forms, emoji in subjects.
import { describe, expect, it } from 'vitest';
import { gmailIdKey, gmailProvider } from '../../../../src/providers/gmail';
import type { FixtureMailbox, FixturePerson } from '../../../fixtures/mailbox';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, me, NOW, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';
import { loadPage } from './load';

const D = 86_400_000;
const LONG = '18d0000000000100';

/** A thread of `n` messages between the user and Ana, open. */
function longThread(n: number, extra: Partial<FixtureMailbox> = {}): FixtureMailbox {
  const mb = sampleMailbox(extra);
  mb.threads.push({
    id: LONG,
    subject: 'Security review',
    messages: Array.from({ length: n }, (_, i) => {
      const from: FixturePerson = i % 2 ? ana : me;
      return { id: (BigInt('0x' + LONG) + BigInt(i)).toString(16), from, to: [i % 2 ? me : ana], at: NOW - (n - i) * D, body: `Message ${i}` };
    }),
  });
  mb.openThreadId = LONG;
  return mb;
}

const conv = (html: string, url?: string) => gmailProvider.readPage(loadPage(html, url).doc, NOW).threads.find((t) => t.source === 'conversation');

describe('folded messages', () => {
  it('a thread with its middle folded is partial, never complete; what shows is read', () => {
    const html = gmailPage(longThread(8), 'default', { fold: true });
    const { doc } = loadPage(html);
    expect(doc.querySelectorAll('.kQ')).toHaveLength(5);
    expect(doc.querySelector('.adv .adx span')!.textContent).toBe('5');
    const page = gmailProvider.readPage(doc, NOW);
    const t = page.threads.find((x) => x.source === 'conversation')!;
    expect(t.partial).toBe(true);
    expect(t.messages.map((m) => m.messageId)).toEqual(['18d0000000000100', '18d0000000000106', '18d0000000000107']);
    // Folding is Gmail's normal view, not a reader failure.
    expect(page.problems).toEqual([]);
    expect(page.matched).toMatchObject({ foldedMessage: 'folded:kQ', foldedCount: 'foldedCount:adv' });
  });

  it('unfolded, the same thread reads whole and complete', () => {
    const t = conv(gmailPage(longThread(8)))!;
    expect(t.partial).toBe(false);
    expect(t.messages).toHaveLength(8);
  });

  it('the notice alone (no .kQ elements) or folded elements alone (no notice) each make it partial', () => {
    const { doc } = loadPage(gmailPage(longThread(8), 'default', { fold: true }));
    for (const k of Array.from(doc.querySelectorAll('.kQ:not(.adv)'))) k.remove();
    doc.querySelector('.adv')!.classList.remove('kQ');
    expect(gmailProvider.readPage(doc, NOW).threads.find((x) => x.source === 'conversation')!.partial).toBe(true);
    const other = loadPage(gmailPage(longThread(8), 'default', { fold: true })).doc;
    other.querySelector('.adv')!.remove();
    expect(gmailProvider.readPage(other, NOW).threads.find((x) => x.source === 'conversation')!.partial).toBe(true);
  });

  it('a hidden (.kx) message that still carries a header is read, and the thread stays partial', () => {
    const { doc } = loadPage(gmailPage(longThread(3)));
    doc.querySelector('.kv')!.className = 'kx';
    const t = gmailProvider.readPage(doc, NOW).threads.find((x) => x.source === 'conversation')!;
    expect(t.messages).toHaveLength(3);
    expect(t.partial).toBe(true);
  });
});

describe('collapsed headers', () => {
  it('a collapsed message that names its sender only in td.gF span[email] is read', () => {
    const t = conv(gmailPage(longThread(4), 'default', { collapsedSender: 'gF' }))!;
    expect(t.messages.map((m) => m.from.address)).toEqual([me.address, ana.address, me.address, ana.address]);
    expect(t.messages[1]!.from).toEqual({ address: ana.address, name: ana.name, confidence: 'high' });
    expect(t.partial).toBe(false);
  });
});

describe('hidden cached conversation views', () => {
  it('only the visible conversation is read, wherever the cached ones sit', () => {
    const mb = sampleMailbox({ openThreadId: '18b0000000000abc' });
    const page = gmailProvider.readPage(loadPage(gmailPage(mb, 'default', { cachedThreadIds: ['18c1f2a3b4c5d6e7', '18a0000000000001'] })).doc, NOW);
    const convs = page.threads.filter((t) => t.source === 'conversation');
    expect(convs.map((t) => t.threadKey)).toEqual(['18b0000000000abc']);
    expect(convs[0]!.messages.map((m) => m.messageId)).toEqual(['18b0000000000abc']);
    expect(page.view).toBe('conversation');
  });

  it.each([
    ['display:none', (el: Element) => el.setAttribute('style', 'display:none')],
    ['visibility: hidden', (el: Element) => el.setAttribute('style', 'color: red; visibility: hidden')],
    ['the hidden attribute', (el: Element) => el.setAttribute('hidden', '')],
  ])('every view hidden (%s): no conversation is open, nothing is read from the cache', (_name, hide) => {
    const mb = sampleMailbox({ openThreadId: '18b0000000000abc' });
    const { doc } = loadPage(gmailPage(mb, 'default', { cachedThreadIds: ['18c1f2a3b4c5d6e7'] }));
    const views = Array.from(doc.querySelectorAll('h2.hP')).map((h) => h.closest('.a98')!.parentElement!);
    hide(views[1]!);
    const page = gmailProvider.readPage(doc, NOW);
    expect(page.threads.filter((t) => t.source === 'conversation')).toEqual([]);
    expect(page.view).toBe('list');
  });

  it('a hidden part inside the visible message (the collapsed recipients line) does not hide it', () => {
    const t = conv(gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7' })))!;
    expect(t.messages[0]!.to).toEqual([{ address: ana.address, name: ana.name, confidence: 'high' }]);
  });
});

describe('ids', () => {
  it('"-f" ids of either kind, hex, and the composite by the part asked for', () => {
    expect(gmailIdKey('#thread-f:1778000000000000000', 'thread')).toBe(1778000000000000000n.toString(16));
    expect(gmailIdKey('#msg-f:1778000000000000000', 'thread')).toBeNull();
    expect(gmailIdKey('thread-f:17|msg-f:18', 'thread')).toBe('11');
    expect(gmailIdKey('thread-f:17|msg-f:18', 'message')).toBe('12');
    expect(gmailIdKey('thread-f:17|msg-f:18')).toBeNull();
    expect(gmailIdKey('thread-f:17|thread-f:19', 'thread')).toBeNull();
  });

  it('"-a" draft and client ids are rejected: they never equal the id the message syncs to', () => {
    expect(gmailIdKey('#msg-a:r-5151928305826485542')).toBeNull();
    expect(gmailIdKey('#thread-a:r-266633970487728478', 'thread')).toBeNull();
    expect(gmailIdKey('undefined')).toBeNull();
  });

  it('a just-sent reply with only a client id: read, without an id, thread partial', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7' })));
    const last = Array.from(doc.querySelectorAll('div.adn')).at(-1)!;
    last.removeAttribute('data-legacy-message-id');
    last.setAttribute('data-message-id', '#msg-a:r-5151928305826485542');
    const t = gmailProvider.readPage(doc, NOW).threads.find((x) => x.source === 'conversation')!;
    expect(t.messages).toHaveLength(3);
    expect(t.messages[2]!.messageId).toBeNull();
    expect(t.partial).toBe(true);
  });
});

describe('subject emoji', () => {
  it('emoji Gmail draws as img[data-emoji] are kept, in the conversation and in the row', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ openThreadId: '18b0000000000abc' }), 'horizontal'));
    const emoji = '<img data-emoji="🎉" alt="🎉" class="an1" src="https://fonts.gstatic.com/s/e/notoemoji/15.0/1f389/32.png">';
    doc.querySelector('h2.hP')!.insertAdjacentHTML('beforeend', ` ${emoji}`);
    doc.querySelector('[gh=tl] span[data-legacy-thread-id="18b0000000000abc"]')!.insertAdjacentHTML('beforeend', ` ${emoji}`);
    const threads = gmailProvider.readPage(doc, NOW).threads.filter((t) => t.threadKey === '18b0000000000abc');
    expect(threads.map((t) => [t.source, t.subject])).toEqual([
      ['list', 'Quote <Globex> & "renewal" 🎉'],
      ['conversation', 'Quote <Globex> & "renewal" 🎉'],
    ]);
  });
});
