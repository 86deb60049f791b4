// What a hostile mail page can learn of us (#17), in real Chromium with the
// built extension. The page carries CSS meant to restyle and measure our
// sidebar (`* { all: unset; height: auto !important }`, a width, contain and
// display forced on our host, @font-face probes for digits, letters and even
// for the generic family names) and scripts that listen for every event type
// on window and document, watch the body with a MutationObserver, and read
// our host's box, computed style, hit-testing and document.fonts. The same
// page, byte for byte, is opened once with the recipient's timeline holding
// 1 touch and once holding 30: everything the page observed must be identical,
// while the sidebar itself (read through DevTools) shows the two timelines.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { demoAccount, demoPeople } from '../fixtures/demo/mailbox';
import { gmailPage } from '../fixtures/gmail/build-page';
import type { FixtureMailbox, FixtureThread } from '../fixtures/mailbox';
import { GMAIL, launch, screenshot, shadowContent, storeRows, type Session } from './harness';

const D = 86_400_000;
let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const PROBE_FONT = 'https://probe.example/font';

/** The page's own CSS and scripts: all of it runs before our content script (document_idle). */
const probe = `<style>
@font-face { font-family: "probe-digit"; src: url(${PROBE_FONT}/digit.woff2); unicode-range: U+0030-0039; }
@font-face { font-family: "probe-letter"; src: url(${PROBE_FONT}/letter.woff2); unicode-range: U+0041-005A, U+0061-007A; }
@font-face { font-family: "system-ui"; src: url(${PROBE_FONT}/system-ui.woff2); }
@font-face { font-family: "sans-serif"; src: url(${PROBE_FONT}/sans-serif.woff2); }
@font-face { font-family: "Roboto"; src: url(${PROBE_FONT}/roboto.woff2); }
* { all: unset; height: auto !important; font-family: probe-digit, probe-letter, sans-serif !important; }
followthrough-sidebar, followthrough-presend { display: block !important; width: auto !important; height: auto !important; min-height: 0 !important; contain: none !important; position: static !important; font-family: probe-digit, probe-letter !important; --ft-font: probe-digit !important; }
</style><script>(function () {
  var log = [];
  window.__probe = { log: log };
  var types = {};
  [window, document, Element.prototype, HTMLElement.prototype].forEach(function (o) { for (var k in o) if (k.indexOf('on') === 0) types[k.slice(2)] = 1; });
  ['followthrough:context', 'followthrough:refresh', 'followthrough:sent', 'DOMNodeInserted', 'DOMSubtreeModified', 'focusin', 'focusout'].forEach(function (t) { types[t] = 1; });
  var name = function (t) { return t && t.nodeType === 1 ? t.localName : t === document ? '#document' : t === window ? '#window' : String(t && t.nodeName); };
  Object.keys(types).forEach(function (type) {
    [window, document].forEach(function (target) {
      // pagereveal fires at the first rendering opportunity, before or after the body's first mutations as the frame timing falls: the browser's clock, not ours.
      target.addEventListener(type, function (e) { if (type !== 'pagereveal') log.push('event ' + type + ' @' + name(target) + ' on ' + name(e.target) + (e.composed ? ' composed' : '')); }, true);
    });
  });
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      var added = [].map.call(r.addedNodes, name).join(',');
      var removed = [].map.call(r.removedNodes, name).join(',');
      log.push('mutation ' + r.type + ' ' + name(r.target) + (r.attributeName ? ' [' + r.attributeName + '=' + r.target.getAttribute(r.attributeName) + ']' : '') + (added ? ' +' + added : '') + (removed ? ' -' + removed : ''));
    });
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.fonts) ['loading', 'loadingdone', 'loadingerror'].forEach(function (t) { document.fonts.addEventListener(t, function (e) { log.push('fonts ' + t + ' ' + (e.fontfaces || []).map(function (f) { return f.family; }).join(',')); }); });
  window.__probe.measure = function () {
    var host = document.querySelector('followthrough-sidebar');
    var out = { host: !!host };
    if (host) {
      var r = host.getBoundingClientRect();
      var cs = getComputedStyle(host);
      out.rect = [r.top, r.left, r.width, r.height];
      out.offset = [host.offsetTop, host.offsetLeft, host.offsetWidth, host.offsetHeight, host.clientHeight, host.scrollHeight, host.scrollWidth];
      out.style = ['display', 'position', 'width', 'height', 'contain', 'font-family', 'font-size', 'line-height', 'overflow'].map(function (p) { return p + ':' + cs.getPropertyValue(p); });
      out.attributes = host.getAttributeNames();
      out.shadowRoot = host.shadowRoot === null ? 'hidden' : 'open';
      out.children = host.childNodes.length;
      var hits = [];
      for (var i = 1; i < 5; i++) for (var j = 1; j < 5; j++) { var el = document.elementFromPoint(r.left + (r.width * i) / 5, r.top + (r.height * j) / 5); hits.push(el ? el.localName : null); }
      out.hits = hits;
    }
    out.fonts = document.fonts ? { size: document.fonts.size, status: document.fonts.status, faces: [].map.call(document.fonts, function (f) { return f.family + ':' + f.status; }), digit: document.fonts.check('13px probe-digit', '0123456789'), letter: document.fonts.check('13px probe-letter', 'abc') } : null;
    out.resources = performance.getEntriesByType('resource').map(function (e) { return e.name; }).sort();
    out.bodyHeight = document.body.scrollHeight;
    return out;
  };
})();</script>`;

