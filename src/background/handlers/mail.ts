// Handlers for what the content scripts report: page readings, sends, the
// compose window's context and "sleep on it".
import { counterpartVerdict } from '../../core/counterpart';
import { ingestReading, ingestSent } from '../../db/ingest';
import { toneContextFor } from '../../core/cadence';
import { statusOf, viewOf } from '../../db/queries';
import { touchesForEngine } from '../../db/prospects';
import type { ParsedPayload } from '../../shared/protocol';
import type { ComposeSnapshot } from '../../shared/readings';
import type { ComposeContext } from '../../shared/views';
import { refreshBadge } from '../badge';
import { mailBase } from '../thread-url';
import { db, ingestContext, loadSettings } from '../context';
import { scheduleSleepOnIt } from '../reminders';
import type { HandlerContext } from '../router';

/**
 * A pop-out compose window shows no account of its own (Outlook): take the
 * account of that provider seen most recently in a mail tab.
 */
async function withAccount<T extends { compose: ComposeSnapshot }>(payload: T): Promise<T> {
  if (payload.compose.account) return payload;
  const accounts = (await db.accounts.toArray()).filter((a) => a.provider === payload.compose.provider).sort((a, b) => b.lastSeen - a.lastSeen);
  return accounts[0] ? { ...payload, compose: { ...payload.compose, account: accounts[0].address } } : payload;
}

async function mayRecord(ctx: HandlerContext): Promise<boolean> {
  if (!ctx.sender.tab?.incognito) return true;
  return (await loadSettings()).recordIncognito;
}

export async function onReading({ reading, url }: ParsedPayload<'page/reading'>, ctx: HandlerContext) {
  if (!(await mayRecord(ctx))) return { recorded: false, reason: 'incognito' };
  const now = Date.now();
  const key = `${reading.provider}:${reading.account ?? '?'}`;
  // The popup shows the plain sentence; which selectors were tried is for `npm run inspect`.
  const first = reading.problems[0]?.detail.replace(/\s*\(tried[^)]*\)/g, '').trim();
  const detail = reading.readable ? '' : (first || `Can't read this ${reading.provider === 'gmail' ? 'Gmail' : 'Outlook'} page`).slice(0, 300);
  await db.pageHealth.put({ key, provider: reading.provider, account: reading.account, readable: reading.readable, detail, at: now });
  const ingest = await ingestContext(now);
  const changed = await ingestReading(db, reading, ingest);
  const base = mailBase(url);
  if (reading.account && reading.readable && base) await db.accounts.update(reading.account, { base });
  await refreshBadge(now);
  return { recorded: true, prospects: changed.length };
}

export async function onSent(payload: ParsedPayload<'compose/sent'>, ctx: HandlerContext) {
  const { compose, at } = await withAccount(payload);
  if (!(await mayRecord(ctx))) return { recorded: false };
  const now = Date.now();
  const changed = await ingestSent(db, compose, Math.min(at, now), await ingestContext(now));
  await refreshBadge(now);
  return { recorded: true, prospects: changed.length };
}

export async function onComposeContext(payload: ParsedPayload<'compose/context'>): Promise<ComposeContext> {
  const { compose } = await withAccount(payload);
  const now = Date.now();
  const { settings, cadence } = await ingestContext(now);
  const result: ComposeContext = { prospects: [], untracked: [], disabledToneRules: settings.disabledToneRules, sidebarCollapsed: settings.sidebarCollapsed };
  const account = compose.account;
  if (!account) return result;
  for (const r of [...compose.to, ...compose.cc]) {
    if (!r.address) continue;
    const p = await db.prospects.where('addresses').equals(r.address).filter((x) => x.account === account).first();
    if (!p) {
      if (counterpartVerdict(r.address, account, settings).counts) result.untracked.push(r.address);
      continue;
    }
    if (result.prospects.some((x) => x.prospect.id === p.id)) continue;
    const touches = touchesForEngine(await db.touches.where('[prospectId+at]').between([p.id, -Infinity], [p.id, Infinity]).toArray());
    const status = await statusOf(db, p, cadence, now);
    result.prospects.push({ prospect: viewOf(p, status), timeline: touches, tone: toneContextFor(p, touches, status, now) });
  }
  return result;
}

export async function onSleepOnIt({ compose, url }: ParsedPayload<'compose/sleep-on-it'>) {
  const at = await scheduleSleepOnIt(compose, url, Date.now());
  return { remindAt: at };
}
