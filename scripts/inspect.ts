// `npm run inspect -- FILE.html [--json] [--url URL] [--outline OUT.html]`:
// what FollowThrough's reader sees on a saved Gmail or Outlook page, or on a
// page outline saved from the extension (#15): the account, list rows, the
// open conversation, compose windows, every field it could not read, and
// which entry of each selector chain matched. A user who reports "it stopped
// working" can run it on a page saved from the browser; `--outline` writes
// that page's redacted outline, which is safe to attach to a report.
// Draft text is never printed (only its length): the output is meant to be shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { ComposeSnapshot, PageReading } from '../src/shared/readings';
import { providers } from '../src/providers';
import type { MailProvider } from '../src/providers/types';
import { isOutline, pageOutline } from '../src/providers/outline';
import { chainReport, type ChainResult } from '../src/providers/selector-report';

const CANONICAL: Record<string, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  outlook: 'https://outlook.office.com/mail/',
};

/** The page's own address: --url, Chrome's "saved from url" comment, or a canonical/base link. */
function savedUrl(html: string, flag: string | undefined): URL | null {
  const raw =
    flag ??
    /<!-- saved from url=\(\d+\)(\S+?) -->/.exec(html)?.[1] ??
    /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i.exec(html)?.[1] ??
    /<base[^>]+href="([^"]+)"/i.exec(html)?.[1];
  try {
    return raw ? new URL(raw) : null;
  } catch {
    return null;
  }
}

/** Without an address, tell Gmail from Outlook by markup both keep stable. */
function sniff(html: string): string | null {
  const gmail = [/gh="tl"/, /class="[^"]*\bhP\b/, /data-legacy-thread-id=/, /g_editable=/, /- Gmail<\/title>/].filter((r) => r.test(html)).length;
  const outlook = [/data-convid=/, /ReadingPaneContainerId/, /UniqueMessageBody/, /data-focusable-row=/, /Outlook<\/title>/].filter((r) => r.test(html)).length;
  if (!gmail && !outlook) return null;
  return gmail >= outlook ? 'gmail' : 'outlook';
}

function pickProvider(html: string, flag: string | undefined): { provider: MailProvider; url: URL; how: string } | null {
  const url = savedUrl(html, flag);
  const byUrl = url && providers.find((p) => p.matches(url));
  if (url && byUrl) return { provider: byUrl, url, how: flag ? '--url' : 'saved address' };
  const id = sniff(html);
  const provider = providers.find((p) => p.id === id);
  return provider ? { provider, url: new URL(CANONICAL[provider.id]!), how: 'page markup' } : null;
}

function chainLines(chains: ChainResult[]): string[] {
  return chains.map((c) =>
    `  ${c.field.padEnd(16)} ${c.matched === null ? `nothing found (tried ${c.tried.join(', ')})` : c.position ? `${c.matched}  (fallback: entry ${c.position + 1} of ${c.tried.length})` : c.matched}`,
  );
}

function text(page: PageReading, composes: (ComposeSnapshot & { draftChars: number })[], how: string, chains: ChainResult[], outline: boolean): string {
  // Local time, as the mail app showed it.
  const d = (t: number | null) => (t === null ? '?' : new Date(t).toLocaleString('sv-SE').slice(0, 16));
  const who = (p: { address: string | null; name: string | null }) => (p.name ? `${p.name} <${p.address ?? '?'}>` : p.address ?? '?');
  const out = [
    ...(outline ? ['page outline: names, addresses, ids and texts are shapes; dates keep their format with every number as 1s', ''] : []),
    `provider: ${page.provider} (by ${how})`,
    `readable: ${page.readable ? 'yes' : "NO — can't read this page"}`,
    `account:  ${page.account ?? '(not found)'}`,
    `view:     ${page.view}`,
  ];
  const rows = page.threads.filter((t) => t.source === 'list');
  out.push('', `list rows: ${rows.length}`);
  for (const t of rows) {
    const s = t.summary!;
    out.push(`  ${s.unread ? '*' : ' '} ${t.threadKey.padEnd(16)}  ${d(s.lastAt)}  ${(t.subject ?? '(no subject)').slice(0, 50).padEnd(50)}  ${s.participants.map(who).join(', ')}${s.count ? ` (${s.count})` : ''}`);
  }
  for (const t of page.threads.filter((x) => x.source !== 'list')) {
    out.push('', `conversation ${t.threadKey}: ${t.subject ?? '(no subject)'}${t.partial ? '  [partial]' : ''}`);
    for (const m of t.messages) {
      out.push(`  ${d(m.at)} (${m.atSource})  ${m.messageId ?? '(no id)'}  from ${who(m.from)}  to ${[...m.to, ...m.cc].map(who).join(', ') || '(none)'}`);
    }
  }
  out.push('', `compose windows: ${composes.length}`);
  for (const c of composes) {
    out.push(`  ${c.kind} ${c.composeId}: to ${c.to.map(who).join(', ') || '(none)'}${c.cc.length ? `; cc ${c.cc.map(who).join(', ')}` : ''}; subject ${JSON.stringify(c.subject)}; thread ${c.threadKey ?? '-'}; draft ${c.draftChars} characters`);
  }
  out.push('', `could not read: ${page.problems.length ? '' : 'nothing'}`);
  for (const p of page.problems) out.push(`  ${p.field}: ${p.detail}`);
  out.push('', 'selectors that matched:');
  for (const [field, entry] of Object.entries(page.matched ?? {})) out.push(`  ${field.padEnd(14)} ${entry}`);
  out.push('', 'selector chains (first entry found anywhere on the page):', ...chainLines(chains));
  return out.join('\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const valueOf = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const flagUrl = valueOf('--url');
  const outlineTo = valueOf('--outline');
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url' && argv[i - 1] !== '--outline');
  if (!file) {
    console.error('usage: npm run inspect -- FILE.html [--json] [--url https://mail.google.com/mail/u/0/] [--outline OUT.html]');
    return 2;
  }
  const html = readFileSync(file, 'utf8');
  const chosen = pickProvider(html, flagUrl);
  if (!chosen) {
    console.error(`${file}: neither a Gmail nor an Outlook page (no known markup); pass --url to choose.`);
    return 1;
  }
  const window = new Window({
    url: chosen.url.href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  if (outlineTo) {
    const made = pageOutline(doc, chosen.provider.id);
    writeFileSync(outlineTo, made.html);
    console.error(`wrote the page outline to ${outlineTo} (${made.elements} elements${made.cut ? `, ${made.cut} cut` : ''}, ${made.html.length} characters)`);
  }
  const page = chosen.provider.readPage(doc, Date.now());
  const composes = chosen.provider.findComposes(doc).map((c) => ({ ...c.snapshot(), draftChars: c.draftText().length }));
  const chains = chainReport(doc, chosen.provider.id);
  const outline = isOutline(html);
  console.log(json ? JSON.stringify({ provider: chosen.provider.id, detectedBy: chosen.how, outline, page, composes, chains }, null, 2) : text(page, composes, chosen.how, chains, outline));
  void window.happyDOM.close();
  return page.readable ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
