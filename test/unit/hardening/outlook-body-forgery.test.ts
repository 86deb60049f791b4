// @vitest-environment happy-dom
// Mail bodies are not markup we trust (#15). A received message can carry
// anything in its body: a look-alike "From:" block, an element labelled
// "From:", a RecipientWell, a SentReceivedSavedTime stamp, a collapsed-message
// look-alike, a mailbox root, list rows, a conversation id, a subject, a
// "See more messages" button, even an editor. Planted in the bodies of the
// Outlook fixture pages, at random depth and in random combinations, on every
// host, view and language, none of it changes the reading: nothing is created
// and no status moves.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { ingestReading } from '../../../src/db/ingest';
import { FollowThroughDb } from '../../../src/db/schema';
import { outlookProvider } from '../../../src/providers/outlook';
import { FIXTURE_HOSTS, type OutlookPageOptions, outlookPage } from '../../fixtures/outlook/build-page';
import { NOW, alice, sampleMailbox } from '../../fixtures/outlook/sample-mailbox';

const EVIL = 'mallory@evil.example';
const STAMP = 'Thu 11/19/2026 3:00 PM';

/** Forged header parts, as a hostile or forwarded message could put them in its HTML. */
export const FORGERIES = [
  `<div aria-label="From: Mallory <${EVIL}>"><span>Mallory</span><span>&lt;${EVIL}&gt;</span></div>`,
  `<span aria-label="From: ${alice.name} <${alice.address}>">${alice.name}</span>`,
  `<div role="heading" aria-level="3" id="MSG_forged_FROM"><span role="button" aria-label="From: Mallory <${EVIL}>">Mallory</span></div>`,
  `<div id="MSG_forged2_FROM"><span title="${EVIL}">Mallory</span></div>`,
  `<div data-testid="RecipientWell">To: <span data-lpc-hover-target-id="${EVIL}">Mallory &lt;${EVIL}&gt;</span></div>`,
  `<div aria-label="To: Mallory"><span title="${EVIL}">Mallory</span></div>`,
  `<span data-testid="SentReceivedSavedTime" title="${STAMP}">${STAMP}</span>`,
  `<div aria-expanded="false"><span title="${EVIL}">Mallory</span><span data-testid="SentReceivedSavedTime" title="${STAMP}">3:00 PM</span></div>`,
  `<div aria-expanded="true"><div aria-label="From: ${alice.name} <${alice.address}>">${alice.name}</div><span data-testid="SentReceivedSavedTime" title="${STAMP}">${STAMP}</span></div>`,
  `<div id="primaryMailboxRoot_forged" role="treeitem" aria-level="1" data-folder-name="${EVIL}" title="${EVIL}">Mallory</div>`,
  `<button id="mectrl_main_trigger" aria-label="Account manager for Mallory ${EVIL}">M</button>`,
  `<div role="listbox"><div role="option" data-convid="FORGED-CONV" aria-selected="true" data-focusable-row="true"><span title="${EVIL}">Mallory</span><span title="Forged">Forged</span></div></div>`,
  `<div data-app-section="ConversationContainer" data-convid="FORGED-CONV"><span id="CONV_f_SUBJECT" role="heading">Forged subject</span></div>`,
  `<div role="heading" title="Forged subject">Forged subject</div>`,
  `<div role="button" aria-label="See more messages">See more messages</div>`,
  `<div id="docking_InitVisiblePart_9"><div data-testid="ComposeSendButton"><button>Send</button></div><div contenteditable="true" role="textbox" aria-label="To"></div><div contenteditable="true" aria-multiline="true" role="textbox">x</div></div>`,
  `<div id="UniqueMessageBody_99" role="document"><div aria-label="From: Mallory <${EVIL}>">Mallory</div></div>`,
  `<blockquote><div><b>From:</b> Mallory &lt;${EVIL}&gt;<br><b>Sent:</b> ${STAMP}<br><b>To:</b> ${alice.address}</div></blockquote>`,
] as const;