/** N emails from the user to Dana over the last weeks, none answered. */
function danaThread(n: number, now: number): FixtureThread {
  return {
    id: '19a4c0de000000d1',
    subject: 'Brand refresh for BrightPath',
    messages: Array.from({ length: n }, (_, i) => ({ id: `19a4c0de00d1${(0x1000 + i).toString(16)}`, from: demoAccount, to: [demoPeople.dana], at: now - (2 + 2 * (n - i)) * D, body: `Hi Dana,\n\nNote ${i + 1} about the refresh.\n\nSam` })),
  };
}

/** The probe page: the same bytes whatever the store holds (a new message to Dana, no conversation open). */
function probePage(now: number): string {
  const mailbox: FixtureMailbox = {
    account: demoAccount,
    threads: [],
    now,
    lang: 'en',
    compose: { kind: 'new', to: [demoPeople.dana], subject: 'A quick idea', body: 'Hi Dana,\n\nI sketched the homepage idea we talked about. Would Thursday at 2pm work?\n\nSam' },
  };
  return gmailPage(mailbox).replace('</head>', `${probe}</head>`);
}

async function observe(touches: number, now: number): Promise<{ seen: unknown; stray: string[]; sidebar: { touches: number; text: string } }> {
  s = await launch();
  // First the mailbox the timeline comes from, read as the user opens the thread.
  s.serve(GMAIL, gmailPage({ account: demoAccount, threads: [danaThread(touches, now)], openThreadId: '19a4c0de000000d1', now, lang: 'en' }));
  const reading = await s.context.newPage();
  await reading.goto(`${GMAIL}#inbox/19a4c0de000000d1`);
  await expect.poll(async () => (await storeRows<{ direction: string }>(s!, 'touches')).length, { timeout: 15_000 }).toBe(touches);
  await reading.close();

  const html = probePage(now);
  s.serve(`${GMAIL}?probe`, html);
  const page: Page = await s.context.newPage();
  await page.goto(`${GMAIL}?probe=1#inbox`);
  await page.waitForFunction(() => document.querySelector('followthrough-sidebar') !== null, undefined, { timeout: 15_000 });
  const at = async (ms: number) => {
    await page.waitForTimeout(ms);
    return page.evaluate(() => (window as unknown as { __probe: { measure(): unknown } }).__probe.measure());
  };
  const early = await at(200);
  const later = await at(2500);
  const log = await page.evaluate(() => (window as unknown as { __probe: { log: string[] } }).__probe.log);
  const inside = await shadowContent(page, 'followthrough-sidebar');
  await screenshot(page, `page-probe-${touches}-touches`);
  return {
    // Every observation, as a multiset: the browser fires its own window events (device sensors, lifecycle) at
    // frame-timed moments, so only the order of what touches the document (mutations) is compared as a sequence.
    seen: { early, later, all: [...log].sort(), mutations: log.filter((l) => l.startsWith('mutation ')) },
    stray: [...s.strayRequests].sort(),
    sidebar: { touches: inside.testIds.filter((t) => t === 'timeline-touch').length, text: inside.text },
  };
}

describe('what the page can learn of the sidebar (#17)', () => {
  it('observes exactly the same with a timeline of 1 touch and of 30 touches', async () => {
    const now = Date.now();
    const one = await observe(1, now);
    await s!.close();
    s = undefined;
    const thirty = await observe(30, now);

    // The sidebar really showed two different timelines...
    expect(one.sidebar.touches).toBe(1);
    expect(thirty.sidebar.touches).toBeGreaterThan(1);
    expect(one.sidebar.text).not.toBe(thirty.sidebar.text);
    // ...and it was there to be probed: on the page, with a box.
    const later = (one.seen as { later: { host: boolean; rect: number[] } }).later;
    expect(later.host).toBe(true);
    expect(later.rect[2]).toBeGreaterThan(0);
    expect(later.rect[3]).toBeGreaterThan(0);

    // Everything the page saw, heard and measured is the same.
    expect(thirty.seen).toEqual(one.seen);
    expect(thirty.stray).toEqual(one.stray);
    // The page's own text loads its digit and letter probes; the families only we name (system-ui)
    // or used to name (Roboto) were never asked for: our text is drawn in generic families the page cannot claim.
    expect(one.stray.filter((u) => /system-ui|roboto/.test(u))).toEqual([]);
    console.info(`page probe: ${(one.seen as { all: string[] }).all.length} observations, identical for 1 and ${thirty.sidebar.touches} timeline entries`);
  });
});
