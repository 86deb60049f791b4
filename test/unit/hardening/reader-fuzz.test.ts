// @vitest-environment happy-dom
// Hostile pages (issue 10): the Gmail and Outlook readers get fixture pages
// with hostile names and subjects, then mutated (elements and attributes
// dropped, children shuffled, markup injected, the HTML cut short) and pure
// random markup. Whatever the page, a reader never throws, and what it
// returns is a reading the background accepts, or says plainly that the page
// can't be read. Text that looks like HTML comes back as text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gmailProvider } from '../../../src/providers/gmail';
import { outlookProvider } from '../../../src/providers/outlook';
import type { MailProvider } from '../../../src/providers/types';
import { PageReadingSchema, type PageReading } from '../../../src/shared/readings';
import { gmailPage, type GmailLayout } from '../../fixtures/gmail/build-page';
import type { FixtureMailbox, FixturePerson } from '../../fixtures/mailbox';
import { FIXTURE_HOSTS, outlookPage } from '../../fixtures/outlook/build-page';

const NOW = new Date(2026, 10, 19, 10, 2).getTime();
const D = 86_400_000;
const me: FixturePerson = { name: 'Sam Seller', address: 'sam@seller.example' };

export const HOSTILE = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  '"><svg onload=alert(1)>',
  "Dana' OR 1=1 --",
  '</span></div><div role="main">',
  '&lt;b&gt;bold&lt;/b&gt; &amp; "quotes"',
  '\u202eevil\u202c right-to-left',
  'x'.repeat(3000),
];

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

function mailboxOf(subjects: string[], names: string[], openIndex: number | null): FixtureMailbox {
  const threads = subjects.map((subject, i) => {
    const them: FixturePerson = { name: names[i % names.length] ?? 'Ana', address: `p${i}@acme${i}.example` };
    const id = (0x18c0000000000000n + BigInt(i) * 0x10000n).toString(16);
    return {
      id,
      subject,
      messages: [
        { id, from: me, to: [them], at: NOW - (i + 2) * D, body: `${subject}\n\n${them.name}` },
        { id: (BigInt(`0x${id}`) + 1n).toString(16), from: them, to: [me], at: NOW - (i + 1) * D, body: '<script>alert(1)</script>' },
      ],
    };
  });
  return { account: me, threads, now: NOW, lang: 'en', ...(openIndex !== null && threads[openIndex] ? { openThreadId: threads[openIndex]!.id } : {}) };
}

/** One way a page can go wrong, applied to the parsed document. Indices are taken modulo what is there. */
type Mutation =
  | { kind: 'drop-element'; at: number }
  | { kind: 'drop-attribute'; at: number; attr: number }
  | { kind: 'shuffle'; at: number; seed: number }
  | { kind: 'inject'; at: number; html: string }
  | { kind: 'set-attribute'; at: number; name: string; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-element' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-attribute' as const), at: fc.nat(), attr: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), html: fc.constantFrom(...HOSTILE, '<span email="x@y.z" name="<b>x</b>">', '<h2 class="hP" data-legacy-thread-id="zz">', '<tr class="zA"><td></td></tr>') }),
  fc.record({
    kind: fc.constant('set-attribute' as const),
    at: fc.nat(),
    name: fc.constantFrom('email', 'name', 'title', 'data-legacy-thread-id', 'data-thread-id', 'data-convid', 'aria-label', 'data-message-id'),
    value: fc.oneof(hostileText, fc.constant(''), fc.constant('undefined')),
  }),
);

