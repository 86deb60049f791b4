// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailProvider } from '../../../../src/providers/gmail';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, me, NOW, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';

const D = 86_400_000;

function read(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return gmailProvider.readPage(document, NOW);
}

describe('Gmail conversation: auto-replies and bounces are not replies', () => {
  it('marks an out-of-office answer as an auto-reply with its return date', () => {
    const mb = sampleMailbox();
    const t = mb.threads[0]!;
    t.messages = [
      { id: '18c1f2a3b4c5d6e7', from: me, to: [ana], at: NOW - 3 * D, body: 'Hi Ana, the pilot plan is attached.' },
      { id: '18c2000000000009', from: ana, to: [me], at: NOW - 3 * D + 60_000, body: 'Ich bin bis zum 30.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.' },
    ];
    const conv = read(gmailPage({ ...mb, openThreadId: t.id })).threads.find((x) => x.source === 'conversation')!;
    expect(conv.messages.map((m) => m.kind)).toEqual(['message', 'auto-reply']);
    const until = conv.messages[1]!.pausedUntil!;
    expect(until).toBeGreaterThan(Date.UTC(2026, 10, 29));
    expect(until).toBeLessThan(Date.UTC(2026, 11, 2));
  });

  it('keeps real answers as messages', () => {
    const mb = sampleMailbox();
    const conv = read(gmailPage({ ...mb, openThreadId: mb.threads[0]!.id })).threads.find((x) => x.source === 'conversation')!;
    expect(conv.messages.every((m) => m.kind === 'message')).toBe(true);
  });
});
