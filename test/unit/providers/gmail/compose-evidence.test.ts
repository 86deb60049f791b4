// @vitest-environment happy-dom
// Compose windows as live Gmail builds them (WEBMAIL-EVIDENCE.md, Gmail 1-6):
// the real schedule-send item, Send & Archive, the compose's own thread id
// (`lts`, `rt`) and the `/popout` window.
import { describe, expect, it } from 'vitest';
import { gmailProvider, gmailSelectors } from '../../../../src/providers/gmail';
import type { GmailComposeHandle } from '../../../../src/providers/gmail';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, NOW, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';
import { loadPage } from './load';

const THREAD = '18c1f2a3b4c5d6e7';
const reply = { kind: 'reply' as const, to: [ana], subject: 'Re: Pilot for Acme: next steps', body: 'Tuesday works.', threadId: THREAD };

function events(win: ReturnType<typeof loadPage>['win']) {
  return {
    click(el: Element) {
      const e = new win.MouseEvent('click', { bubbles: true });
      el.dispatchEvent(e as unknown as Event);
      return e as unknown as Event;
    },
    key(el: Element, init: { key: string; ctrlKey?: boolean }) {
      const e = new win.KeyboardEvent('keydown', { bubbles: true, ...init });
      el.dispatchEvent(e as unknown as Event);
      return e as unknown as Event;
    },
  };
}

describe('schedule send', () => {
  it('the table names the real menu item, not the arrow that opens the menu; neither is a send', () => {
    const { doc, win } = loadPage(gmailPage(sampleMailbox({ compose: { kind: 'new', to: [ana], subject: 's', body: 'b' } })));
    const c = gmailProvider.findComposes(doc)[0]!;
    const css = (f: keyof typeof gmailSelectors) => gmailSelectors[f].map((s) => s.css).join(', ');
    const item = doc.querySelector(css('scheduleItem'))!;
    expect(item.getAttribute('selector')).toBe('scheduledSend');
    expect(item.closest('[role=menu]')).not.toBeNull();
    const arrow = c.root.querySelector(css('moreSendOptions'))!;
    expect(arrow.getAttribute('aria-haspopup')).toBe('true');
    expect(doc.querySelector(css('scheduleItem'))).not.toBe(arrow);
    const { click, key } = events(win);
    expect(c.isSendEvent(click(arrow))).toBe(false);
    expect(c.isSendEvent(key(arrow, { key: 'Enter' }))).toBe(false);
    expect(c.isSendEvent(click(item))).toBe(false);
  });
});

describe('Send & Archive', () => {
  function open(lang: 'en' | 'de' = 'en') {
    const { doc, win } = loadPage(gmailPage(sampleMailbox({ lang, openThreadId: THREAD, compose: reply }), 'default', { sendArchive: true }));
    const c = gmailProvider.findComposes(doc)[0]! as GmailComposeHandle;
    return { doc, win, c, archive: c.root.querySelector('.Uo')!, send: c.sendButton()! };
  }

  it.each(['en', 'de'] as const)('Send is never Send & Archive, though it comes first and shares the classes (%s)', (lang) => {
    const { send, archive } = open(lang);
    expect(archive.classList.contains('T-I-atl')).toBe(true);
    expect(send).not.toBe(archive);
    expect(send.classList.contains('Uo')).toBe(false);
    expect(send.getAttribute('aria-haspopup')).toBeNull();
  });

  it('a click, Enter or Space on Send & Archive is a send', () => {
    const { win, c, archive } = open();
    const { click, key } = events(win);
    expect(c.isSendEvent(click(archive))).toBe(true);
    expect(c.isSendEvent(click(archive.firstElementChild!))).toBe(true);
    expect(c.isSendEvent(key(archive, { key: 'Enter' }))).toBe(true);
    expect(c.isSendEvent(key(archive, { key: ' ' }))).toBe(true);
  });

  it('a held send is let through by the button the user pressed; Ctrl+Enter by plain Send', () => {
    const { doc, win, c, archive, send } = open();
    const { click, key } = events(win);
    const clicked: Element[] = [];
    doc.addEventListener('click', (e) => clicked.push(e.target as Element), true);
    c.isSendEvent(click(archive));
    clicked.length = 0;
    c.send();
    expect(clicked).toEqual([archive]);
    c.isSendEvent(key(c.editor()!, { key: 'Enter', ctrlKey: true }));
    clicked.length = 0;
    c.send();
    expect(clicked).toEqual([send]);
  });
});

describe("the compose's own thread id", () => {
  it('a reply dialog over the list (its conversation not open) still names its thread, from lts', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ compose: reply })));
    expect(doc.querySelector('h2.hP')).toBeNull();
    expect(gmailProvider.findComposes(doc)[0]!.snapshot()).toMatchObject({ kind: 'reply', threadKey: THREAD });
  });

  it('a full-screen reply names its thread from lts', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ compose: { ...reply, kind: 'popout' } })));
    expect(gmailProvider.findComposes(doc)[0]!.snapshot()).toMatchObject({ kind: 'popout', threadKey: THREAD });
  });

  it('rt as "thread-f:…|msg-f:…" gives the thread part when lts is missing', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ compose: reply })));
    const form = doc.querySelector('form')!;
    form.querySelector('input[name=lts]')!.remove();
    form.insertAdjacentHTML('beforeend', `<input type="hidden" name="rt" value="thread-f:${BigInt('0x' + THREAD)}|msg-f:${BigInt('0x18c2000000000002')}">`);
    expect(gmailProvider.findComposes(doc)[0]!.snapshot()).toMatchObject({ kind: 'reply', threadKey: THREAD });
  });

  it('a new message says "undefined" in lts: no thread', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ compose: { kind: 'new', to: [ana], subject: 's', body: 'b' } })));
    expect(doc.querySelector<HTMLInputElement>('input[name=lts]')!.value).toBe('undefined');
    expect(gmailProvider.findComposes(doc)[0]!.snapshot()).toMatchObject({ kind: 'new', threadKey: null });
  });
});

describe('the compose pop-out window', () => {
  it.each([
    ['/popout', 'https://mail.google.com/mail/u/0/popout?ver=1x2y3z&th=%23thread-f%3A1778&cvid=1'],
    ['?view=cm', 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1'],
  ])('%s is a pop-out, its thread from lts; its markup alone is a plain reply dialog', (_name, url) => {
    const html = gmailPage(sampleMailbox({ compose: reply }), 'default', { popoutWindow: true });
    const c = gmailProvider.findComposes(loadPage(html, url).doc)[0]!;
    expect(c.snapshot()).toMatchObject({ kind: 'popout', threadKey: THREAD, to: [{ address: ana.address }] });
    expect(gmailProvider.findComposes(loadPage(html).doc)[0]!.snapshot().kind).toBe('reply');
    expect(gmailProvider.matches(new URL(url))).toBe(true);
    // The page is a compose only: nothing to read, and nothing guessed.
    expect(gmailProvider.readPage(loadPage(html, url).doc, NOW).threads).toEqual([]);
  });
});
