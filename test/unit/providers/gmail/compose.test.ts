// @vitest-environment happy-dom
// Compose windows of every kind: what they hold, and the moment of sending.
import { describe, expect, it } from 'vitest';
import { ComposeSnapshotSchema } from '../../../../src/shared/readings';
import { gmailProvider } from '../../../../src/providers/gmail';
import type { FixtureCompose } from '../../../fixtures/mailbox';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, cy, me, NOW, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';
import { loadPage } from './load';

const THREAD = '18c1f2a3b4c5d6e7';
const body = 'Hi Ana,\n\nI found a case study from a team your size.\nWorth 15 minutes on Tuesday?';

function open(kind: FixtureCompose['kind'], lang: 'en' | 'de' | 'fr' | 'es' = 'en') {
  const threadId = kind === 'reply' || kind === 'inline' ? THREAD : undefined;
  const subject = threadId ? 'Re: Pilot for Acme: next steps' : 'A case study for Acme';
  const mb = sampleMailbox({ lang, openThreadId: threadId, compose: { kind, to: [ana], cc: [cy], subject, body, threadId } });
  const { doc, win } = loadPage(gmailPage(mb));
  const composes = gmailProvider.findComposes(doc);
  expect(composes).toHaveLength(1);
  return { doc, win, c: composes[0]!, subject };
}

describe.each(['new', 'reply', 'popout', 'inline'] as const)('%s compose', (kind) => {
  it('snapshot: kind, recipients, subject, thread, account', () => {
    const { c, subject } = open(kind);
    const snap = c.snapshot();
    expect(snap).toEqual({
      provider: 'gmail',
      account: me.address,
      composeId: c.composeId,
      kind,
      to: [{ address: ana.address, name: ana.name, confidence: 'high' }],
      cc: [{ address: cy.address, name: cy.name, confidence: 'high' }],
      subject,
      threadKey: kind === 'reply' || kind === 'inline' ? THREAD : null,
    });
    expect(ComposeSnapshotSchema.safeParse(snap).success).toBe(true);
  });

  it('draft text as written, without changing the editor', () => {
    const { c } = open(kind);
    const before = c.editor()!.innerHTML;
    expect(c.draftText()).toBe(body);
    expect(c.editor()!.innerHTML).toBe(before);
  });

  it.each(['en', 'de', 'fr', 'es'] as const)('send events in %s: Send click, Enter/Space on Send, Ctrl/Cmd+Enter; not schedule-send', (lang) => {
    const { c, win } = open(kind, lang);
    const send = c.root.querySelector('.T-I-atl:not(.hG)')!;
    const schedule = c.root.querySelector('.T-I.hG')!;
    const editor = c.editor()!;
    const click = (el: Element) => {
      const e = new win.MouseEvent('click', { bubbles: true });
      el.dispatchEvent(e as unknown as Event);
      return e as unknown as Event;
    };
    const key = (el: Element, init: { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }) => {
      const e = new win.KeyboardEvent('keydown', { bubbles: true, ...init });
      el.dispatchEvent(e as unknown as Event);
      return e as unknown as Event;
    };
    expect(c.isSendEvent(click(send))).toBe(true);
    expect(c.isSendEvent(key(send, { key: 'Enter' }))).toBe(true);
    expect(c.isSendEvent(key(send, { key: ' ' }))).toBe(true);
    expect(c.isSendEvent(key(editor, { key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(c.isSendEvent(key(editor, { key: 'Enter', metaKey: true }))).toBe(true);
    expect(c.isSendEvent(click(schedule))).toBe(false);
    expect(c.isSendEvent(key(schedule, { key: 'Enter' }))).toBe(false);
    expect(c.isSendEvent(key(editor, { key: 'Enter' }))).toBe(false);
    expect(c.isSendEvent(key(editor, { key: 's', ctrlKey: true }))).toBe(false);
    expect(c.isSendEvent(key(editor, { key: 'Enter', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(c.isSendEvent(click(editor))).toBe(false);
    // Outside this compose: not its send.
    expect(c.isSendEvent(click(c.root.ownerDocument.body))).toBe(false);
  });

  it('send() presses the real Send button, and its own events are not taken for a new send', () => {
    const { c, doc } = open(kind);
    const seen: string[] = [];
    const guard: boolean[] = [];
    doc.addEventListener('mousedown', (e) => seen.push(e.type));
    doc.addEventListener('click', (e) => {
      seen.push(e.type);
      guard.push(c.isSendEvent(e));
      expect((e.target as Element).matches('.T-I-atl:not(.hG)')).toBe(true);
    }, true);
    c.send();
    expect(seen).toEqual(['mousedown', 'click']);
    expect(guard).toEqual([false]);
  });
});

describe('compose ids and several composes', () => {
  it('the compose id is stable across reads and distinct per window', () => {
    const mb = sampleMailbox({ openThreadId: THREAD, compose: { kind: 'inline', to: [ana], subject: 'Re: x', body: 'a', threadId: THREAD } });
    const html = gmailPage(mb);
    const { doc } = loadPage(html);
    const [a] = gmailProvider.findComposes(doc);
    expect(gmailProvider.findComposes(doc)[0]!.composeId).toBe(a!.composeId);
    // A second, docked compose without a composeid input gets a generated, stable id.
    const other = loadPage(gmailPage(sampleMailbox({ compose: { kind: 'new', to: [], subject: '', body: '' } }))).doc.querySelector('.dw')!;
    other.querySelector('input[name=composeid]')!.remove();
    doc.body.appendChild(doc.importNode(other, true));
    const both = gmailProvider.findComposes(doc);
    expect(both).toHaveLength(2);
    expect(new Set(both.map((c) => c.composeId)).size).toBe(2);
    expect(gmailProvider.findComposes(doc).map((c) => c.composeId)).toEqual(both.map((c) => c.composeId));
    expect(both[1]!.snapshot()).toMatchObject({ kind: 'new', to: [], subject: '', threadKey: null });
  });

  it('no compose, no handles', () => {
    expect(gmailProvider.findComposes(loadPage(gmailPage(sampleMailbox())).doc)).toEqual([]);
  });

  it('classic compose: committed chips from their hidden inputs; the typing textarea is not a recipient', () => {
    const mb = sampleMailbox({ compose: { kind: 'new', to: [ana, { name: 'bo@globex.example', address: 'bo@globex.example' }], cc: [cy], subject: 's', body: 'b' } });
    const { doc } = loadPage(gmailPage(mb, 'default', { classicChips: true }));
    expect((doc.querySelector('textarea[name=to]') as HTMLTextAreaElement).value).toBe('half-typed@not-yet.example');
    const snap = gmailProvider.findComposes(doc)[0]!.snapshot();
    expect(snap.to).toEqual([
      { address: 'ana@acme.example', name: 'Ana Prospect', confidence: 'medium' },
      { address: 'bo@globex.example', name: null, confidence: 'medium' },
    ]);
    expect(snap.cc).toEqual([{ address: cy.address, name: cy.name, confidence: 'medium' }]);
  });

  it('a reply skips the quoted earlier mail in the draft text', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox({ compose: { kind: 'new', to: [], subject: 's', body: 'Thanks!' } })));
    const quote = doc.createElement('div');
    quote.className = 'gmail_quote';
    quote.textContent = 'On Mon, Ana wrote: per my last email';
    gmailProvider.findComposes(doc)[0]!.editor()!.appendChild(quote);
    expect(gmailProvider.findComposes(doc)[0]!.draftText()).toBe('Thanks!');
  });
});
