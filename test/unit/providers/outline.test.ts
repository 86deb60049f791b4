// The page outline (#15): it holds nothing of the mailbox it was made from
// (checked against each fixture's own strings), and the readers find on it
// exactly the selector entries they find on the page.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { gmailProvider } from '../../../src/providers/gmail';
import { outlookProvider } from '../../../src/providers/outlook';
import { isOutline, outlineUrl, pageOutline } from '../../../src/providers/outline';
import { readerAllowList } from '../../../src/providers/outline-allow';
import { isDateText } from '../../../src/providers/outline-shape';
import { chainReport } from '../../../src/providers/selector-report';
import type { MailProvider } from '../../../src/providers/types';
import type { FixtureMailbox } from '../../fixtures/mailbox';
import { gmailPage } from '../../fixtures/gmail/build-page';
import { ana, bigMailbox as bigGmail, bo, cy, sampleMailbox as gmailMailbox } from '../../fixtures/gmail/sample-mailbox';
import { outlookPage } from '../../fixtures/outlook/build-page';
import { alice, sampleMailbox as outlookMailbox } from '../../fixtures/outlook/sample-mailbox';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWZjTbLfMwHxBPrQ';

function load(html: string, url: string): { doc: Document; close: () => void } {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  win.document.write(html);
  return { doc: win.document as unknown as Document, close: () => void win.happyDOM.close() };
}

interface Case {
  name: string;
  provider: MailProvider;
  url: string;
  html: string;
  mailbox: FixtureMailbox;
}

const gmailOpen = gmailMailbox({ openThreadId: '18c1f2a3b4c5d6e7' });
const cases: Case[] = [
  { name: 'Gmail inbox', provider: gmailProvider, url: GMAIL_URL, mailbox: gmailMailbox(), html: gmailPage(gmailMailbox()) },
  { name: 'Gmail conversation, inline reply being written', provider: gmailProvider, url: GMAIL_URL, mailbox: gmailOpen,
    html: gmailPage({ ...gmailOpen, compose: { kind: 'inline', to: [ana], cc: [cy], subject: 'Re: Pilot for Acme', body: 'Dear Ana, confidential pricing attached', threadId: '18c1f2a3b4c5d6e7' } }) },
  { name: 'Gmail in French, vertical pane, new compose', provider: gmailProvider, url: GMAIL_URL, mailbox: gmailOpen,
    html: gmailPage({ ...gmailOpen, lang: 'fr', compose: { kind: 'new', to: [bo], subject: 'Renewal terms Globex', body: 'Bonjour Bo, voici nos conditions' } }, 'vertical') },
  { name: 'Gmail, conversation view off', provider: gmailProvider, url: GMAIL_URL, mailbox: gmailMailbox(), html: gmailPage(gmailMailbox(), 'conversation-off') },
  { name: 'Gmail, 60 rows and a 20-message conversation', provider: gmailProvider, url: GMAIL_URL, mailbox: bigGmail(60, 20, true), html: gmailPage(bigGmail(60, 20, true)) },
  ...(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const).map((host) => ({
    name: `Outlook on ${host}`, provider: outlookProvider, url: `https://${host}/mail/inbox/id/AAQkADAwATM0MDAAMS1hZDk2`, mailbox: outlookMailbox(), html: outlookPage(outlookMailbox(), { host }),
  })),
  { name: 'Outlook in German, replying', provider: outlookProvider, url: 'https://outlook.office.com/mail/', mailbox: outlookMailbox({ lang: 'de' }),
    html: outlookPage(outlookMailbox({ lang: 'de', compose: { kind: 'reply', to: [alice], subject: 'AW: Proposal for Acme', body: 'Hallo Alice, vertrauliche Preise', threadId: outlookMailbox().openThreadId } })) },
  { name: 'Outlook after a redesign (unreadable)', provider: outlookProvider, url: 'https://outlook.office.com/mail/', mailbox: outlookMailbox(), html: outlookPage(outlookMailbox(), { changedMarkup: true }) },
];

