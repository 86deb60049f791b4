// Keeps the popup's first screen ready in storage.session (#18; see
// src/shared/first-screen.ts): written after every write, with the badge,
// so that opening the popup paints without waiting for this worker.
import { batcher } from '../db/batcher';
import { browser } from '../shared/browser';
import { FIRST_SCREEN_KEY, FIRST_SCREEN_ROWS, keptFirstScreen } from '../shared/first-screen';
import { store } from './context';
import { pageProblems } from './page-health';

async function keep(now: number): Promise<void> {
  const [view, problems, fresh] = await Promise.all([store.overview(now, { limit: FIRST_SCREEN_ROWS }), pageProblems(), store.freshUntil(now)]);
  // Statuses from before today are not kept: the popup asks, and is told they are updating.
  if (view.updating || fresh.until <= now) {
    await browser.storage.session.remove(FIRST_SCREEN_KEY);
    return;
  }
  await browser.storage.session.set({ [FIRST_SCREEN_KEY]: keptFirstScreen({ ...view, problems }, fresh.until, fresh.staleAtMidnight) });
  // Kept again when it goes stale, while this worker runs (a popup opened after the worker
  // stopped asks the background, which keeps it again then).
  if (renew) clearTimeout(renew);
  renew = setTimeout(() => void keepFirstScreen(Date.now()).catch(() => undefined), Math.max(0, fresh.until - now) + 50);
}

let renew: ReturnType<typeof setTimeout> | undefined;

/** Asked while one is being written, the asks share the next one. */
export const keepFirstScreen = batcher(async (instants: number[]) => {
  await keep(Math.max(...instants));
  return instants.map(() => undefined);
}, Infinity);
