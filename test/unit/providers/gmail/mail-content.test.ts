// @vitest-environment happy-dom
// The hand-written mail-content test agrees with its selector on every
// element of real and modelled pages, including forged and odd markup.
import { describe, expect, it } from 'vitest';
import { isMailContent, MAIL_CONTENT_CSS, outsideMail } from '../../../../src/providers/gmail/mail-content';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';
import { loadPage, realFixture } from './load';

const odd = '<div class="ii gt"></div><span class="ii gt"></span><div class="xii gt"></div><div class=" a3s\tx"></div><div class="iA g6x"></div>' +
  '<div contenteditable="false"></div><div contenteditable=""></div><div contenteditable="plaintext-only"></div><p class="gmail_quote y2"></p>';

describe('mail content', () => {
  it.each([
    ['modelled page', gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7', compose: { kind: 'inline', to: [ana], subject: 'Re', body: 'Hi', threadId: '18c1f2a3b4c5d6e7' } }), 'vertical')],
    ['real 2014 inbox page', realFixture('injected-thread-identifier.html')],
    ['odd markup', `<html><body>${odd}</body></html>`],
  ])('%s: isMailContent matches MAIL_CONTENT_CSS on every element', (_name, html) => {
    const els = Array.from(loadPage(html).doc.querySelectorAll('*'));
    expect(els.length).toBeGreaterThan(5);
    const disagree = els.filter((el) => isMailContent(el) !== el.matches(MAIL_CONTENT_CSS)).map((el) => el.outerHTML.slice(0, 80));
    expect(disagree).toEqual([]);
    expect(els.some((el) => isMailContent(el))).toBe(true);
  });

  it('contenteditable="FALSE" is not editable (enumerated values ignore case)', () => {
    const { doc } = loadPage('<html><body><div contenteditable="FALSE"></div><div contenteditable="True"></div></body></html>');
    expect(Array.from(doc.querySelectorAll('div')).map(isMailContent)).toEqual([false, true]);
  });

  it('an element is outside unless something it sits in is content; the walk stops at `within`', () => {
    const { doc } = loadPage('<html><body><div class="a3s"><p id="in"><b id="deep"></b></p></div><div id="out"><i id="x"></i></div></body></html>');
    expect(outsideMail(doc.querySelector('.a3s')!)).toBe(true);
    expect(outsideMail(doc.getElementById('in')!)).toBe(false);
    expect(outsideMail(doc.getElementById('deep')!)).toBe(false);
    expect(outsideMail(doc.getElementById('deep')!, doc.getElementById('in')!)).toBe(true);
    expect(outsideMail(doc.getElementById('x')!)).toBe(true);
  });
});
