// The application layer (#18): the one owner of IndexedDB and the settings.
// Every domain operation is here, each taking the instant it happens at; the
// background's handlers only parse a message, call one of these and refresh
// the badge. Tests run the same operations in node on fake-indexeddb.
import { localDay, zonedInstant } from '../core/cadence';
import type { IgnoreList } from '../core/counterpart';
import type { CadenceSettings } from '../core/model';
import type { ComposeSnapshot, PageReading } from '../shared/readings';
import { cadenceOf, type Settings } from '../shared/settings';
import { composeContext, withAccount } from './compose-context';
import { addIgnored, ignoreList, ignoreProspect, removeIgnored, type IgnoreKind } from './ignore';
import { batcher } from './batcher';
import { ingestReadings, ingestSent, type TimedReading } from './ingest';
import * as actions from './prospect-actions';
import { makeFresh } from './freshness';
import { dueSummary, overview } from './queries';
import type { FollowThroughDb } from './schema';
import { loadSettings, saveSettings, type SyncArea } from './settings-store';
import { deleteAll, exportCsv, exportJson, importJson } from './transfer';

export interface StoreContext {
  settings: Settings;
  cadence: CadenceSettings;
  ignore: IgnoreList;
}

export function createStore(db: FollowThroughDb, sync: SyncArea) {
  const context = async (now: number): Promise<StoreContext> => {
    const settings = await loadSettings(db, sync, now);
    return { settings, cadence: cadenceOf(settings), ignore: await ignoreList(db) };
  };
  const cadence = async (now: number) => cadenceOf(await loadSettings(db, sync, now));
  // One recompute of a new day's statuses at a time; a query that finds one
  // running answers from the cache (marked updating) and does not start another.
  let catchingUp: Promise<unknown> | null = null;
  const catchUp = (c: CadenceSettings, now: number) => {
    catchingUp ??= makeFresh(db, c, now)
      .catch((err: unknown) => console.warn('FollowThrough: recomputing statuses failed', err instanceof Error ? err.message : err))
      .finally(() => (catchingUp = null));
    return catchingUp;
  };

  const recordReadings = batcher(async (items: TimedReading[]) => {
    const now = Math.max(...items.map((r) => r.now));
    const ctx = await context(now);
    return ingestReadings(db, items, { cadence: ctx.cadence, ignore: ctx.ignore, now });
  });

  return {
    db,
    context,
    settings: (now: number) => loadSettings(db, sync, now),
    /** A checked change of settings; a new cadence recomputes every open status before it returns. */
    saveSettings: (patch: unknown, now: number) => saveSettings(db, sync, patch, now),
    ignoreList: () => ignoreList(db),

    /** Records one page reading; readings that arrive while others are written go in together, in one transaction (#18). */
    recordReading: (reading: PageReading, base: string | null, now: number): Promise<string[]> => recordReadings({ reading, base, now }),
    async recordSend(compose: ComposeSnapshot, at: number, now: number): Promise<string[]> {
      const ctx = await context(now);
      return ingestSent(db, await withAccount(db, compose), Math.min(at, now), { cadence: ctx.cadence, ignore: ctx.ignore, now });
    },
    async composeContext(compose: ComposeSnapshot, now: number) {
      const ctx = await context(now);
      return composeContext(db, compose, ctx.settings, ctx.cadence, ctx.ignore, now);
    },
    withAccount: (compose: ComposeSnapshot) => withAccount(db, compose),

    track: async (account: string, address: string, name: string | null, now: number) => actions.track(db, account, address, name, await cadence(now), now),
    logTouch: async (prospectId: string, logged: actions.LoggedTouch, now: number) => actions.logTouch(db, prospectId, logged, await cadence(now), now),
    snooze: async (prospectId: string, until: number | null, now: number) => actions.snooze(db, prospectId, until, await cadence(now), now),
    setNextStep: async (prospectId: string, nextStep: { what: string; at: number } | null, now: number) => actions.setNextStep(db, prospectId, nextStep, await cadence(now), now),
    close: async (prospectId: string, state: Parameters<typeof actions.close>[2], now: number) => actions.close(db, prospectId, state, await cadence(now), now),
    setCadence: async (prospectId: string, stepsDays: number[] | null, now: number) => actions.setCadence(db, prospectId, stepsDays, await cadence(now), now),

    ignoreProspect: (prospectId: string, scope: IgnoreKind, now: number) => ignoreProspect(db, prospectId, scope, now),
    ignore: (kind: IgnoreKind, value: string, now: number) => addIgnored(db, kind, [value], now),
    unignore: (kind: IgnoreKind, value: string) => removeIgnored(db, kind, value),

    /** The popup's list. After midnight it answers at once from the cache, marked `updating`, while the day's statuses are recomputed. */
    async overview(now: number, options: { account?: string; limit?: number } = {}) {
      const c = await cadence(now);
      const answer = await overview(db, c, now, { ...options, cachedWhileUpdating: true });
      if (answer.updating) void catchUp(c, now);
      return answer;
    },
    dueSummary: async (now: number) => dueSummary(db, await cadence(now), now),
    /**
     * Until when every cached status read at `now` stays true: the earliest
     * instant one goes stale (at most an hour on); and the next local
     * midnight when that is the first staleness of all (else null).
     */
    async freshUntil(now: number): Promise<{ until: number; staleAtMidnight: number | null }> {
      const [first, c] = await Promise.all([db.prospects.orderBy('staleAt').first(), cadence(now)]);
      const midnight = zonedInstant(c.timeZone, localDay(c.timeZone, now) + 1, 0);
      const firstStale = first?.staleAt ?? Infinity;
      return { until: Math.min(firstStale, now + 3_600_000), staleAtMidnight: firstStale >= midnight ? midnight : null };
    },

    exportJson: async (now: number) => exportJson(db, await loadSettings(db, sync, now), now),
    exportCsv: async (now: number) => exportCsv(db, await cadence(now), now),
    importJson: (text: string, now: number) => importJson(db, sync, text, now),
    async deleteAll(): Promise<void> {
      await deleteAll(db);
      await sync.clear();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