function applyMutation(doc: Document, m: Mutation): void {
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  if (all.length === 0) return;
  const el = all[m.at % all.length]!;
  switch (m.kind) {
    case 'drop-element':
      el.remove();
      break;
    case 'drop-attribute': {
      const attrs = Array.from(el.attributes);
      if (attrs.length) el.removeAttribute(attrs[m.attr % attrs.length]!.name);
      break;
    }
    case 'shuffle': {
      const kids = Array.from(el.children);
      let seed = m.seed;
      for (let i = kids.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        const j = seed % (i + 1);
        [kids[i], kids[j]] = [kids[j]!, kids[i]!];
      }
      el.replaceChildren(...kids);
      break;
    }
    case 'inject':
      el.insertAdjacentHTML('beforeend', m.html);
      break;
    case 'set-attribute':
      el.setAttribute(m.name, m.value);
      break;
  }
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Reads the page and checks the one promise every reader makes. */
function readSafely(provider: MailProvider, doc: Document): PageReading {
  let reading!: PageReading;
  expect(() => (reading = provider.readPage(doc, NOW))).not.toThrow();
  const checked = PageReadingSchema.safeParse(reading);
  if (!checked.success) throw new Error(`reading does not validate: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
  if (!reading.readable) expect(reading.threads).toEqual([]);
  expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  return reading;
}

const pages: Record<MailProvider['id'], (mb: FixtureMailbox, variant: number) => string> = {
  gmail: (mb, v) => gmailPage(mb, (['default', 'vertical', 'horizontal', 'conversation-off'] as GmailLayout[])[v % 4]),
  outlook: (mb, v) => outlookPage(mb, { host: FIXTURE_HOSTS[v % FIXTURE_HOSTS.length]!, changedMarkup: v % 7 === 6 }),
};

export const FUZZ = { mutated: 120, truncated: 60, random: 80 };

describe.each([gmailProvider, outlookProvider])('the $id reader on hostile pages', (provider) => {
  const build = pages[provider.id];

  it('hostile subjects and names are read back as the same text, never as markup', () => {
    const mb = mailboxOf(HOSTILE.slice(0, 6), HOSTILE.slice(0, 6), 0);
    const reading = readSafely(provider, parse(build(mb, 0)));
    expect(reading.readable).toBe(true);
    const subjects = reading.threads.map((t) => t.subject);
    for (const s of HOSTILE.slice(0, 6)) expect(subjects).toContain(s);
  });

  it(`mutated fixture pages: never throws, always a valid reading (${FUZZ.mutated} cases)`, () => {
    fc.assert(
      fc.property(
        fc.array(hostileText, { minLength: 1, maxLength: 4 }),
        fc.array(hostileText, { minLength: 1, maxLength: 3 }),
        fc.option(fc.nat({ max: 3 }), { nil: null }),
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        (subjects, names, open, variant, mutations) => {
          const doc = parse(build(mailboxOf(subjects, names, open), variant));
          for (const m of mutations) applyMutation(doc, m);
          readSafely(provider, doc);
        },
      ),
      { numRuns: FUZZ.mutated },
    );
  });

  it(`fixture pages cut short anywhere: never throws (${FUZZ.truncated} cases)`, () => {
    const html = build(mailboxOf(['Proposal', HOSTILE[0]!, 'Pricing'], ['Ana', HOSTILE[1]!], 1), 0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: html.length }), (cut) => {
        readSafely(provider, parse(html.slice(0, cut)));
      }),
      { numRuns: FUZZ.truncated },
    );
  });

  it(`random markup built from the reader's own vocabulary: never throws (${FUZZ.random} cases)`, () => {
    const tag = fc.constantFrom('div', 'span', 'tr', 'td', 'h2', 'table', 'tbody', 'a', 'button', 'img', 'form', 'script');
    const attr = fc.tuple(
      fc.constantFrom('class', 'role', 'email', 'name', 'title', 'data-thread-id', 'data-legacy-thread-id', 'data-message-id', 'data-legacy-message-id', 'data-convid', 'aria-label', 'id', 'gh', 'contenteditable'),
      fc.oneof(fc.constantFrom('zA', 'hP', 'gD', 'g2', 'g3', 'adn ads', 'main', 'option', 'listbox', 'tl', 'true', '#thread-f:123', '18c0000000000000', 'From: x@y.z', 'ReadingPaneContainerId', 'UniqueMessageBody_1'), hostileText),
    );
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        hostileText.map((t) => t.replace(/</g, '&lt;')),
        fc.tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 })).map(
          ([t, as, kids]) => `<${t}${as.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('')}>${kids.join('')}</${t}>`,
        ),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(hostileText, fc.array(node, { maxLength: 6 }), (title, body) => {
        readSafely(provider, parse(`<!doctype html><html><head><title>${title.replace(/</g, '')} - sam@seller.example - Gmail</title></head><body><div role="main">${body.join('')}</div></body></html>`));
      }),
      { numRuns: FUZZ.random },
    );
  });

  it('100 KB adversarial labels, names and subjects are read in bounded time', () => {
    const adversarial = ['x'.repeat(100_000), `${' '.repeat(100_000)}x`, 'a@'.repeat(50_000), `${'a'.repeat(100_000)}@b`, `(${'a@b'.repeat(30_000)}`];
    const base = build(mailboxOf(['Proposal', 'Pricing'], ['Ana'], 0), 0);
    for (const evil of adversarial) {
      const doc = parse(base);
      for (const el of Array.from(doc.querySelectorAll('[aria-label], [title], [name], [email]'))) {
        for (const a of ['aria-label', 'title', 'name', 'email']) {
          const v = el.getAttribute(a);
          if (v !== null) el.setAttribute(a, v + evil);
        }
      }
      for (const el of Array.from(doc.querySelectorAll('h2, [role=heading], span'))) el.append(evil);
      doc.title = `${evil} - ${doc.title}`;
      const t0 = performance.now();
      readSafely(provider, doc);
      // Linear work on ~100 KB per field is milliseconds; the quadratic address search this caught took seconds.
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });

  it('reading time grows about linearly with the page (1x against 8x threads)', () => {
    const subjects = (n: number) => Array.from({ length: n }, (_, i) => `Proposal ${i} ${HOSTILE[i % HOSTILE.length]!.slice(0, 40)}`);
    const small = parse(build(mailboxOf(subjects(20), ['Ana'], 0), 0));
    const large = parse(build(mailboxOf(subjects(160), ['Ana'], 0), 0));
    const time = (doc: Document) => {
      readSafely(provider, doc); // warm up
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) provider.readPage(doc, NOW);
      return (performance.now() - t0) / 5;
    };
    const a = time(small);
    const b = time(large);
    // 8x the rows: a linear reader takes about 8x; only a quadratic one gets near 64x.
    // Loose on purpose (shared CI cores): it catches blow-ups, not noise.
    expect(b).toBeLessThan(Math.max(a, 1) * 40);
  });
});
