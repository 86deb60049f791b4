// @vitest-environment happy-dom
// Mail bodies are not markup we trust (#15). Forged header blocks (a
// forwarded "From:" block, `span[email]`, `div[data-message-id]`,
// `span.g3[title]`, a whole copied message header, a thread heading, a folded
// notice, list rows) are planted at random positions and depths in Gmail
// message bodies, collapsed snippets, list rows' snippets and the draft being
// written. The reading must not change at all: nothing is created, no status moves.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { ingestReading } from '../../../src/db/ingest';
import { FollowThroughDb } from '../../../src/db/schema';
import { gmailProvider, type GmailComposeHandle } from '../../../src/providers/gmail';
import { gmailPage, type GmailLayout, type GmailPageOptions } from '../../fixtures/gmail/build-page';
import { hexToDecimal } from '../../fixtures/gmail/html';
import { gmailTitle } from '../../fixtures/gmail/locale';
import { ana, bo, cy, me, NOW, sampleMailbox } from '../../fixtures/gmail/sample-mailbox';
import type { FixtureMailbox } from '../../fixtures/mailbox';

export const FORGERY_RUNS = { conversation: 200, list: 100, compose: 100 };

const OPEN = '18c1f2a3b4c5d6e7';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

interface Variant { layout: GmailLayout; lang: FixtureMailbox['lang']; opts: GmailPageOptions }
const variants: Variant[] = [
  { layout: 'default', lang: 'en', opts: {} },
  { layout: 'horizontal', lang: 'de', opts: { collapsedSender: 'gF' } },
  { layout: 'vertical', lang: 'fr', opts: { profileMeta: false } },
  { layout: 'default', lang: 'es', opts: { cachedThreadIds: ['18a0000000000001'] } },
];
const pages = variants.map((v) => gmailPage(sampleMailbox({ lang: v.lang, openThreadId: OPEN }), v.layout, v.opts));

// Addresses a forger would use: the real prospect's, the user's own, a stranger's.
const address = fc.constantFrom(ana.address, me.address, bo.address.toLowerCase(), cy.address, 'mallory@forger.example', 'ana@acme.example.forger.example');
const name = fc.constantFrom(ana.name, 'me', 'ich', 'Mallory', '"Ana" <ana@acme.example>');
const hexId = fc.bigInt({ min: 0x18c0000000000000n, max: 0x18ffffffffffffffn }).map((n) => n.toString(16));
// Today and other days: a forged reply "from Ana, today" must not read as one.
const when = fc.integer({ min: -40, max: 2 }).map((d) => gmailTitle(NOW + d * 86_400_000, 'en'));

/** One forged block, with attributes copied from Gmail's real headers. */
const forged: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(address, name, hexId, when).map(([a, n, id, t]) =>
    `<div class="h7" role="listitem"><div class="adn ads" data-message-id="#msg-f:${hexToDecimal(id)}" data-legacy-message-id="${id}"><div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody><tr><td class="gF gK"><h3 class="iw"><span class="gD" email="${attr(a)}" name="${attr(n)}">${attr(n)}</span></h3></td><td class="gH"><div class="gK"><span class="g3" title="${attr(t)}">${attr(t)}</span></div></td></tr></tbody></table><div class="iw ajw"><span class="hb"><span class="g2" email="${attr(me.address)}" name="me">me</span></span></div></div><div class="ii gt"><div class="a3s">Forged</div></div></div></div></div>`),
  fc.tuple(address, name).map(([a, n]) => `<span class="gD" email="${attr(a)}" name="${attr(n)}" data-hovercard-id="${attr(a)}">${attr(n)}</span>`),
  fc.tuple(address, name).map(([a, n]) => `<table><tr><td class="gF gK"><span email="${attr(a)}" name="${attr(n)}">${attr(n)}</span></td></tr></table>`),
  fc.tuple(address, name).map(([a, n]) => `<span class="hb"><span class="g2" email="${attr(a)}" name="${attr(n)}">${attr(n)}</span></span>`),
  fc.tuple(hexId).map(([id]) => `<div data-message-id="#msg-f:${hexToDecimal(id)}" data-legacy-message-id="${id}"></div>`),
  when.map((t) => `<div class="gK"><span class="g3" title="${attr(t)}">${attr(t)}</span></div>`),
  hexId.map((id) => `<div class="ha"><h2 class="hP" data-legacy-thread-id="${id}" data-thread-perm-id="thread-f:${hexToDecimal(id)}">Forged thread</h2></div>`),
  fc.nat({ max: 40 }).map((n) => `<div class="kQ adv"><div class="G3"><span class="adx"><span>${n}</span></span></div></div><div class="kx"></div>`),
  fc.tuple(address, name, hexId, when).map(([a, n, id, t]) =>
    `<div gh="tl"><table role="grid"><tbody><tr class="zA zE" role="row"><td class="yX"><div class="yW"><span email="${attr(a)}" name="${attr(n)}">${attr(n)}</span> <span class="bx0">9</span></div></td><td class="a4W"><div class="y6"><span data-thread-id="#thread-f:${hexToDecimal(id)}" data-legacy-thread-id="${id}">Forged row</span></div></td><td class="xW"><span title="${attr(t)}">now</span></td></tr></tbody></table></div>`),
  fc.tuple(address, name, when).map(([a, n, t]) => `<div>---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">${attr(n)}</strong> <span dir="auto">&lt;<a href="mailto:${attr(a)}">${attr(a)}</a>&gt;</span><br>Date: ${attr(t)}<br>Subject: Re: Pilot<br>To: &lt;${attr(me.address)}&gt;</div>`),
  address.map((a) => `<meta name="og-profile-acct" content="${attr(a)}"><span email="${attr(a)}" name="me">me</span>`),
);

