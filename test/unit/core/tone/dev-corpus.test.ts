import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fnv1a32, loadDevCorpus, partOf, sourcesListedInReadme, sourcesOf, testPart, tuningPart } from '../../../fixtures/tone/dev';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
// The reserved list sits in shared/ beside the repository (../shared from the root),
// or one level further up for a checkout kept in a subfolder.
const reservedCandidates = [resolve(repoRoot, '../shared/tone-reserved-sources.txt'), resolve(repoRoot, '../../shared/tone-reserved-sources.txt')];
const reservedFile = reservedCandidates.find((f) => existsSync(f)) ?? reservedCandidates[0]!;

/** host + path, lower case, without scheme, www., query, fragment or trailing slash. */
function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

/** owner/name (and the file path, when there is one) of a GitHub address or a github:owner/name/path line. */
function githubParts(ref: string): { repo: string; path: string } | null {
  const short = /^github:([^/]+\/[^/]+)\/?(.*)$/.exec(ref);
  if (short) return { repo: short[1]!.toLowerCase(), path: short[2] ?? '' };
  const long = /^https?:\/\/(?:www\.)?github\.com\/([^/]+\/[^/?#]+)(?:\/(?:blob|tree|raw)\/[^/]+\/([^?#]*))?/.exec(ref);
  if (long) return { repo: long[1]!.toLowerCase(), path: long[2] ?? '' };
  return null;
}

describe('the development corpus of published follow-ups and business mail', () => {
  const items = loadDevCorpus();

  it('loads, with unique ids, labels from the three categories and a note on every item', () => {
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.text.trim().length, item.id).toBeGreaterThan(0);
      expect(new Set(item.labels).size, `${item.id}: a label repeated`).toBe(item.labels.length);
      expect(item.note.trim().length, item.id).toBeGreaterThan(0);
    }
  });

  it('names a source with an address for every item', () => {
    for (const item of items) {
      expect(() => new URL(item.source.url), item.id).not.toThrow();
      expect(item.source.url, item.id).toMatch(/^https?:\/\//);
    }
  });

  it('splits by source, deterministically, into two non-empty parts', () => {
    expect(tuningPart().length).toBeGreaterThan(0);
    expect(testPart().length).toBeGreaterThan(0);
    expect(tuningPart().length + testPart().length).toBe(items.length);
    for (const item of items) expect(item.part, item.id).toBe(partOf(item.source.id));
    const tuningIds = new Set(sourcesOf('tuning').map((s) => s.id));
    expect(sourcesOf('test').some((s) => tuningIds.has(s.id))).toBe(false);
    // FNV-1a 32-bit reference values, so the split cannot drift with a new hash.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('lists every source in its README', () => {
    const listed = new Set(sourcesListedInReadme());
    const missing = [...new Set(items.map((i) => i.source.id))].filter((id) => !listed.has(id));
    expect(missing, 'README.md misses these sources; regenerate its table with: npx tsx -e "import(\'./test/fixtures/tone/dev/index.ts\').then((m) => m.writeSourcesTable())"').toEqual([]);
    const known = new Set(items.map((i) => i.source.id));
    expect([...listed].filter((id) => !known.has(id)), 'README.md lists sources that have no file').toEqual([]);
  });

  it('uses no source reserved for the independent evaluation', (ctx) => {
    if (!existsSync(reservedFile)) {
      ctx.skip(`no reserved-source list at ${reservedFile}; the check needs ../shared beside the repository`);
      return;
    }
    const lines = readFileSync(reservedFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    const reservedRepos = new Set<string>();
    const reservedPages = new Set<string>();
    for (const line of lines) {
      const gh = githubParts(line);
      if (gh) reservedRepos.add(gh.repo);
      else reservedPages.add(pageKey(line));
    }
    for (const source of new Map(items.map((i) => [i.source.id, i.source])).values()) {
      const gh = githubParts(source.url);
      if (gh) expect(reservedRepos.has(gh.repo), `${source.id}: ${source.url} is in a reserved repository`).toBe(false);
      else expect(reservedPages.has(pageKey(source.url)), `${source.id}: ${source.url} is reserved`).toBe(false);
    }
  });

  it('refuses a bad file with its name and the item, and a repeated id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-corpus-'));
    const source = { id: 'sample', url: 'https://example.com/a', title: 'A', kind: 'blog' };
    writeFileSync(join(dir, 'fu-sample.json'), JSON.stringify({ source, items: [{ id: 'sample-01', text: 'Hi', labels: ['rude'], note: 'x' }] }));
    expect(() => loadDevCorpus(dir)).toThrow(/fu-sample\.json: item 0 \(sample-01\)/);
    writeFileSync(join(dir, 'fu-sample.json'), JSON.stringify({ source, items: [{ id: 'sample-01', text: 'Hi', labels: [], note: 'x' }, { id: 'sample-01', text: 'Yo', labels: [], note: 'y' }] }));
    expect(() => loadDevCorpus(dir)).toThrow(/sample-01.*already used/);
  });
});
