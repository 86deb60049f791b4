// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookProvider } from '../../../../src/providers/outlook';
import { findUndoButton, watchOutlookSend } from '../../../../src/providers/outlook/send-outcome';
import { outlookPage } from '../../../fixtures/outlook/build-page';
import { alice, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const FAST = { toastWaitMs: 60, timeoutMs: 400 };
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(lang: 'en' | 'de' = 'en') {
  const doc = loadPage(outlookPage(sampleMailbox({ lang, compose: { kind: 'inline', to: [alice], subject: 's', body: 'b' } })));
  const h = outlookProvider.findComposes(doc)[0]!;
  const parent = h.root.parentNode!;
  const undoLabel = lang === 'de' ? 'Rückgängig' : 'Undo';
  /** What OWA does on send: the compose goes, a toast with Undo comes. */
  const sendNow = () => {
    h.root.remove();
    const toast = doc.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.append(Object.assign(doc.createElement('span'), { textContent: 'Sending…' }));
    const undo = Object.assign(doc.createElement('button'), { textContent: undoLabel });
    undo.setAttribute('aria-label', undoLabel);
    undo.addEventListener('click', () => { toast.remove(); parent.append(h.root); });
    toast.append(undo);
    doc.getElementById('notificationHost')!.append(toast);
    return toast;
  };
  return { doc, h, sendNow };
}

describe('Outlook send outcome', () => {
  it('reports "sent" when the undo toast goes away on its own', async () => {
    const { doc, h, sendNow } = setup();
    const toast = sendNow();
    const watch = watchOutlookSend(doc, h, new AbortController().signal, FAST);
    await tick(100);
    toast.remove();
    await expect(watch.outcome).resolves.toBe('sent');
  });

  for (const lang of ['en', 'de'] as const) {
    it(`reports "undone" when the user clicks Undo (${lang})`, async () => {
      const { doc, h, sendNow } = setup(lang);
      sendNow();
      const watch = watchOutlookSend(doc, h, new AbortController().signal, FAST);
      await tick(20);
      (findUndoButton(doc) as HTMLElement).click();
      await expect(watch.outcome).resolves.toBe('undone');
      expect(h.root.isConnected).toBe(true);
    });
  }

  it('reports "sent" when no toast comes and the compose is gone (undo send off)', async () => {
    const { doc, h } = setup();
    h.root.remove();
    await expect(watchOutlookSend(doc, h, new AbortController().signal, FAST).outcome).resolves.toBe('sent');
  });

  it('reports "unknown" when the compose stays and no toast comes, or when aborted', async () => {
    const { doc, h } = setup();
    await expect(watchOutlookSend(doc, h, new AbortController().signal, FAST).outcome).resolves.toBe('unknown');
    const ctrl = new AbortController();
    const watch = watchOutlookSend(doc, h, ctrl.signal, { toastWaitMs: 10_000, timeoutMs: 10_000 });
    ctrl.abort();
    await expect(watch.outcome).resolves.toBe('unknown');
  });

  it('does not take an unrelated alert for the undo toast', () => {
    const { doc } = setup();
    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.append(Object.assign(doc.createElement('button'), { textContent: 'Dismiss' }));
    doc.body.append(alert);
    expect(findUndoButton(doc)).toBeNull();
  });
});
