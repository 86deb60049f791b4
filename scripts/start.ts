// `npm start`: opens Chromium (Debian's, or CHROMIUM_PATH) with the built
// extension loaded on the demo mailbox, served at the real Gmail and Outlook
// addresses with no network. With a display it stays open for you to click
// around; without one it runs headless, saves screenshots of the mail page and
// the popup, and prints their paths.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyDemoSettings } from '../test/fixtures/demo/apply-settings';
import { demoMailbox, breakupDraft } from '../test/fixtures/demo/mailbox';
import { gmailPage } from '../test/fixtures/gmail/build-page';
import { outlookPage } from '../test/fixtures/outlook/build-page';

const dist = resolve('dist');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = resolve('test/artifacts/demo');
const GMAIL = 'https://mail.google.com/mail/u/0/';

async function main(): Promise<void> {
  const now = Date.now();
  const mailbox = demoMailbox(now, { behave: { undoSeconds: 5 } });
  const profile = mkdtempSync(join(tmpdir(), 'followthrough-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  // The demo pages: one Gmail address per thread (?demo=<id>), the inbox, and
  // the break-up draft; Outlook shows the same studio's work account.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname === 'mail.google.com') {
      const open = url.searchParams.get('demo') ?? undefined;
      const compose = url.searchParams.get('draft') === 'breakup' ? breakupDraft : undefined;
      const body = gmailPage({ ...mailbox, ...(open ? { openThreadId: open } : {}), ...(compose ? { compose, openThreadId: compose.threadId } : {}) });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    if (url.hostname.startsWith('outlook.')) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: outlookPage({ ...mailbox, openThreadId: mailbox.threads[0]!.id }, { host: url.hostname as 'outlook.office.com' }) });
    }
    return route.abort('blockedbyclient');
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  // The demo's settings first (so "due today" shows at any hour, see mailbox.ts).
  await page.goto(`chrome-extension://${id}/src/ui/options/index.html`);
  await applyDemoSettings(page);
  // Open each conversation once, as a user going through their mail would.
  for (const thread of mailbox.threads) {
    await page.goto(`${GMAIL}?demo=${thread.id}#inbox/${thread.id}`);
    await page.waitForTimeout(1200);
  }
  await page.goto(`${GMAIL}?draft=breakup#inbox/${breakupDraft.threadId}`);
  await page.waitForTimeout(1500);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${id}/src/ui/popup/index.html`);
  await popup.waitForTimeout(1000);
  const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));

  if (headless) {
    mkdirSync(outDir, { recursive: true });
    const mailShot = join(outDir, 'mail.png');
    const popupShot = join(outDir, 'popup.png');
    await page.screenshot({ path: mailShot });
    await popup.screenshot({ path: popupShot });
    console.log(`FollowThrough demo (headless): badge shows "${badge}".`);
    console.log(`  mail page: ${mailShot}`);
    console.log(`  popup:     ${popupShot}`);
    await context.close();
  } else {
    await page.bringToFront();
    console.log(`FollowThrough demo is open: badge shows "${badge}". The popup is in the second tab. Close the browser to end.`);
    await new Promise<void>((done) => context.on('close', () => done()));
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
