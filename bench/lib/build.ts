// The built extension for the browser benchmarks and the size suite: dist/,
// rebuilt with `vite build` when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve('dist');
const SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds dist/ when missing or stale; returns its path. Throws with vite's own words when the build fails. */
export function ensureBuilt(): string {
  const manifest = join(DIST, 'manifest.json');
  const sources = Math.max(...SOURCES.map((p) => newestMtime(resolve(p))));
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= sources) return DIST;
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { encoding: 'utf8', env: process.env });
  if (r.status !== 0 || !existsSync(manifest)) {
    const why = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn')).slice(0, 6).join(' / ');
    throw new Error(`vite build failed, so the extension cannot be measured: ${why}`);
  }
  return DIST;
}

export interface ContentScript {
  matches: string[];
  file: string;
}

/** The content scripts as the built manifest declares them. */
export function contentScripts(dist = DIST): ContentScript[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { matches: string[]; js?: string[] }[] };
  return (manifest.content_scripts ?? []).flatMap((cs) => (cs.js ?? []).map((file) => ({ matches: cs.matches, file: join(dist, file) })));
}

function complete(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
    const worker = m.background?.service_worker;
    return !!worker && existsSync(join(dir, worker)) && contentScripts(dir).every((c) => existsSync(c.file)) && existsSync(join(dir, 'src/ui/popup/index.html'));
  } catch {
    return false;
  }
}

/**
 * A private copy of the built extension for one browser run: others rebuild
 * dist/ in the same checkout (vite empties it first), which would pull the
 * files from under a running Chromium. Call `remove` when done.
 */
export async function extensionCopy(): Promise<{ dir: string; remove: () => void }> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const dist = ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'followthrough-bench-ext-'));
    try {
      cpSync(dist, dir, { recursive: true });
    } catch {
      // dist/ changed while copying: try again
    }
    if (complete(dir)) return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 3_000)); // a build in progress elsewhere
  }
  throw new Error('dist/ stayed incomplete (a build running elsewhere?): could not copy the built extension');
}
