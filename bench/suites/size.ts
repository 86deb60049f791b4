// Size (#9): our content scripts as built (minified by vite) and gzipped,
// against @inboxsdk/core's main bundle, the library most Gmail extensions
// load, minified the same way (it ships unminified) and gzipped at the same
// level. Budgets: under 60 KB gz for the whole content script (Preact and the
// sidebar included), under 25 KB gz for what loads before a compose opens.
// The content script declared in the manifest is what loads up front; the
// compose UI (tone coach, sidebar, pre-send dialog, Preact) is injected only
// once a compose window opens, so "whole" is the two together.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { COMPOSE_UI_FILE } from '../../src/content/compose-ui-api';
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

  // The compose UI, injected by the background when the first compose window opens (not in the manifest).
  const composeUiFile = join(dist, COMPOSE_UI_FILE);
  if (!existsSync(composeUiFile)) throw new Error(`dist/ has no compose UI bundle at ${COMPOSE_UI_FILE}`);
  const composeUi = readFileSync(composeUiFile);
  const uiGz = round(gzKB(composeUi));
  const uiModules = await largestModules('src/content/compose-ui.ts').catch((err: Error) => ({ text: `(breakdown unavailable: ${err.message})`, composeShare: NaN }));

  const rows: BenchRow[] = [];
  for (const [label, cs, entry] of [['Gmail', gmail, 'src/content/gmail.ts'], ['Outlook', outlook, 'src/content/outlook.ts']] as const) {
    const modules = await largestModules(entry).catch((err: Error) => ({ text: `(breakdown unavailable: ${err.message})`, composeShare: NaN }));
    const code = readFileSync(cs.file);
    const gz = round(gzKB(code));
    const whole = round(gz + uiGz);
    rows.push({
      name: `size: ${label} content script, whole (${basename(cs.file)} + ${basename(COMPOSE_UI_FILE)})`,
      median: whole,
      unit: 'KB',
      runs: 1,
      budget: '< 60 KB gz',
      withinBudget: whole < 60,
      peer: { ...peer, ratio: round(whole / peer.median, 2) },
      notes: `${gz} KB gz up front + ${uiGz} KB gz compose UI, each gzipped on its own (level 9; they load separately); ${round(KB(code) + KB(composeUi))} KB minified by vite; peer as shipped (unminified) ${round(gzKB(sdkRaw))} KB gz, ${round(KB(sdkMin))} KB minified${pageWorld}`,
    });
    rows.push({
      name: `size: ${label} content script, loaded before a compose opens (${basename(cs.file)})`,
      median: gz,
      unit: 'KB',
      runs: 1,
      budget: '< 25 KB gz',
      withinBudget: gz < 25,
      notes: `the manifest's content script alone (page reading, messaging, the send interception); ${round(KB(code))} KB minified. Largest parts, minified, before gzip: ${modules.text}`,
    });
  }
  rows.push({
    name: `size: compose UI, injected when the first compose opens (${basename(COMPOSE_UI_FILE)})`,
    median: uiGz,
    unit: 'KB',
    runs: 1,
    notes: `shared by Gmail and Outlook; ${round(KB(composeUi))} KB minified by vite, ${uiGz} KB gzipped (level 9). Largest parts, minified, before gzip: ${uiModules.text}`,
  });
  return rows;
}) satisfies BenchSuite;
