// Real Chromium for the browser benchmarks: launched with the built extension
// or without it (same flags otherwise, so the two compare), fixture pages
// served at real URLs through context.route, and no network at all.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  /** Set when launched with the extension. */
  extensionId?: string;
  worker(): Promise<Worker>;
  /** Serves `body` for every request whose URL starts with `prefix` (later calls win). */
  serve(prefix: string, body: string | (() => string), contentType?: string): void;
  close(): Promise<void>;
}

/** Launches Chromium; with an extension, retries once when its service worker never shows up. */
export async function launch(options: { extension?: string } = {}): Promise<Browser> {
  try {
    return await launchOnce(options);
  } catch (err) {
    if (!options.extension || !/serviceworker/.test(String(err))) throw err;
    return launchOnce(options);
  }
}

async function launchOnce(options: { extension?: string }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  if (options.extension && !existsSync(join(options.extension, 'manifest.json'))) throw new Error(`No built extension at ${options.extension}`);
  const profile = mkdtempSync(join(tmpdir(), 'followthrough-bench-'));
  const ext = options.extension ? [`--disable-extensions-except=${options.extension}`, `--load-extension=${options.extension}`] : [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...ext],
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const routes: { prefix: string; body: string | (() => string); contentType: string }[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const match = [...routes].reverse().find((r) => url.startsWith(r.prefix));
    if (match) return route.fulfill({ status: 200, contentType: match.contentType, body: typeof match.body === 'function' ? match.body() : match.body });
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  let extensionId: string | undefined;
  if (options.extension) {
    try {
      extensionId = new URL((await worker()).url()).host;
    } catch (err) {
      await close();
      throw err;
    }
  }
  return {
    context,
    ...(extensionId ? { extensionId } : {}),
    worker,
    serve: (prefix, body, contentType = 'text/html; charset=utf-8') => void routes.push({ prefix, body, contentType }),
    close,
  };
}
