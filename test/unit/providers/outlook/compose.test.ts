// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ComposeSnapshotSchema } from '../../../../src/shared/readings';
import { outlookProvider } from '../../../../src/providers/outlook';
import type { FixtureCompose } from '../../../fixtures/mailbox';
import { type OutlookHost, outlookPage } from '../../../fixtures/outlook/build-page';
import { alice, bob, chen, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const mailbox = sampleMailbox();
const proposal = mailbox.threads[0]!;
const inline: FixtureCompose = { kind: 'inline', to: [alice], cc: [bob], subject: 'RE: Proposal', body: 'Hi Alice,\n\nA new idea for you.\nCheers', threadId: proposal.id };

function open(compose: FixtureCompose, lang: 'en' | 'de' = 'en', host: OutlookHost = 'outlook.office.com') {
  const doc = loadPage(outlookPage({ ...mailbox, lang, compose }, { host }));
  const handles = outlookProvider.findComposes(doc);
  expect(handles).toHaveLength(1);
  return { doc, h: handles[0]! };
}

describe('Outlook compose reading', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`reads an inline reply in ${lang}: recipients, subject, thread, draft`, () => {
      const { h } = open(inline, lang);
      const s = ComposeSnapshotSchema.parse(h.snapshot());
      expect(s).toEqual({
        provider: 'outlook', account: 'ada@example.com', composeId: h.composeId, kind: 'inline',
        to: [{ address: alice.address, name: alice.name, confidence: 'high' }],
        cc: [{ address: bob.address, name: bob.name, confidence: 'high' }],
        subject: proposal.subject, threadKey: proposal.id,
      });
      expect(h.editor()?.getAttribute('aria-multiline')).toBe('true');
      expect(h.draftText()).toContain('A new idea for you.');
      expect(h.draftText()).toContain('Hi Alice,');
    });
  }

  it('reads a new message and a pop-out, with their subject inputs', () => {
    const n = open({ kind: 'new', to: [chen], subject: 'Idea for Globex', body: 'Hello' }, 'de').h.snapshot();
    expect(n).toMatchObject({ kind: 'new', subject: 'Idea for Globex', threadKey: null, to: [{ address: chen.address }] });
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const) {
      const p = open({ kind: 'popout', to: [alice, chen], subject: 'RE: Proposal', body: 'x' }, 'en', host).h.snapshot();
      // The pop-out window shows no account control: the content script knows the account from the main window.
      expect(p).toMatchObject({ kind: 'popout', subject: 'RE: Proposal', account: null, to: [{ address: alice.address }, { address: chen.address }] });
    }
  });

  it('keeps one compose id for the life of the window and reads recipients fresh', () => {
    const { doc, h } = open(inline);
    const well = doc.querySelector('[contenteditable="true"][aria-label="To"]')!;
    well.append(doc.createTextNode(' dana@initech.com'));
    expect(h.snapshot().to.map((p) => [p.address, p.confidence])).toEqual([[alice.address, 'high'], ['dana@initech.com', 'medium']]);
    expect(outlookProvider.findComposes(doc)[0]!.composeId).toBe(h.composeId);
  });

  it('reads the draft without changing the editor', () => {
    const { h } = open(inline);
    const before = h.editor()!.innerHTML;
    h.draftText();
    h.snapshot();
    expect(h.editor()!.innerHTML).toBe(before);
  });
});

describe('Outlook send detection', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });

  /** Dispatches on `target` and reports what isSendEvent said in the capture phase on the root. */
  function seen(h: ReturnType<typeof open>['h'], target: Element, event: Event): boolean {
    let verdict: boolean | null = null;
    h.root.addEventListener(event.type, (e) => { verdict = h.isSendEvent(e); }, { capture: true, once: true });
    target.dispatchEvent(event);
    expect(verdict).not.toBeNull();
    return verdict!;
  }

  for (const [lang, label] of [['en', 'Send'], ['de', 'Senden']] as const) {
    it(`catches the Send button (${label}), its children, Enter and Space on it`, () => {
      const { doc, h } = open(inline, lang);
      const button = doc.querySelector(`button[aria-label="${label}"]`)!;
      expect(seen(h, button, click())).toBe(true);
      expect(seen(h, button.querySelector('svg')!, click())).toBe(true);
      expect(seen(h, button.querySelector('span:last-child')!, click())).toBe(true);
      expect(seen(h, button, key({ key: 'Enter' }))).toBe(true);
      expect(seen(h, button, key({ key: ' ' }))).toBe(true);
      expect(seen(h, button, key({ key: 'a' }))).toBe(false);
    });
  }

  it('catches Ctrl+Enter and Cmd+Enter in the body, not plain Enter or other fields', () => {
    const { doc, h } = open(inline, 'de');
    const body = h.editor()!;
    expect(seen(h, body, key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(seen(h, body.querySelector('div')!, key({ key: 'Enter', metaKey: true }))).toBe(true);
    expect(seen(h, body, key({ key: 'Enter' }))).toBe(false);
    expect(seen(h, body, key({ key: 'Enter', shiftKey: true }))).toBe(false);
    expect(seen(h, doc.querySelector('[aria-label="An"]')!, key({ key: 'Enter', ctrlKey: true }))).toBe(false);
  });

  it('ignores the send-options menu and clicks elsewhere', () => {
    const { doc, h } = open(inline);
    expect(seen(h, doc.querySelector('.fui-SplitButton__menuButton')!, click())).toBe(false);
    expect(seen(h, h.editor()!, click())).toBe(false);
    expect(h.isSendEvent(Object.assign(click(), {}))).toBe(false); // never dispatched: no target
  });

  it('finds Send by its Fluent class when the label is in a language we do not know', () => {
    const { doc, h } = open(inline);
    const button = doc.querySelector('button[aria-label="Send"]')!;
    button.setAttribute('aria-label', 'Invia');
    expect(seen(h, button, click())).toBe(true);
  });

  it('send() clicks the real Send button', () => {
    const { doc, h } = open(inline);
    let clicks = 0;
    doc.querySelector('button[aria-label="Send"]')!.addEventListener('click', () => clicks++);
    h.send();
    expect(clicks).toBe(1);
  });
});
