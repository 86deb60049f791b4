// The toolbar badge: how many prospects are due or owed a reply, red when any
// is overdue, amber otherwise (#7).
import { browser } from '../shared/browser';
import { batcher } from '../db/batcher';
import { store } from './context';
import { keepFirstScreen } from './first-screen';

export const BADGE_OVERDUE = '#c62828';
export const BADGE_DUE = '#b26a00';

/** A write failed because storage is full: a red "!" and the reason on hover, until the next successful refresh. */
export async function showStorageFull(message: string): Promise<void> {
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_OVERDUE });
  await browser.action.setTitle({ title: message });
}

/** Brings the badge up to date at `now`. Asked while a refresh runs, the asks share the next one (a burst of readings refreshes it twice, not fifty times). */
export function refreshBadge(now = Date.now()): Promise<number> {
  return refreshTogether(now);
}

const refreshTogether = batcher(async (instants: number[]) => {
  const count = await refreshAt(Math.max(...instants));
  return instants.map(() => count);
}, Infinity);

async function refreshAt(now: number): Promise<number> {
  const { count, overdue } = await store.dueSummary(now);
  await browser.action.setBadgeText({ text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  await browser.action.setBadgeBackgroundColor({ color: overdue ? BADGE_OVERDUE : BADGE_DUE });
  await browser.action.setTitle({ title: count === 0 ? 'FollowThrough: nobody needs a touch now' : `FollowThrough: ${count} need${count === 1 ? 's' : ''} a touch` });
  // Not awaited: the answer to the write that asked for this refresh does not wait for it.
  keepFirstScreen(now).catch((err: unknown) => console.warn('FollowThrough: keeping the first screen failed', err instanceof Error ? err.message : err));
  return count;
}
