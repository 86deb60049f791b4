// @vitest-environment happy-dom
// Pages that do not match what we know: a clean "can't read", never a guess.
import { describe, expect, it } from 'vitest';
import { PageReadingSchema } from '../../../../src/shared/readings';
import { CANT_READ, gmailProvider } from '../../../../src/providers/gmail';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { me, NOW, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';
import { loadPage } from './load';

/** Gmail renamed its list markup: no `gh`, no `.zA`, no data ids (a plausible redesign). */
function changedMarkup(html: string): string {
  return html
    .replace(/ gh="tl"/g, ' data-view="threads"')
    .replace(/class="zA /g, 'class="Xq ')
    .replace(/role="row"/g, 'role="listitem"')
    .replace(/data-(legacy-)?thread-id/g, 'data-x$1tid')
    .replace(/ role="grid"/g, '');
}

describe("can't read this Gmail page", () => {
  it('changed list markup: readable false, one clear problem, no threads', () => {
    const page = gmailProvider.readPage(loadPage(changedMarkup(gmailPage(sampleMailbox()))).doc, NOW);
    expect(page.readable).toBe(false);
    expect(page.threads).toEqual([]);
    expect(page.problems[0]!.field).toBe('page');
    expect(page.problems[0]!.detail).toMatch(new RegExp('^' + CANT_READ));
    expect(page.problems[0]!.detail).toContain('list:gh');
    expect(PageReadingSchema.safeParse(page).success).toBe(true);
  });

  it('rows present but nothing readable in them', () => {
    const html = gmailPage(sampleMailbox())
      .replace(/data-(legacy-)?thread-id/g, 'data-x')
      .replace(/ email="/g, ' data-e="')
      .replace(/class="bqe"/g, 'class="q"')
      .replace(/class="y6"/g, 'class="q6"');
    const page = gmailProvider.readPage(loadPage(html).doc, NOW);
    expect(page.readable).toBe(false);
    expect(page.problems[0]!.detail).toContain('3 list rows but no thread id');
  });

  it('not the mail app at all (no main area)', () => {
    const page = gmailProvider.readPage(loadPage('<html><head><title>Gmail</title></head><body><div>Loading…</div></body></html>').doc, NOW);
    expect(page).toMatchObject({ readable: false, account: null, threads: [] });
    expect(page.problems[0]!.detail).toContain('main:role');
  });

  it('whose mailbox it is cannot be told: no guess at an account', () => {
    const html = gmailPage(sampleMailbox(), 'default', { profileMeta: false })
      .replace(/<title>[^<]*<\/title>/, '<title>Gmail</title>')
      .replace(/aria-label="Google Account[^"]*"/, '')
      .replace(/ name="me"/g, ' name="Sam"');
    const page = gmailProvider.readPage(loadPage(html).doc, NOW);
    expect(page).toMatchObject({ readable: false, account: null, threads: [] });
    expect(page.problems.some((p) => p.detail.includes('whose mailbox'))).toBe(true);
  });

  it('a reader error inside becomes a "can\'t read", not an exception', () => {
    const { doc } = loadPage(gmailPage(sampleMailbox(), 'default', { profileMeta: false }));
    Object.defineProperty(doc, 'title', { get: () => { throw new Error('boom'); } });
    const page = gmailProvider.readPage(doc, NOW);
    expect(page.readable).toBe(false);
    expect(page.problems[0]!.detail).toContain('reader error');
  });
});

describe('account', () => {
  it('from the profile meta first (locale-free, whatever the title says), lower-cased', () => {
    const mb = sampleMailbox({ account: { name: 'Sam', address: 'Sam@Seller.Example' } });
    const html = gmailPage(mb).replace(/<title>[^<]*<\/title>/, '<title>受信トレイ (3) - Gmail</title>');
    const page = gmailProvider.readPage(loadPage(html).doc, NOW);
    expect(page.account).toBe('sam@seller.example');
    expect(page.matched!.account).toBe('account:og-profile-acct');
  });

  it('a profile meta that holds no address is passed over for the title', () => {
    const html = gmailPage(sampleMailbox()).replace(/<meta name="og-profile-acct" content="[^"]*">/, '<meta name="og-profile-acct" content="Sam Seller">');
    const page = gmailProvider.readPage(loadPage(html).doc, NOW);
    expect(page.account).toBe(me.address);
    expect(page.matched!.account).toBe('account:title');
  });

  it('from the title without the meta, lower-cased', () => {
    const mb = sampleMailbox({ account: { name: 'Sam', address: 'Sam@Seller.Example' } });
    const page = gmailProvider.readPage(loadPage(gmailPage(mb, 'default', { profileMeta: false })).doc, NOW);
    expect(page.account).toBe('sam@seller.example');
    expect(page.matched!.account).toBe('account:title');
  });

  it.each(['en', 'de', 'fr', 'es'] as const)('from the account button when the title has none (%s)', (lang) => {
    const html = gmailPage(sampleMailbox({ lang }), 'default', { profileMeta: false }).replace(/<title>[^<]*<\/title>/, '<title>Gmail</title>');
    const page = gmailProvider.readPage(loadPage(html).doc, NOW);
    expect(page.account).toBe(me.address);
    expect(page.matched!.account).toBe('account:signout');
  });

  it('in a delegated mailbox: from the title (the mailbox), never from the delegate\'s profile meta or account button', () => {
    const mb = sampleMailbox({ account: { name: 'Boss', address: 'boss@acme.example' } });
    const html = gmailPage(mb).replace(/(<meta name="og-profile-acct" content=")[^"]*/, '$1sam@seller.example').replace(/Google Account: Boss {2}\n\(boss@acme.example\)/, 'Google Account: Sam (sam@seller.example)');
    expect(html).toContain('(sam@seller.example)');
    const url = 'https://mail.google.com/mail/b/ALGkd0x/u/0/#inbox';
    expect(gmailProvider.readPage(loadPage(html, url).doc, NOW).account).toBe('boss@acme.example');
    const untitled = html.replace(/<title>[^<]*<\/title>/, '<title>Gmail</title>');
    const page = gmailProvider.readPage(loadPage(untitled, url).doc, NOW);
    expect(page.account).toBeNull();
    expect(page.readable).toBe(false);
    expect(page.problems.some((p) => p.detail.includes('delegated mailbox'))).toBe(true);
  });

  it('matches Gmail addresses only', () => {
    expect(gmailProvider.matches(new URL('https://mail.google.com/mail/u/1/#inbox'))).toBe(true);
    expect(gmailProvider.matches(new URL('https://mail.google.com/mail/b/xyz/u/0/'))).toBe(true);
    expect(gmailProvider.matches(new URL('https://mail.google.com.evil.example/mail/'))).toBe(false);
    expect(gmailProvider.matches(new URL('https://outlook.office.com/mail/'))).toBe(false);
  });
});

describe('every reading validates against the shared schema', () => {
  it.each(['default', 'vertical', 'horizontal', 'conversation-off'] as const)('%s', (layout) => {
    const page = gmailProvider.readPage(loadPage(gmailPage(sampleMailbox({ openThreadId: '18c1f2a3b4c5d6e7', lang: 'fr' }), layout)).doc, NOW);
    expect(PageReadingSchema.parse(page)).toEqual(page);
  });
});
