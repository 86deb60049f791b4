// The local store: one IndexedDB database through Dexie. Versioned: every
// schema change adds a version with an upgrade that keeps every row (#7).
import Dexie, { type Table } from 'dexie';
import type { Prospect, ProspectStatus, StatusKind, Touch } from '../core/model';
import type { ProviderId } from '../shared/readings';
import { DB_NAME, rankOf } from './layout';

export { DB_NAME, SECTION_ORDER, rankOf, rankRange, sectionFor, sectionOfRank, type Section } from './layout';

export interface AccountRow {
  address: string;
  provider: ProviderId;
  firstSeen: number;
  lastSeen: number;
  /** Where this account's mail was last open ("https://mail.google.com/mail/u/1/"), to open its threads there. */
  base?: string;
}

/** A prospect as stored: the domain record plus what the popup's indexes need. */
export interface ProspectRow extends Prospect {
  /** The thread to open from the popup: the latest one with this prospect. */
  lastThread?: { provider: ProviderId; threadKey: string };
  /** Where the popup lists it: its section's place, then its due instant (see rankOf). Indexed. */
  rank?: number;
  /** The engine's last answer, and when it was computed: reused until time or a write makes it stale. */
  status?: ProspectStatus;
  statusAt?: number;
  /** When the cached status stops being true: its due instant, the end of a pause, or midnight. Indexed. */
  staleAt?: number;
}

/** A touch as stored. `provisional` touches (a send seen in the composer) give way to the message read later. */
export interface TouchRow extends Touch {
  account: string;
  provisional?: boolean;
}

export interface ThreadRow {
  /** `${provider}:${account}:${threadKey}` */
  key: string;
  provider: ProviderId;
  account: string;
  threadKey: string;
  subject: string | null;
  prospectIds: string[];
  lastAt: number | null;
  tracked: 'auto' | 'manual';
}

/** Drafts the user chose to "sleep on", to remind them tomorrow. */
export interface ReminderRow {
  id: string;
  kind: 'sleep-on-it';
  at: number;
  url: string;
  subject: string | null;
  to: string[];
  createdAt: number;
}

/** One ignored address or domain (#18): data, not a setting, so it never syncs and can be long. */
export interface IgnoredRow {
  /** `person:<address>` or `domain:<domain>` */
  key: string;
  kind: 'person' | 'domain';
  value: string;
  at: number;
}

/** Small facts about the store itself, such as which cadence the cached statuses were computed with. */
export interface MetaRow {
  key: string;
  value: string;
}

/** Fields v1 and v2 wrote on prospects that nothing reads any more. */
const DROPPED_V3 = ['search', 'statusKind', 'chasing', 'dueAt', 'lastTouchAt'] as const;


export class FollowThroughDb extends Dexie {
  accounts!: Table<AccountRow, string>;
  prospects!: Table<ProspectRow, string>;
  touches!: Table<TouchRow, string>;
  threads!: Table<ThreadRow, string>;
  reminders!: Table<ReminderRow, string>;
  ignored!: Table<IgnoredRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      accounts: '&address',
      prospects: '&id, account, *addresses, [account+dueAt], [chasing+dueAt], dueAt, statusKind, lastTouchAt',
      touches: '&id, prospectId, [prospectId+at], threadKey, at',
      threads: '&key, account, *prospectIds',
      pageHealth: '&key',
      reminders: '&id, at',
    });
    // v2 (#7, #8): the popup reads its first screen through a `rank` index
    // instead of every prospect, and statuses gone stale (a due instant or
    // midnight passed) are found through `staleAt`. Rows written by v1 get their rank from the
    // status they already cache; the rest is recomputed when it goes stale.
    this.version(2)
      .stores({ prospects: '&id, account, *addresses, [account+dueAt], [chasing+dueAt], dueAt, statusKind, lastTouchAt, rank, staleAt' })
      .upgrade((tx) =>
        tx.table<ProspectRow & { statusKind?: StatusKind; dueAt?: number }, string>('prospects').toCollection().modify((p) => {
          p.rank = rankOf(p.status?.kind ?? p.statusKind ?? 'waiting', p.status?.overdue ?? false, p.status?.dueAt ?? p.dueAt ?? null);
          // Stale at once: the first read recomputes it and sets when it goes stale next.
          p.staleAt = 0;
        }),
      );
    // v3 (#18): only the indexes something queries; the unused search text
    // and cached fields go; the ignore lists move here from storage.sync
    // (moved on the background's first read, see src/db/settings-store.ts).
    this.version(3)
      .stores({
        prospects: '&id, account, *addresses, rank, staleAt',
        touches: '&id, prospectId',
        threads: '&key, *prospectIds',
        reminders: '&id',
        ignored: '&key',
        meta: '&key',
      })
      .upgrade((tx) =>
        tx.table('prospects').toCollection().modify((p: Record<string, unknown>) => {
          for (const k of DROPPED_V3) delete p[k];
        }),
      );
    // v4 (#18): page health lives in storage.local with what the options page
    // shows (src/background/page-health.ts); the old table goes. It held only
    // the last reading's state per account, which the next reading rebuilds.
    this.version(4).stores({ pageHealth: null });
  }
}

/**
 * Runs `scope` in one transaction over `tables`, handing it the database with
 * every one of those tables bound to that transaction. Dexie finds the
 * transaction of a call through its zone, and a long chain of native awaits
 * (helpers awaiting helpers, reading after reading) can lose the zone: a call
 * then runs, silently, in a transaction of its own, and the scope's
 * all-or-nothing promise is broken. Calls through the bound tables cannot
 * leave the transaction.
 */
export function inTransaction<T>(db: FollowThroughDb, mode: 'r' | 'rw', tables: Table[], scope: (t: FollowThroughDb) => Promise<T>): Promise<T> {
  return db.transaction(mode, tables, (tx) => {
    const own = Object.fromEntries(tables.map((table) => [table.name, { value: tx.table(table.name), enumerable: true }]));
    return scope(Object.create(db, own) as FollowThroughDb);
  });
}
