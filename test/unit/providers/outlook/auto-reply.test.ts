// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookProvider } from '../../../../src/providers/outlook';
import { outlookPage } from '../../../fixtures/outlook/build-page';
import { alice, ada, NOW, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';

const D = 86_400_000;

function read(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return outlookProvider.readPage(document, NOW);
}

describe('Outlook conversation: auto-replies and bounces are not replies', () => {
  it('marks an out-of-office answer as an auto-reply with its return date', () => {
    const mb = sampleMailbox();
    const t = mb.threads[0]!;
    t.messages = [
      { id: 'a1', from: ada, to: [alice], at: NOW - 3 * D, body: 'Hi Alice, the proposal is attached.' },
      { id: 'a2', from: alice, to: [ada], at: NOW - 3 * D + 60_000, body: 'I am out of the office until 30 November 2026 with limited access to email.' },
    ];
    const conv = read(outlookPage(mb)).threads.find((x) => x.source === 'conversation')!;
    const reply = conv.messages[1]!;
    expect(reply.kind).toBe('auto-reply');
    expect(reply.pausedUntil).toBeGreaterThan(Date.UTC(2026, 10, 30) - D);
    expect(reply.pausedUntil).toBeLessThan(Date.UTC(2026, 11, 2));
    expect(conv.messages[0]!.kind).toBe('message');
  });

  it('keeps a real answer a message', () => {
    const conv = read(outlookPage(sampleMailbox())).threads.find((x) => x.source === 'conversation')!;
    expect(conv.messages.map((m) => m.kind)).toEqual(['message', 'message', 'message']);
  });
});
