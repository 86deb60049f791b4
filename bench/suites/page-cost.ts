// Page cost (#9): what our content script adds to the mail page, in real
// Chromium, with and without the built extension in the same run. Two
// browsers with the same flags (one loads the extension), the same fixture
// pages served at the real URLs, loads alternating between them. Per load:
// ScriptDuration and TaskDuration from CDP Performance.getMetrics (the page's
// renderer main thread, content-script worlds included; the service worker's
// work is not), and JSHeapUsedSize after the script settled and a forced GC.
import { gmailPage } from '../../test/fixtures/gmail/build-page';
import { bigMailbox as gmailMailbox } from '../../test/fixtures/gmail/sample-mailbox';
import { outlookPage } from '../../test/fixtures/outlook/build-page';
import { bigMailbox as outlookMailbox } from '../../test/fixtures/outlook/sample-mailbox';
import { launch, type Browser } from '../lib/browser';
import { extensionCopy } from '../lib/build';
import { measureLoad, type PageLoad } from '../lib/page-metrics';
import { median, round } from '../lib/stats';
import type { BenchRow, BenchSuite } from '../types';

interface Fixture {
  label: string;
  origin: string;
  url: string;
  html: string;
}

function fixtures(quick: boolean): Fixture[] {
  const rows = quick ? 20 : 80;
  const inbox = gmailMailbox(rows, 3, false);
  const conv = gmailMailbox(rows, quick ? 5 : 20, true);
  const outlook = outlookMailbox(rows, quick ? 5 : 20);
  const gmail = 'https://mail.google.com/mail/u/0/';
  const all = [
    { label: `Gmail inbox (${rows} threads)`, origin: gmail, url: `${gmail}#inbox`, html: gmailPage(inbox) },
    { label: `Gmail conversation (${conv.threads[0]!.messages.length} messages, ${rows}-thread list behind)`, origin: gmail, url: `${gmail}#inbox/${conv.openThreadId}`, html: gmailPage(conv) },
    { label: `Outlook inbox + reading pane (${rows} threads, ${outlook.threads[0]!.messages.length}-message conversation)`, origin: 'https://outlook.office.com/', url: `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(outlook.openThreadId!)}`, html: outlookPage(outlook) },
  ];
  // Smoke mode: the conversation pages only, which exercise both readers.
  return quick ? all.slice(1) : all;
}

export default (async ({ quick }) => {
  const loads = quick ? 0 : 6;
  const settleMs = quick ? 500 : 1500;
  const ext = await extensionCopy();
  const dist = ext.dir;
  let withExt: Browser | undefined;
  let without: Browser | undefined;
  const rows: BenchRow[] = [];
  try {
    withExt = await launch({ extension: dist });
    without = await launch();
    for (const f of fixtures(quick)) {
      for (const b of [withExt, without]) b.serve(f.origin, f.html);
      // A warm-up load in each (not counted in full runs; the only load in quick mode) proves the
      // content script runs where it should, and only there.
      const warmWith = await measureLoad(withExt.context, f.url, settleMs, true);
      const warmWithout = await measureLoad(without.context, f.url, settleMs, true);
      if (!warmWith.worlds.includes('FollowThrough')) throw new Error(`${f.label}: FollowThrough's content script did not run (isolated worlds: ${warmWith.worlds.join(', ') || 'none'})`);
      if (warmWithout.worlds.length) throw new Error(`${f.label}: a content script ran without the extension (${warmWithout.worlds.join(', ')})`);
      const a: PageLoad[] = quick ? [warmWith] : [];
      const b: PageLoad[] = quick ? [warmWithout] : [];
      for (let i = 0; i < loads; i++) {
        // Alternate which goes first, so drift on a shared machine falls on both.
        if (i % 2 === 0) {
          a.push(await measureLoad(withExt.context, f.url, settleMs));
          b.push(await measureLoad(without.context, f.url, settleMs));
        } else {
          b.push(await measureLoad(without.context, f.url, settleMs));
          a.push(await measureLoad(withExt.context, f.url, settleMs));
        }
      }
      const stat = (xs: PageLoad[], k: keyof Omit<PageLoad, 'worlds'>) => median(xs.map((x) => x[k]));
      const spread = (xs: PageLoad[], k: keyof Omit<PageLoad, 'worlds'>, d = 1): [number, number] => [round(Math.min(...xs.map((x) => x[k])), d), round(Math.max(...xs.map((x) => x[k])), d)];
      const sWith = stat(a, 'scriptMs');
      const sWithout = stat(b, 'scriptMs');
      const tWith = stat(a, 'taskMs');
      const tWithout = stat(b, 'taskMs');
      const added = sWith - sWithout;
      const pct = sWithout > 0 ? (added / sWithout) * 100 : NaN;
      const pairedAdded = median(a.map((x, i) => x.scriptMs - b[i]!.scriptMs));
      const base =
        sWithout > 0
          ? `+${round(added, 1)} ms (+${round(pct, 0)}%) ScriptDuration. The fixture page runs almost no script of its own (real webmail runs seconds of it), so the % is over a near-zero base: read the absolute ms added`
          : `+${round(added, 1)} ms ScriptDuration over a page that runs no script at all (0 ms without the extension), so a % is undefined and the budget is not judged here: it holds on a real page that itself scripts more than ${round(added * 20, 0)} ms during load (20× the added time), which is an inference, not a measurement`;
      rows.push({
        name: `page cost: ${f.label}, scripting time with the extension`,
        median: round(sWith, 1),
        unit: 'ms',
        spread: spread(a, 'scriptMs'),
        runs: a.length,
        budget: '< 5% more scripting time',
        ...(sWithout > 0 ? { withinBudget: pct < 5, peer: { name: 'same page without the extension', median: round(sWithout, 1), ratio: round(sWith / sWithout, 2) } } : {}),
        notes: `${base}; median of paired differences +${round(pairedAdded, 1)} ms; TaskDuration (all main-thread tasks: parse, style, layout, script) ${round(tWith, 0)} vs ${round(tWithout, 0)} ms without (+${round(tWith - tWithout, 0)} ms)`,
      });
      const hWith = stat(a, 'heapMB');
      const hWithout = stat(b, 'heapMB');
      rows.push({
        name: `page cost: ${f.label}, JS heap with the extension`,
        median: round(hWith, 2),
        unit: 'MB',
        spread: spread(a, 'heapMB', 2),
        runs: a.length,
        budget: '< 10 MB more memory',
        withinBudget: hWith - hWithout < 10,
        peer: { name: 'same page without the extension', median: round(hWithout, 2), ratio: round(hWith / hWithout, 2) },
        notes: `+${round(hWith - hWithout, 2)} MB JSHeapUsedSize, read ${settleMs} ms after load and a forced GC (the content script's isolated world shares the page's V8 heap)`,
      });
    }
    return rows;
  } finally {
    await withExt?.close();
    await without?.close();
    ext.remove();
  }
}) satisfies BenchSuite;
