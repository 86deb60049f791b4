// src/core is pure: no browser API, no DOM. Its own tsconfig has no DOM lib,
// so any use fails to compile; this test also refuses imports from outside the
// core and the browser globals by name, with a message that says where.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = /\b(?:window|document|chrome|browser|navigator|localStorage|indexedDB|fetch|XMLHttpRequest|HTMLElement|MutationObserver)\s*[.(]/;

describe('the pure core', () => {
  const sources = files('src/core');
  it('has sources', () => expect(sources.length).toBeGreaterThan(5));
  for (const file of sources) {
    it(`${relative('src/core', file)} uses no browser API and imports nothing outside the core`, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code).not.toMatch(FORBIDDEN);
      for (const m of code.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1]!;
        expect(spec.startsWith('.') ? !join(file, '..', spec).startsWith('src/core') : true, `${file} imports ${spec}`).toBe(false);
      }
    });
  }
});
