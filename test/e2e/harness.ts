// Launches the built extension in real Chromium and serves fixture mail pages
// at the real mail URLs (no network: every other request is refused and
// recorded, so a test can prove nothing left the browser).
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readStore } from './read-store';
import { join, resolve } from 'node:path';

export const DIST = resolve('dist');
export const ARTIFACTS = resolve('test/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  /** Every request the browser made that was not to a served fixture or the extension itself. */
  strayRequests: string[];
  /** Serves `html` for every request whose URL starts with `prefix` (later calls win). */
  serve(prefix: string, html: string | (() => string)): void;
  close(): Promise<void>;
}

export async function launch(options: { dist?: string } = {}): Promise<Session> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension at ${dist}: run \`npm run build\` first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium).`);
  const profile = mkdtempSync(join(tmpdir(), 'followthrough-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  const routes: { prefix: string; html: string | (() => string) }[] = [];
  const strayRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const match = [...routes].reverse().find((r) => url.startsWith(r.prefix));
    if (match) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: typeof match.html === 'function' ? match.html() : match.html });
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    strayRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    strayRequests,
    serve: (prefix, html) => void routes.push({ prefix, html }),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function badgeText(s: Session): Promise<string> {
  const w = await s.worker();
  return w.evaluate(() => chrome.action.getBadgeText({}));
}

export async function badgeColor(s: Session): Promise<number[]> {
  const w = await s.worker();
  return w.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
}

/** Waits until the badge shows `expected` (the content script reads, the background stores, then the badge changes). */
export async function waitForBadge(s: Session, expected: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = await badgeText(s);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`badge is "${last}", expected "${expected}"`);
}

/** Reads a whole object store of the extension's database from the service worker. */
export async function storeRows<T = Record<string, unknown>>(s: Session, store: string): Promise<T[]> {
  const w = await s.worker();
  return w.evaluate(readStore, store) as Promise<T[]>;
}

export async function openExtensionPage(s: Session, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export const GMAIL = 'https://mail.google.com/mail/u/0/';
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * What is inside a host's shadow root, closed ones included. The page's own
 * scripts cannot see into a closed root; DevTools can, so tests read it here.
 */
export async function shadowContent(page: Page, hostTag: string): Promise<{ text: string; tags: string[]; testIds: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out = { text: '', tags: [] as string[], testIds: [] as string[] };
    const walk = (n: CdpNode, inside: boolean) => {
      if (inside) {
        if (n.nodeType === 3) out.text += n.nodeValue ?? '';
        if (n.nodeType === 1 && n.localName) {
          out.tags.push(n.localName);
          const attrs = n.attributes ?? [];
          const at = attrs.indexOf('data-testid');
          if (at >= 0 && attrs[at + 1]) out.testIds.push(attrs[at + 1]!);
        }
      }
      for (const c of n.children ?? []) walk(c, inside);
      for (const r of n.shadowRoots ?? []) walk(r, inside || n.localName === hostTag);
    };
    walk(root, false);
    return out;
  } finally {
    await cdp.detach();
  }
}
