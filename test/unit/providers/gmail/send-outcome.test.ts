// @vitest-environment happy-dom
// The undo window after a send, driven the way Gmail drives its toast.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmailProvider } from '../../../../src/providers/gmail';
import { SEND_WATCH_LIMIT_MS } from '../../../../src/providers/gmail/send-outcome';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';

function setup(lang: 'en' | 'de' = 'en', kind: 'new' | 'popout' = 'new') {
  // The global document: the watcher's timers and observer are the page's own (faked here).
  const html = gmailPage(sampleMailbox({ lang, compose: { kind, to: [ana], subject: 's', body: 'b' } }));
  document.documentElement.innerHTML = html.replace(/^<!doctype html><html[^>]*>|<\/html>$/g, '');
  const doc = document;
  const win = window;
  const c = gmailProvider.findComposes(doc)[0]!;
  const toast = doc.querySelector('div.b8.UC') as HTMLElement;
  const slot = c.root.parentElement!;
  const ctl = new AbortController();
  const watch = gmailProvider.watchSendOutcome(doc, c, ctl.signal);
  const flush = async () => {
    await vi.advanceTimersByTimeAsync(5);
  };
  return {
    doc, win, c, ctl, watch, flush,
    closeCompose: () => c.root.remove(),
    /** A full-screen compose closed while saving: the dialog stays, its div.aaZ loses its children (InboxSDK). */
    lingerCompose() {
      const aaZ = c.root.querySelector('.aaZ')!;
      const kids = Array.from(aaZ.childNodes);
      aaZ.replaceChildren();
      return () => aaZ.replaceChildren(...kids);
    },
    endUndoWindow() {
      doc.getElementById('link_undo')!.setAttribute('style', 'visibility:hidden');
    },
    reopenCompose: () => slot.appendChild(c.root),
    showToast(text: string) {
      toast.querySelector('.vh')!.innerHTML = `<span class="aT"><span class="bAq">${text}</span><span id="link_undo" role="link">Undo</span></span>`;
      toast.style.visibility = 'visible';
    },
    hideToast() {
      toast.style.visibility = 'hidden';
      toast.querySelector('.vh')!.textContent = '';
    },
  };
}

const settled = async <T,>(p: Promise<T>) => {
  let done: T | 'pending' = 'pending';
  void p.then((v) => (done = v));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('watchSendOutcome', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sent: compose closes, toast shows, toast goes away', async () => {
    const s = setup();
    s.closeCompose();
    s.showToast('Message sent');
    await s.flush();
    expect(await settled(s.watch.outcome)).toBe('pending');
    s.hideToast();
    await s.flush();
    expect(await s.watch.outcome).toBe('sent');
  });

  it('undone: Undo clicked', async () => {
    const s = setup();
    s.closeCompose();
    s.showToast('Message sent');
    await s.flush();
    s.doc.getElementById('link_undo')!.dispatchEvent(new s.win.MouseEvent('click', { bubbles: true }));
    expect(await s.watch.outcome).toBe('undone');
  });

  it('undone: the compose comes back (Undo by keyboard)', async () => {
    const s = setup();
    s.closeCompose();
    s.showToast('Message sent');
    await s.flush();
    s.reopenCompose();
    await s.flush();
    expect(await s.watch.outcome).toBe('undone');
  });

  it('scheduled: the toast says so (de)', async () => {
    const s = setup('de');
    s.closeCompose();
    s.showToast('Senden geplant');
    await s.flush();
    s.hideToast();
    await s.flush();
    expect(await s.watch.outcome).toBe('scheduled');
  });

  it('sent: a full-screen compose that lingers in the DOM, emptied, is closed', async () => {
    const s = setup('en', 'popout');
    expect(s.c.root.closest('.aSt')).not.toBeNull();
    s.lingerCompose();
    s.showToast('Message sent');
    await s.flush();
    s.hideToast();
    await s.flush();
    expect(s.c.root.isConnected).toBe(true);
    expect(await s.watch.outcome).toBe('sent');
  });

  it('undone: the lingering full-screen compose gets its content back', async () => {
    const s = setup('en', 'popout');
    const restore = s.lingerCompose();
    s.showToast('Message sent');
    await s.flush();
    restore();
    await s.flush();
    expect(await s.watch.outcome).toBe('undone');
  });

  it('sent: Gmail hides #link_undo when the undo window ends, while the toast still shows', async () => {
    const s = setup();
    s.closeCompose();
    s.showToast('Message sent');
    await s.flush();
    expect(await settled(s.watch.outcome)).toBe('pending');
    s.endUndoWindow();
    await s.flush();
    expect(await s.watch.outcome).toBe('sent');
  });

  it('the compose never closes (send refused): unknown after the limit', async () => {
    const s = setup();
    await vi.advanceTimersByTimeAsync(SEND_WATCH_LIMIT_MS + 10);
    expect(await s.watch.outcome).toBe('unknown');
  });

  it('aborted (navigation, dead extension): unknown, and it stops watching', async () => {
    const s = setup();
    s.ctl.abort();
    expect(await s.watch.outcome).toBe('unknown');
  });
});
