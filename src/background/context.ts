// What every handler needs, read fresh for each event: the worker may have
// been stopped and restarted between any two messages, so nothing lives in
// module state except the database handle itself.
import { FollowThroughDb } from '../db/schema';
import { browser } from '../shared/browser';
import { cadenceOf, parseSettings, type Settings } from '../shared/settings';

export const db = new FollowThroughDb();

export async function loadSettings(): Promise<Settings> {
  try {
    const raw = await browser.storage.sync.get(null);
    return parseSettings(raw);
  } catch {
    return parseSettings({});
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set(next);
  return next;
}

export async function ingestContext(now = Date.now()) {
  const settings = await loadSettings();
  return { settings, cadence: cadenceOf(settings), ignore: settings, now };
}
