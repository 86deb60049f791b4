// Bundles a bench entry for the browser with esbuild (already installed as
// vite's companion): one self-contained IIFE, minified like the product build.
import { build } from 'esbuild';

export async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true, platform: 'browser', logLevel: 'silent', jsx: 'automatic', jsxImportSource: 'preact' });
  return out.outputFiles[0]!.text;
}