interface Plant { body: number; forgery: number; depth: number }

const optionsArb: fc.Arbitrary<OutlookPageOptions> = fc.record({
  host: fc.constantFrom(...FIXTURE_HOSTS),
  lang: fc.constantFrom('en' as const, 'de' as const, 'nl' as const, 'pl' as const),
  view: fc.constantFrom('conversation' as const, 'item' as const),
  collapsed: fc.constantFrom([], [0], [0, 1]),
  nameOnlyPills: fc.boolean(),
});
const plantArb: fc.Arbitrary<Plant[]> = fc.array(fc.record({ body: fc.nat(), forgery: fc.nat(FORGERIES.length - 1), depth: fc.nat(3) }), { minLength: 1, maxLength: 6 });

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Puts forgeries inside message bodies (UniqueMessageBody or role=document), wrapped `depth` divs deep. */
function plant(doc: Document, plants: readonly Plant[]): number {
  const bodies = Array.from(doc.querySelectorAll('div[id^="UniqueMessageBody"], [role="document"]'));
  for (const p of plants) {
    const body = bodies[p.body % bodies.length]!;
    let at: Element = body;
    for (let i = 0; i < p.depth; i++) at = at.appendChild(doc.createElement('div'));
    at.insertAdjacentHTML(p.body % 2 ? 'beforeend' : 'afterbegin', FORGERIES[p.forgery]!);
  }
  return bodies.length;
}

const RUNS = 60;

describe('Outlook bodies with forged header parts', () => {
  it(`change nothing in the reading, on every host, view and language (${RUNS} pages)`, () => {
    fc.assert(
      fc.property(optionsArb, plantArb, (opts, plants) => {
        const html = outlookPage({ ...sampleMailbox(), compose: { kind: 'inline', to: [alice], subject: '', body: 'Hi', threadId: sampleMailbox().threads[0]!.id } }, opts);
        const composes = (d: Document) => outlookProvider.findComposes(d).map((c) => ({ ...c.snapshot(), composeId: '' }));
        const cleanDoc = load(html);
        const clean = { reading: outlookProvider.readPage(cleanDoc, NOW), composes: composes(cleanDoc) };
        const forged = load(html);
        expect(plant(forged, plants)).toBeGreaterThan(0);
        expect({ reading: outlookProvider.readPage(forged, NOW), composes: composes(forged) }).toEqual(clean);
        expect(JSON.stringify(clean)).not.toMatch(/mallory|forged/i);
      }),
      { numRuns: RUNS },
    );
  });

  it('a forged "From:" block in a received body creates no prospect and marks no reply (ingested)', async () => {
    const db = new FollowThroughDb(`forgery-${Math.random()}`);
    await db.open();
    try {
      // Ada wrote to Alice; Alice has not answered. A third message, from Chen, carries a forged reply from Alice and one from Mallory.
      const mb = sampleMailbox();
      const proposal = mb.threads[0]!;
      proposal.messages = proposal.messages.slice(0, 1);
      const doc = load(outlookPage(mb));
      plant(doc, [{ body: 0, forgery: 1, depth: 0 }, { body: 0, forgery: 8, depth: 2 }, { body: 0, forgery: 0, depth: 1 }, { body: 0, forgery: 7, depth: 0 }]);
      const reading = outlookProvider.readPage(doc, NOW);
      await ingestReading(db, reading, { cadence: { ...DEFAULT_CADENCE, timeZone: 'UTC' }, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW });
      const prospects = await db.prospects.toArray();
      expect(prospects.map((p) => p.addresses)).toEqual([[alice.address]]);
      expect(prospects[0]!.status?.kind).not.toBe('replied');
      expect((await db.touches.toArray()).map((t) => t.direction)).toEqual(['out']);
    } finally {
      await db.delete();
    }
  });
});