/** Wrappers around the block, copying classes real headers carry. */
const wrapper = fc.constantFrom('div', 'blockquote class="gmail_quote"', 'div class="gE iv gt"', 'div class="adn ads"', 'span', 'div dir="ltr"', 'table><tbody><tr><td', 'div class="h7"', 'div role="listitem"');
const closeTag = (w: string) => (w.startsWith('table') ? '</td></tr></tbody></table>' : `</${w.split(' ')[0]}>`);
const planted = fc.tuple(forged, fc.array(wrapper, { maxLength: 3 })).map(([block, ws]) => ws.reduceRight((inner, w) => `<${w}>${inner}${closeTag(w)}`, block));

interface Plant { block: string; target: number; depth: number; where: 'beforebegin-child' | 'beforeend' | 'afterbegin' }
const plant = fc.record({ block: planted, target: fc.nat(), depth: fc.nat({ max: 4 }), where: fc.constantFrom('beforebegin-child' as const, 'beforeend' as const, 'afterbegin' as const) });

/** Plants `p` inside one of the containers matching `css`, `depth` levels down at a random spot. */
function applyPlant(doc: Document, css: string, p: Plant): boolean {
  const targets = Array.from(doc.querySelectorAll(css));
  if (!targets.length) return false;
  let el = targets[p.target % targets.length]!;
  for (let i = 0; i < p.depth && el.firstElementChild; i++) el = el.children[(p.target >> i) % el.children.length]!;
  if (p.where === 'beforebegin-child' && el.firstElementChild) el.firstElementChild.insertAdjacentHTML('beforebegin', p.block);
  else el.insertAdjacentHTML(p.where === 'afterbegin' ? 'afterbegin' : 'beforeend', p.block);
  return true;
}

const read = (doc: Document) => gmailProvider.readPage(doc, NOW);

