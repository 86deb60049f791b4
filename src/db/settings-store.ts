// The one owner of the settings (#18): read and written here only, by the
// background. A change is checked strictly, written key by key (only what
// changed goes to sync), and a cadence change recomputes every open status
// before the answer goes back.
import { z } from 'zod';
import { cadenceOf, parseSettings, SettingsPatchSchema, type Settings, type SettingsPatch } from '../shared/settings';
import { applyCadence } from './freshness';
import type { FollowThroughDb, IgnoredRow } from './schema';

/** The synced storage area (storage.sync), as much of it as the store uses. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  clear(): Promise<void>;
}

// Before #18 the ignore lists were settings, in storage.sync.
const LEGACY_IGNORE = { ignoredPeople: 'person', ignoredDomains: 'domain' } as const;

/** Moves ignore lists an older version left in sync into the database, then removes them from sync. */
async function moveLegacyIgnore(db: FollowThroughDb, sync: SyncArea, raw: Record<string, unknown>, now: number): Promise<void> {
  const rows: IgnoredRow[] = [];
  for (const [field, kind] of Object.entries(LEGACY_IGNORE)) {
    const list = raw[field];
    if (!Array.isArray(list)) continue;
    for (const v of list) if (typeof v === 'string' && v.trim()) rows.push({ key: `${kind}:${v.trim().toLowerCase()}`, kind, value: v.trim().toLowerCase(), at: now });
  }
  await db.ignored.bulkPut(rows);
  await sync.remove(Object.keys(LEGACY_IGNORE));
}

export async function loadSettings(db: FollowThroughDb, sync: SyncArea, now: number): Promise<Settings> {
  let raw: Record<string, unknown>;
  try {
    raw = await sync.get(null);
  } catch {
    return parseSettings({});
  }
  if (Object.keys(LEGACY_IGNORE).some((k) => k in raw)) await moveLegacyIgnore(db, sync, raw, now);
  return parseSettings(raw);
}

/** Names what is wrong with a change, in words. */
export function describePatchIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : 'settings'}: ${i.message}`);
  return `Not saved: ${shown.join('; ')}.`;
}

export function checkPatch(patch: unknown): SettingsPatch {
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (!parsed.success) throw new Error(describePatchIssues(parsed.error));
  return parsed.data;
}

/** Saves a checked change and applies it: a new cadence recomputes every open status at once. */
export async function saveSettings(db: FollowThroughDb, sync: SyncArea, patch: unknown, now: number): Promise<Settings> {
  const change = checkPatch(patch);
  const next = parseSettings({ ...(await loadSettings(db, sync, now)), ...change });
  if (Object.keys(change).length) await sync.set(change);
  await applyCadence(db, cadenceOf(next), now);
  return next;
}
