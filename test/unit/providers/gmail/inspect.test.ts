// `npm run inspect`: run as a user would, on saved pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailPage } from '../../../fixtures/gmail/build-page';
import { ana, sampleMailbox } from '../../../fixtures/gmail/sample-mailbox';

const dir = mkdtempSync(join(tmpdir(), 'ft-inspect-'));
function inspect(html: string, ...args: string[]) {
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  const r = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/inspect.ts', file, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

const body = 'Bonjour Ana, private words';
const page = gmailPage(sampleMailbox({ lang: 'fr', openThreadId: '18c1f2a3b4c5d6e7', compose: { kind: 'inline', to: [ana], subject: 'Re: Pilot', body, threadId: '18c1f2a3b4c5d6e7' } }));

describe('inspect CLI', () => {
  it('prints account, rows, messages, compose and matched selectors; never the draft text', () => {
    const { out, code } = inspect(page);
    expect(code).toBe(0);
    expect(out).toContain('provider: gmail (by page markup)');
    expect(out).toContain('account:  sam@seller.example');
    expect(out).toContain('list rows: 3');
    expect(out).toContain('conversation 18c1f2a3b4c5d6e7: Pilot for Acme: next steps');
    expect(out).toMatch(/inline gmail:\S+: to Ana Prospect <ana@acme.example>; subject "Re: Pilot"; thread 18c1f2a3b4c5d6e7; draft 26 characters/);
    expect(out).toContain('could not read: nothing');
    expect(out).toContain('messageDate    messageDate:g3');
    expect(out).not.toContain('private words');
  }, 60_000);

  it('--json prints the reading; a changed page exits 1 and says it cannot be read', () => {
    const json = JSON.parse(inspect(page, '--json').out);
    expect(json.page.threads.find((t: { source: string }) => t.source === 'conversation').messages).toHaveLength(3);
    expect(json.composes[0]).toMatchObject({ kind: 'inline', draftChars: body.length });
    // The list renamed (no gh, no grid, no ids) and no conversation open.
    const changed = gmailPage(sampleMailbox()).replace(/ gh="tl"/g, '').replace(/data-legacy-thread-id=/g, 'data-x=').replace(/ role="grid"/g, '');
    const r = inspect(changed, '--url', 'https://mail.google.com/mail/u/0/#inbox');
    expect(r.code).toBe(1);
    expect(r.out).toContain("readable: NO — can't read this page");
    expect(r.out).toContain("page: can't read this Gmail page");
  }, 60_000);

  it('--outline writes a redacted outline; inspect reads it with the same matched entries and chains', () => {
    const out = join(dir, 'outline.html');
    const onPage = inspect(page, '--outline', out);
    const outline = readFileSync(out, 'utf8');
    expect(outline).not.toContain('ana@acme.example');
    expect(outline).not.toContain('Pilot for Acme');
    expect(outline).not.toContain('private words');
    const onOutline = inspect(outline);
    expect(onOutline.code).toBe(0);
    expect(onOutline.out).toContain('page outline: names, addresses, ids and texts are shapes');
    expect(onOutline.out).toContain('provider: gmail (by saved address)');
    const tail = (s: string) => s.slice(s.indexOf('could not read:'));
    expect(tail(onPage.out)).toContain('selector chains');
    expect(tail(onOutline.out)).toBe(tail(onPage.out));
    expect(onPage.out).toMatch(/\n {2}main {13}main:/);
    expect(onPage.out).toMatch(/ nothing found \(tried /);
  }, 60_000);
});
