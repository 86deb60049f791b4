// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ComposeSnapshotSchema } from '../../../../src/shared/readings';
import { outlookProvider } from '../../../../src/providers/outlook';
import type { FixtureCompose } from '../../../fixtures/mailbox';
import { FIXTURE_HOSTS, type OutlookHost, type OutlookPageOptions, outlookPage } from '../../../fixtures/outlook/build-page';
import { type FixtureLang, LABELS } from '../../../fixtures/outlook/labels';
import { alice, bob, chen, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const mailbox = sampleMailbox();
const proposal = mailbox.threads[0]!;
const inline: FixtureCompose = { kind: 'inline', to: [alice], cc: [bob], subject: 'RE: Proposal', body: 'Hi Alice,\n\nA new idea for you.\nCheers', threadId: proposal.id };

function open(compose: FixtureCompose, lang: FixtureLang = 'en', host: OutlookHost = 'outlook.office.com', opts: OutlookPageOptions = {}) {
  const doc = loadPage(outlookPage({ ...mailbox, compose }, { host, lang, ...opts }));
  const handles = outlookProvider.findComposes(doc);
  expect(handles).toHaveLength(1);
  return { doc, h: handles[0]! };
}

describe('Outlook compose reading', () => {
  for (const host of FIXTURE_HOSTS) {
    for (const lang of ['en', 'de', 'nl', 'pl'] as const) {
      it(`reads an inline reply on ${host} in ${lang}: recipients, subject, thread, draft`, () => {
        const { h } = open(inline, lang, host);
        const s = ComposeSnapshotSchema.parse(h.snapshot());
        expect(s).toEqual({
          provider: 'outlook', account: 'ada@example.com', composeId: h.composeId, kind: 'inline',
          // The pill shows "Alice Smith" only: the conversation shows her address, so the name resolves to it.
          to: [{ address: alice.address, name: alice.name, confidence: 'high' }],
          // Bob is a colleague: no address anywhere on a work account, so his name stays a name.
          cc: [host === 'outlook.live.com' ? { address: bob.address, name: bob.name, confidence: 'high' } : { address: null, name: bob.name, confidence: 'low' }],
          subject: proposal.subject, threadKey: proposal.id,
        });
        expect(h.editor()?.getAttribute('aria-multiline')).toBe('true');
        expect(h.draftText()).toContain('A new idea for you.');
        expect(h.draftText()).toContain('Hi Alice,');
      });
    }
  }

  it('reads a new message and a pop-out, with their subject inputs; a name-only pill outside a conversation stays a name', () => {
    const typed = { name: '', address: 'dana@initech.com' };
    const n = open({ kind: 'new', to: [chen, typed], subject: 'Idea for Globex', body: 'Hello' }, 'de').h.snapshot();
    expect(n).toMatchObject({ kind: 'new', subject: 'Idea for Globex', threadKey: null, to: [{ address: null, name: chen.name, confidence: 'low' }, { address: typed.address, confidence: 'high' }] });
    expect(n.recipientsShown).toBeUndefined();
    for (const host of FIXTURE_HOSTS) {
      const p = open({ kind: 'popout', to: [typed], subject: 'RE: Proposal', body: 'x' }, 'en', host).h.snapshot();
      // The pop-out window shows no account control: the content script knows the account from the main window.
      expect(p).toMatchObject({ kind: 'popout', subject: 'RE: Proposal', account: null, to: [{ address: typed.address }] });
    }
  });

  it('takes the subject from the input whose id ends in _SUBJECT, else the last text input', () => {
    const { doc, h } = open({ kind: 'new', to: [chen], subject: 'Idea for Globex', body: 'Hello' });
    const inputs = doc.querySelectorAll<HTMLInputElement>('[data-app-section="ComposeForm"] input[type="text"]');
    expect(inputs).toHaveLength(2);
    inputs[0]!.value = 'not the subject';
    expect(h.snapshot().subject).toBe('Idea for Globex');
    inputs[1]!.removeAttribute('id');
    expect(h.snapshot().subject).toBe('Idea for Globex');
  });

  it('an inline reply whose To and Cc are not expanded reads as "recipients not shown", not as no recipients', () => {
    for (const host of FIXTURE_HOSTS) {
      const s = ComposeSnapshotSchema.parse(open(inline, 'en', host, { collapsedWells: true }).h.snapshot());
      expect(s).toMatchObject({ kind: 'inline', recipientsShown: false, to: [], cc: [], threadKey: proposal.id, subject: proposal.subject });
    }
  });

  it('an inline reply in the single-item view is a reply with the conversation key', () => {
    for (const host of FIXTURE_HOSTS) {
      const s = open(inline, 'en', host, { view: 'item' }).h.snapshot();
      expect(s).toMatchObject({ kind: 'inline', threadKey: proposal.id, subject: proposal.subject, to: [{ address: alice.address }] });
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
      const button = h.root.querySelector(`button[aria-label="${label}"]`)!;
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
    expect(seen(h, h.root.querySelector('.fui-SplitButton__menuButton')!, click())).toBe(false);
    expect(seen(h, h.editor()!, click())).toBe(false);
    expect(h.isSendEvent(click())).toBe(false); // never dispatched: no target
    expect(doc.querySelectorAll('.fui-SplitButton__primaryActionButton').length).toBe(4);
  });

  for (const lang of ['en', 'de', 'nl', 'pl'] as const) {
    it(`never takes a ribbon button that shares Send's class for Send (${lang})`, () => {
      for (const kind of ['inline', 'new'] as const) {
        const { doc, h } = open({ ...inline, kind }, lang);
        const ribbon = Array.from(doc.querySelectorAll('#RibbonRoot .fui-SplitButton__primaryActionButton'));
        expect(ribbon.map((b) => b.textContent)).toEqual([...LABELS[lang].ribbon]);
        for (const b of ribbon) {
          expect(h.root.contains(b)).toBe(false);
          let verdict: boolean | null = null;
          doc.addEventListener('click', (e) => { verdict = h.isSendEvent(e); }, { capture: true, once: true });
          b.dispatchEvent(click());
          expect(verdict).toBe(false);
        }
        const send = h.root.querySelector('[data-testid="ComposeSendButton"] .fui-SplitButton__primaryActionButton')!;
        expect(seen(h, send, click())).toBe(true);
      }
    });
  }

  it('finds Send by ComposeSendButton first, then by its label, then by its Fluent class inside the compose', () => {
    const { doc, h } = open(inline);
    const button = h.root.querySelector('button[aria-label="Send"]')!;
    expect(outlookProvider.findComposes(doc).length).toBe(1);
    button.setAttribute('aria-label', 'Invia');
    expect(seen(h, button, click())).toBe(true);
    doc.querySelector('[data-testid="ComposeSendButton"]')!.removeAttribute('data-testid');
    expect(seen(h, button, click())).toBe(true);
    button.setAttribute('aria-label', 'Send');
    expect(seen(h, button, click())).toBe(true);
  });

  it('without an explicit compose root, the root is bounded: never the reading pane, the ribbon or the page', () => {
    const { doc } = open(inline);
    doc.getElementById('docking_InitVisiblePart_0')!.removeAttribute('id');
    const [h] = outlookProvider.findComposes(doc);
    expect(h!.root.querySelector('[contenteditable="true"][aria-multiline="true"]')).not.toBeNull();
    expect(h!.root.querySelector('[aria-expanded]:not(button)')).toBeNull(); // no message of the conversation in it
    expect(h!.snapshot()).toMatchObject({ kind: 'inline', threadKey: proposal.id });
    // A compose with no Send we can recognise is not a compose: no split button outside it is taken instead.
    h!.root.querySelector('[data-testid="ComposeSendButton"]')!.remove();
    expect(outlookProvider.findComposes(doc)).toEqual([]);
  });

  it('send() clicks the real Send button', () => {
    const { doc, h } = open(inline);
    let clicks = 0;
    doc.querySelector('button[aria-label="Send"]')!.addEventListener('click', () => clicks++);
    h.send();
    expect(clicks).toBe(1);
  });
});
