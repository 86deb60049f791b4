// Handlers for what the user does to a prospect from the popup or sidebar:
// parse (done by the router), call the store, refresh the badge.
import { browser } from '../../shared/browser';
import type { Answers, ParsedPayload } from '../../shared/protocol';
import { refreshBadge } from '../badge';
import { pageProblems } from '../page-health';
import { FIRST_SCREEN_ROWS } from '../../shared/first-screen';
import { db, store } from '../context';
import { keepFirstScreen } from '../first-screen';
import { threadUrl } from '../thread-url';

const OK = { ok: true } as const;

/** Runs one store operation at `now`, then brings the badge up to date. */
async function thenBadge<R>(work: (now: number) => Promise<R>): Promise<R> {
  const now = Date.now();
  const result = await work(now);
  await refreshBadge(now);
  return result;
}

export async function onOverview({ account, limit }: ParsedPayload<'overview/get'>): Promise<Answers['overview/get']> {
  const now = Date.now();
  const [view, problems] = await Promise.all([store.overview(now, { ...(account ? { account } : {}), ...(limit ? { limit } : {}) }), pageProblems()]);
  // The popup's first screen, asked for: kept ready for the next open (the kept one may have gone stale since the last write).
  if (limit === FIRST_SCREEN_ROWS && !account) keepFirstScreen(now).catch(() => undefined);
  return { ...view, problems };
}

export async function onLogTouch({ prospectId, channel, at, note, direction }: ParsedPayload<'prospect/log-touch'>): Promise<Answers['prospect/log-touch']> {
  await thenBadge((now) => store.logTouch(prospectId, { channel, at, direction, note }, now));
  return OK;
}

export async function onSnooze({ prospectId, until }: ParsedPayload<'prospect/snooze'>): Promise<Answers['prospect/snooze']> {
  await thenBadge((now) => store.snooze(prospectId, until, now));
  return OK;
}

export async function onNextStep({ prospectId, nextStep }: ParsedPayload<'prospect/next-step'>): Promise<Answers['prospect/next-step']> {
  await thenBadge((now) => store.setNextStep(prospectId, nextStep, now));
  return OK;
}

export async function onClose({ prospectId, state }: ParsedPayload<'prospect/close'>): Promise<Answers['prospect/close']> {
  await thenBadge((now) => store.close(prospectId, state, now));
  return OK;
}

export async function onCadence({ prospectId, stepsDays }: ParsedPayload<'prospect/cadence'>): Promise<Answers['prospect/cadence']> {
  await thenBadge((now) => store.setCadence(prospectId, stepsDays, now));
  return OK;
}

export async function onTrack({ account, address, name }: ParsedPayload<'prospect/track'>): Promise<Answers['prospect/track']> {
  return { prospectId: await thenBadge((now) => store.track(account, address, name ?? null, now)) };
}

/** Ignore a person or their whole domain: they leave the list and are never tracked again. */
export async function onIgnore({ prospectId, scope }: ParsedPayload<'prospect/ignore'>): Promise<Answers['prospect/ignore']> {
  return { removed: await thenBadge((now) => store.ignoreProspect(prospectId, scope, now)) };
}

export async function onOpenThread({ prospectId }: ParsedPayload<'prospect/open-thread'>): Promise<Answers['prospect/open-thread']> {
  const p = await db.prospects.get(prospectId);
  if (!p?.lastThread) throw new Error('No thread is known for this prospect yet.');
  const base = (await db.accounts.get(p.account))?.base ?? null;
  const url = threadUrl(p.lastThread.provider, p.account, p.lastThread.threadKey, base);
  // The mail tab of that account, if open: the thread opens there, as a click in the mail would.
  const [tab] = base ? await browser.tabs.query({ url: `${base}*` }) : [];
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else await browser.tabs.create({ url });
  return { url };
}