/** Every string of the mailbox a reader could be shown: names, addresses, subjects, bodies, the draft, ids. */
function personalStrings(m: FixtureMailbox, html: string): { whole: string[]; words: string[] } {
  const people = [m.account, ...m.threads.flatMap((t) => t.messages.flatMap((x) => [x.from, ...x.to, ...(x.cc ?? [])])), ...(m.compose?.to ?? [])];
  const whole = [
    ...people.flatMap((p) => [p.name, p.address]),
    ...m.threads.flatMap((t) => [t.subject, t.id, ...t.messages.flatMap((x) => [x.id, ...x.body.split(/\n+/)])]),
  ];
  // The draft as the page holds it (its text may differ from the mailbox's, e.g. with a quoted reply).
  const draft = /Dear Ana[^<]*|Bonjour Bo[^<]*|Hallo Alice[^<]*/.exec(html)?.[0];
  if (draft) whole.push(draft);
  // The readers' own words and literals ("Send", "accounts.google.com") stay in an outline by design.
  const kept = new Set([...readerAllowList('gmail').vocabulary].flatMap((v) => v.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  // So do the word prefixes of the app's ids ("#thread-f:"): whole ids are checked below.
  for (const m of html.matchAll(/\s(?:id|data-[\w-]*id)="([^"]*)"/g)) for (const w of m[1]!.split(/[-_:.#|/]+/)) if (/^\p{L}{1,10}$/u.test(w)) kept.add(w.toLowerCase());
  const words = whole
    .flatMap((s) => s.split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 3 && !kept.has(w.toLowerCase()) && !/^\d+$/.test(w));
  // Whole strings long enough not to occur by chance inside markup ("Ada" is in no tag, but "ada" could be).
  return { whole: whole.filter((s) => s.trim().length >= 6), words: [...new Set(words)] };
}

/** The texts and attribute values of an outline, where a leaked value would be. */
function valuesOf(html: string): string {
  const { doc, close } = load(html, 'https://example.invalid/');
  const out: string[] = [doc.title];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) if (a.name !== 'class') out.push(a.value);
    for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) out.push(n.nodeValue ?? '');
  }
  close();
  // A date keeps its month and weekday words ("sam. 11 oct."), which may spell a name: no person's word is in a date.
  return out.filter((v) => !isDateText(v.trim())).join('\n');
}

function readingOf(provider: MailProvider, html: string, url: string) {
  const { doc, close } = load(html, url);
  const reading = provider.readPage(doc, gmailMailbox().now);
  const chains = chainReport(doc, provider.id);
  const composes = provider.findComposes(doc).length;
  close();
  return {
    readable: reading.readable,
    view: reading.view,
    matched: reading.matched,
    problems: reading.problems.map((p) => p.field),
    threads: reading.threads.map((t) => [t.source, t.messages.length, t.partial]),
    chains,
    composes,
  };
}

describe('page outline', () => {
  for (const c of cases) {
    describe(c.name, () => {
      const { doc, close } = load(c.html, c.url);
      const outline = pageOutline(doc, c.provider.id, { madeAt: Date.UTC(2026, 10, 19) });
      close();

      it('holds no name, address, subject, body word, draft or id of the page', () => {
        const { whole, words } = personalStrings(c.mailbox, c.html);
        expect(whole.length).toBeGreaterThan(5);
        const raw = outline.html.toLowerCase();
        for (const s of whole) expect(raw, s).not.toContain(s.toLowerCase());
        const values = valuesOf(outline.html);
        for (const w of words) expect(values, w).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'iu'));
        // The page did hold them: the check looks where they were.
        expect(c.html).toContain(c.mailbox.threads[0]!.subject.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      });

      it('keeps no script, no style sheet and no content of any message', () => {
        expect(outline.html).not.toMatch(/<script|<style|<link/i);
        expect(outline.html).not.toMatch(/\sstyle="(?!display:none"|visibility:hidden")/);
        const { doc: o, close: closeOutline } = load(outline.html, c.url);
        // A body or draft holds nothing but, at most, the body parts the selectors look for, themselves empty.
        for (const el of Array.from(o.querySelectorAll('[data-outline]'))) {
          expect(el.textContent).toBe('');
          for (const child of Array.from(el.childNodes)) expect((child as Element).getAttribute?.('data-outline')).toBe('content');
        }
        for (const el of Array.from(o.querySelectorAll(readerAllowList(c.provider.id).contentCss))) expect(el.textContent).toBe('');
        closeOutline();
        expect(isOutline(outline.html)).toBe(true);
        expect(isOutline(c.html)).toBe(false);
      });

      it('gives the readers the same matched and failed selector entries as the page', () => {
        const onPage = readingOf(c.provider, c.html, c.url);
        const onOutline = readingOf(c.provider, outline.html, c.url);
        expect(onOutline).toEqual(onPage);
        expect(onPage.chains.some((x) => x.matched !== null)).toBe(true);
      });
    });
  }

  it('stays within its bound on a huge page and says how much it cut', () => {
    const { doc, close } = load(gmailPage(bigGmail(300, 5, false)), GMAIL_URL);
    const full = pageOutline(doc, 'gmail');
    const small = pageOutline(doc, 'gmail', { limits: { maxElements: 500 } });
    close();
    expect(small.elements).toBe(500);
    expect(small.cut).toBe(full.elements - 500);
    expect(small.html).toContain(`500 elements, ${small.cut} more cut`);
    expect(small.html.length).toBeLessThan(full.html.length / 3);
  });

  it('shapes the address: host and route words stay, ids and searches do not', () => {
    expect(outlineUrl('https://mail.google.com/mail/u/1/#search/ana%40acme.example/FMfcgzQXJWZj')).toBe('https://mail.google.com/mail/u/9/#search/aaa%99aaaa.aaaaaaa/AAaaaaAAAAAa');
    expect(outlineUrl('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0')).toBe('https://outlook.office.com/mail/inbox/id/AAAaAAAaAAA9');
  });
});
