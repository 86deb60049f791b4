// Launches the Firefox build (dist-firefox/) in Debian's firefox-esr over
// WebDriver BiDi (puppeteer-core; no geckodriver) as a temporary add-on, and
// serves fixture mail pages at the real mail URLs: every other request from a
// mail tab is refused and recorded.
//
// Firefox differs from Chromium in two ways that shape this file:
// - the background is not exposed over BiDi, so the badge and IndexedDB are
//   read from an extension page, which has the full `browser.*` API and shares
//   the background's database;
// - Firefox sends no navigation events for moz-extension:// tabs, so those
//   pages are opened with a raw `browsingContext.navigate` and polled until ready.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync } from 'node:fs';
import { readStore } from '../e2e/read-store';
import { join, resolve } from 'node:path';

export const DIST_FIREFOX = resolve('dist-firefox');
export const ARTIFACTS = resolve('test/artifacts');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'followthrough@northwind-studio.com';
/** Fixed through the `extensions.webextensions.uuids` pref, so extension pages have a known address. */
export const EXTENSION_UUID = '6f1e0c2a-9b4d-4e57-8a3c-2d5b7f90e1a4';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface Session {
  browser: Browser;
  /** Every request a mail tab made that was not to a served fixture. */
  strayRequests: string[];
  /** Serves `html` for every request whose URL starts with `prefix` (later calls win). */
  serve(prefix: string, html: string): void;
  /** A new tab that only sees served fixtures. */
  mailPage(): Promise<Page>;
  /** An extension page (the path inside dist-firefox/), ready for `browser.*` calls. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * libfaketime (Debian's 0.9.10) hangs Firefox at start, even with no offset,
 * so under `faketime` Firefox runs on the real clock: tests take "now" from
 * the browser (`browserNow`) so their fixtures and checks agree with the
 * extension's clock either way (#14).
 */
function withoutFakedClock(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || k.startsWith('FAKETIME') || k === 'DONT_FAKE_MONOTONIC') continue;
    if (k === 'LD_PRELOAD') {
      const kept = v.split(/[: ]/).filter((lib) => lib && !lib.includes('faketime')).join(':');
      if (kept) out[k] = kept;
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** The browser's own clock (the one the extension reads). */
export async function browserNow(s: Session): Promise<number> {
  const page = await s.browser.newPage();
  try {
    return await page.evaluate(() => Date.now());
  } finally {
    await page.close();
  }
}

export async function launch(): Promise<Session> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No Firefox build at ${DIST_FIREFOX}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: withoutFakedClock(process.env),
    defaultViewport: { width: 1280, height: 800 },
    // Lets BiDi reach moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Host permissions of MV3 add-ons are granted at install on ESR 128+; say so in case a default changes.
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    const id = await browser.installExtension(DIST_FIREFOX);
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  const routes: { prefix: string; html: string }[] = [];
  const strayRequests: string[] = [];
  return {
    browser,
    strayRequests,
    serve: (prefix, html) => void routes.push({ prefix, html }),
    async mailPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = req.url();
        const match = [...routes].reverse().find((r) => url.startsWith(r.prefix));
        if (match) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: match.html });
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('moz-extension:')) return void req.continue();
        // The browser's own favicon probe, not the page or the extension.
        if (new URL(url).pathname === '/favicon.ico') return void req.respond({ status: 404, body: '' });
        strayRequests.push(url);
        return void req.abort('blockedbyclient');
      });
      return page;
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      // page.goto would wait forever for a load event Firefox never reports here.
      const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await connection.send('browsingContext.navigate', { context, url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none' });
      await poll(
        () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' && typeof (globalThis as { browser?: unknown }).browser === 'object'),
        (ready) => ready === true,
        10_000,
        `extension page ${path} did not load`,
      );
      return page;
    },
    close: () => browser.close(),
  };
}

/** Calls `read` until `done` accepts its result (errors while a page is loading count as not yet). */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} (last value ${JSON.stringify(last)}${lastError ? `, last error ${String(lastError)}` : ''})`);
}

declare const browser: { action: { getBadgeText(details: object): Promise<string> } };

export function badgeText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() => browser.action.getBadgeText({}));
}

/** Waits until the badge shows `expected` (the content script reads, the background stores, then the badge changes). */
export async function waitForBadge(extensionPage: Page, expected: string, timeoutMs = 15_000): Promise<void> {
  await poll(() => badgeText(extensionPage), (t) => t === expected, timeoutMs, `badge never showed "${expected}"`);
}

/** Reads a whole object store of the extension's database ('followthrough') from an extension page. */
export function storeRows<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(readStore, store) as Promise<T[]>;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path: file });
  return file;
}

export const GMAIL = 'https://mail.google.com/mail/u/0/';
