// Size (#9): our content scripts as built (minified by vite) and gzipped,
// against @inboxsdk/core's main bundle, the library most Gmail extensions
// load, minified the same way (it ships unminified) and gzipped at the same
// level. Budgets: under 60 KB gz for the whole content script (Preact and the
// sidebar included), under 25 KB gz for what loads before a compose opens.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { contentScripts, ensureBuilt } from '../lib/build';
import { round } from '../lib/stats';
import type { BenchRow, BenchSuite } from '../types';

const gzKB = (code: string | Buffer) => gzipSync(code, { level: 9 }).length / 1024;
const KB = (code: string | Buffer) => Buffer.byteLength(code) / 1024;

/** Minified bytes per source area of one content script (esbuild's metafile: a close stand-in for vite's bundle, before gzip). */
async function largestModules(entry: string): Promise<{ text: string; composeShare: number }> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true, metafile: true, jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent' });
  const inputs = Object.values(out.metafile.outputs)[0]!.inputs;
  const total = Object.values(inputs).reduce((n, v) => n + v.bytesInOutput, 0);
  const byArea = new Map<string, number>();
  for (const [path, v] of Object.entries(inputs)) {
    const parts = path.split('/');
    const area = parts[0] === 'node_modules' ? parts.slice(0, parts[1]!.startsWith('@') ? 3 : 2).join('/') : parts.slice(0, Math.min(3, parts.length)).join('/');
    byArea.set(area, (byArea.get(area) ?? 0) + v.bytesInOutput);
  }
  const text = [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([area, bytes]) => `${area.replace(/^node_modules\//, '')} ${round(bytes / 1024)} KB (${Math.round((bytes / total) * 100)}%)`).join(', ');
  // What only a compose needs: the tone coach, the sidebar and pre-send UI, and Preact.
  const compose = [...byArea].filter(([area]) => /^src\/core\/tone|^src\/ui\/|preact/.test(area)).reduce((n, [, b]) => n + b, 0);
  return { text, composeShare: compose / total };
}

export default (async ({ quick }) => {
  const dist = ensureBuilt();
  const ours = contentScripts(dist);
  const gmail = ours.find((c) => c.matches.some((m) => m.includes('mail.google.com')));
  const outlook = ours.find((c) => c.matches.some((m) => m.includes('outlook.')));
  if (!gmail || !outlook) throw new Error(`dist/manifest.json declares no Gmail or Outlook content script (${ours.map((c) => c.file).join(', ')})`);

  // The peer: @inboxsdk/core's "main", minified by esbuild (as an extension's bundler would) and gzipped.
  const sdkDir = resolve('node_modules/@inboxsdk/core');
  const sdkPkg = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string; main: string; browser?: string };
  const sdkFile = join(sdkDir, typeof sdkPkg.browser === 'string' ? sdkPkg.browser : sdkPkg.main);
  const sdkRaw = readFileSync(sdkFile, 'utf8');
  const sdkMin = (await transform(sdkRaw, { minify: true, target: 'es2022', logLevel: 'silent' })).code;
  const peer = { name: `@inboxsdk/core ${sdkPkg.version} ${basename(sdkFile)} (esbuild-minified, gz 9)`, median: round(gzKB(sdkMin)) };
  let pageWorld = '';
  try {
    const pw = readFileSync(join(dirname(sdkFile), 'pageWorld.js'));
    pageWorld = `; InboxSDK also injects pageWorld.js into the page: ${round(gzKB(pw))} KB gz as shipped`;
  } catch {
    // older versions ship no separate page-world script
  }

  const rows: BenchRow[] = [];
  for (const [label, cs, entry] of [['Gmail', gmail, 'src/content/gmail.ts'], ['Outlook', outlook, 'src/content/outlook.ts']] as const) {
    const modules = await largestModules(entry).catch((err: Error) => ({ text: `(breakdown unavailable: ${err.message})`, composeShare: NaN }));
    const code = readFileSync(cs.file);
    const gz = round(gzKB(code));
    rows.push({
      name: `size: ${label} content script, whole (${basename(cs.file)})`,
      median: gz,
      unit: 'KB',
      runs: 1,
      budget: '< 60 KB gz',
      withinBudget: gz < 60,
      peer: { ...peer, ratio: round(gz / peer.median, 2) },
      notes: `${round(KB(code))} KB minified by vite, ${gz} KB gzipped (level 9); peer as shipped (unminified) ${round(gzKB(sdkRaw))} KB gz, ${round(KB(sdkMin))} KB minified${pageWorld}` + `. Largest parts, minified, before gzip: ${modules.text}`,
    });
    rows.push({
      name: `size: ${label} content script, loaded before a compose opens`,
      median: gz,
      unit: 'KB',
      runs: 1,
      budget: '< 25 KB gz',
      withinBudget: gz < 25,
      notes:
        'the content script is one IIFE with no code splitting: everything (tone coach, sidebar, pre-send dialog, Preact) loads up front, so this equals the whole script' +
        (Number.isFinite(modules.composeShare) ? `. About ${Math.round(modules.composeShare * 100)}% of the minified script (src/core/tone, src/ui, Preact) serves only an open compose; loaded on demand, roughly ${round(gz * (1 - modules.composeShare))} KB gz would remain up front (a proportional estimate)` : ''),
    });
  }
  return rows;
}) satisfies BenchSuite;