describe('forged header blocks in Gmail mail content change nothing', () => {
  const baselines = pages.map((html) => read(parse(html)));

  it('the pages read as expected before anything is planted', () => {
    for (const b of baselines) {
      expect(b.readable).toBe(true);
      const conv = b.threads.find((t) => t.source === 'conversation')!;
      expect(conv.threadKey).toBe(OPEN);
      expect(conv.messages).toHaveLength(3);
    }
  });

  it(`in message bodies and collapsed snippets, at any depth (${FORGERY_RUNS.conversation} pages)`, () => {
    let planted = 0;
    fc.assert(
      fc.property(fc.nat({ max: variants.length - 1 }), fc.array(plant, { minLength: 1, maxLength: 4 }), (v, plants) => {
        const doc = parse(pages[v]!);
        for (const p of plants) planted += Number(applyPlant(doc, 'div.ii.gt, .a3s, .iA.g6', p));
        expect(read(doc)).toEqual(baselines[v]);
      }),
      { numRuns: FORGERY_RUNS.conversation, seed: 1515 },
    );
    expect(planted).toBeGreaterThan(FORGERY_RUNS.conversation);
  });

  it(`in list rows' snippets (${FORGERY_RUNS.list} pages)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: variants.length - 1 }), fc.array(plant, { minLength: 1, maxLength: 4 }), (v, plants) => {
        const doc = parse(pages[v]!);
        for (const p of plants) expect(applyPlant(doc, '[gh=tl] .y2', p)).toBe(true);
        expect(read(doc)).toEqual(baselines[v]);
      }),
      { numRuns: FORGERY_RUNS.list, seed: 2626 },
    );
  });

  it(`in the draft and its quoted mail: the compose reads the same recipients, thread and Send (${FORGERY_RUNS.compose} drafts)`, () => {
    const html = gmailPage(sampleMailbox({ compose: { kind: 'reply', to: [ana], subject: 'Re: Pilot', body: 'Tuesday?', threadId: OPEN } }));
    const snap = (doc: Document) => {
      const c = gmailProvider.findComposes(doc) as GmailComposeHandle[];
      return { n: c.length, snap: c[0]!.snapshot(), send: c[0]!.sendButton()?.outerHTML };
    };
    const base = snap(parse(html));
    const composeForgery = fc.tuple(address, hexId).map(([a, id]) =>
      `<div name="to"><div role="listbox"><div role="option" data-hovercard-id="${attr(a)}" data-name="Mallory"></div></div></div><input type="hidden" name="lts" value="${id}"><input type="hidden" name="rm" value="${id}"><input type="hidden" name="to" value="Mallory <${attr(a)}>"><input name="subjectbox" value="Forged"><table class="IZ"><tr><td class="gU Up"><div><div role="button" class="T-I T-I-atl">Send</div></div></td></tr></table><div contenteditable="true" g_editable="true"></div>`);
    fc.assert(
      fc.property(composeForgery, fc.array(wrapper, { maxLength: 2 }), fc.nat({ max: 3 }), (block, ws, depth) => {
        const doc = parse(html);
        const inner = ws.reduceRight((acc, w) => `<${w}>${acc}${closeTag(w)}`, block);
        applyPlant(doc, '[g_editable=true]', { block: `<div class="gmail_quote">${inner}</div>`, target: 0, depth, where: 'beforeend' });
        expect(snap(doc)).toEqual(base);
      }),
      { numRuns: FORGERY_RUNS.compose, seed: 3737 },
    );
  });
});

describe('the reported case: a look-alike "From:" block in a received body', () => {
  it('creates no prospect and does not mark the real prospect as replied', async () => {
    // Sam wrote to Ana nine days ago; Bo's message quotes a block made to look like Ana replying today.
    const mb = sampleMailbox({ openThreadId: OPEN });
    const thread = mb.threads[0]!;
    thread.messages = [thread.messages[0]!, { id: '18c2000000000009', from: bo, to: [me], at: NOW - 3_600_000, body: 'See below.' }];
    const html = gmailPage(mb);
    const forgedPage = parse(html);
    const lastBody = Array.from(forgedPage.querySelectorAll('.a3s')).at(-1)!;
    lastBody.insertAdjacentHTML('beforeend', `<div class="gs"><div class="adn ads" data-message-id="#msg-f:${hexToDecimal('18c20000000000aa')}" data-legacy-message-id="18c20000000000aa"><span class="gD" email="${ana.address}" name="${ana.name}">${ana.name}</span><span class="g2" email="${me.address}" name="me">me</span><span class="g3" title="${gmailTitle(NOW, 'en')}"></span></div><span class="gD" email="stranger@newco.example" name="Stranger"></span></div>`);
    const ingest = async (doc: Document) => {
      const db = new FollowThroughDb(`forgery-${Math.random()}`);
      await db.open();
      const ctx = { cadence: { ...DEFAULT_CADENCE, timeZone: 'UTC' }, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW };
      await ingestReading(db, read(doc), ctx);
      const out = {
        prospects: (await db.prospects.toArray()).map((p) => [p.addresses, p.status]).sort(),
        touches: (await db.touches.toArray()).map((t) => [t.direction, t.address, t.at]).sort(),
      };
      await db.delete();
      return out;
    };
    const clean = await ingest(parse(html));
    const forgedResult = await ingest(forgedPage);
    expect(clean.prospects.map((p) => p[0])).toEqual([[ana.address], [bo.address.toLowerCase()]].sort());
    expect(clean.touches.filter((t) => t[1] === ana.address)).toHaveLength(1);
    expect(forgedResult).toEqual(clean);
  });
});
