// Schema upgrades keep every row (issue 10). Each earlier version's stores are
// frozen here, copied, never imported: when src/db/schema.ts gains version N,
// add version N-1's stores and sample rows to EARLIER and this test upgrades
// a database written by every earlier version to the current one.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { overview } from '../../../src/db/queries';
import { FollowThroughDb } from '../../../src/db/schema';

type Rows = Record<string, Record<string, unknown>[]>;

const D = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);

/** Rows as version 1 wrote them: every table, with the optional fields present and absent. */
function v1Rows(n: number): Rows {
  const rows: Rows = { accounts: [], prospects: [], touches: [], threads: [], pageHealth: [], reminders: [] };
  const accounts = ['sam@northwind-studio.com', 'sam.rivera@gmail.com'];
  for (const [i, address] of accounts.entries()) rows.accounts!.push({ address, provider: i ? 'gmail' : 'outlook', firstSeen: T0, lastSeen: T0 + D });
  for (let i = 0; i < n; i++) {
    const account = accounts[i % 2]!;
    const id = `p${i}`;
    const address = `person${i}@company${i % 7}.example`;
    rows.prospects!.push({
      id, account, addresses: [address], name: i % 3 ? `Person ${i}` : null, company: `Company${i % 7}`,
      statusKind: ['due', 'waiting', 'replied', 'dormant'][i % 4], chasing: (i % 2) as 0 | 1, search: `person ${i} ${address}`,
      ...(i % 5 ? { dueAt: T0 + i * D, lastTouchAt: T0 - i * D, lastThread: { provider: 'gmail', threadKey: `t${i}` } } : {}),
      ...(i % 11 === 0 ? { snoozedUntil: T0 + 30 * D, snoozedAt: T0 } : {}),
      ...(i % 13 === 0 ? { closed: { state: 'won', at: T0 } } : {}),
    });
    rows.threads!.push({ key: `gmail:${account}:t${i}`, provider: 'gmail', account, threadKey: `t${i}`, subject: i % 4 ? `Proposal ${i} <b>&amp;</b>` : null, prospectIds: [id], lastAt: T0 - i * D, tracked: i % 9 ? 'auto' : 'manual' });
    for (let k = 0; k < 3; k++) {
      rows.touches!.push({ id: `gmail:t${i}:m${k}:${address}`, prospectId: id, account, channel: k === 2 ? 'call' : 'email', direction: k === 1 ? 'in' : 'out', at: T0 - (i + k) * D, threadKey: `t${i}`, ...(k === 2 ? { note: 'Left a voicemail', voicemail: true } : {}), ...(i % 17 === 0 && k === 0 ? { provisional: true } : {}) });
    }
  }
  rows.pageHealth!.push({ key: 'gmail:sam.rivera@gmail.com', provider: 'gmail', account: 'sam.rivera@gmail.com', readable: false, detail: "can't read this Gmail page", at: T0 });
  rows.reminders!.push({ id: 'gmail:c1:1', kind: 'sleep-on-it', at: T0 + D, url: 'https://mail.google.com/mail/u/0/#inbox', subject: 'Re: Proposal', to: ['person1@company1.example'], createdAt: T0 });
  return rows;
}

/** Rows as version 2 wrote them: version 1's, ranked, with a cached status that went stale. */
function v2Rows(n: number): Rows {
  const rows = v1Rows(n);
  for (const [i, p] of rows.prospects!.entries()) Object.assign(p, { rank: i * 1000, staleAt: T0, statusAt: T0 - D, status: { kind: p.statusKind, dueAt: null, overdue: false, step: 0, recommendation: 'none', fatigue: { unansweredInRow: 0, tripped: false }, ghostings: 0, reason: 'cached' } });
  return rows;
}

/** What version 3 (#18) leaves out: fields nothing reads any more. Every other field stays. */
const DROPPED_IN_3 = ['search', 'statusKind', 'chasing', 'dueAt', 'lastTouchAt'];
/** Tables version 4 (#18) drops: page health moved to storage.local, rebuilt by the next reading. */
const DROPPED_TABLES_4 = ['pageHealth'];

/** Rows as version 3 wrote them: version 2's without the dropped fields, plus the ignore list and the store's meta. */
function v3Rows(n: number): Rows {
  const rows = v2Rows(n);
  for (const p of rows.prospects!) for (const k of DROPPED_IN_3) delete p[k];
  rows.ignored = [
    { key: 'person:noreply@vendor.example', kind: 'person', value: 'noreply@vendor.example', at: T0 },
    { key: 'domain:internal.example', kind: 'domain', value: 'internal.example', at: T0 },
  ];
  rows.meta = [{ key: 'cadence', value: 'stale-on-purpose' }];
  return rows;
}
const V2_PROSPECTS = '&id, account, *addresses, [account+dueAt], [chasing+dueAt], dueAt, statusKind, lastTouchAt, rank, staleAt';

function expected(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'prospects') return row;
  const kept = { ...row };
  for (const k of DROPPED_IN_3) delete kept[k];
  // A cached status is recomputed when it goes stale: only the domain record is compared.
  for (const k of ['rank', 'staleAt', 'statusAt', 'status']) delete kept[k];
  return kept;
}

const EARLIER: { version: number; stores: Record<string, string>; rows: (n: number) => Rows }[] = [
  {
    version: 1,
    stores: {
      accounts: '&address',
      prospects: '&id, account, *addresses, [account+dueAt], [chasing+dueAt], dueAt, statusKind, lastTouchAt',
      touches: '&id, prospectId, [prospectId+at], threadKey, at',
      threads: '&key, account, *prospectIds',
      pageHealth: '&key',
      reminders: '&id, at',
    },
    rows: v1Rows,
  },
  {
    version: 2,
    stores: {
      accounts: '&address',
      prospects: V2_PROSPECTS,
      touches: '&id, prospectId, [prospectId+at], threadKey, at',
      threads: '&key, account, *prospectIds',
      pageHealth: '&key',
      reminders: '&id, at',
    },
    rows: v2Rows,
  },
  {
    version: 3,
    stores: {
      accounts: '&address',
      prospects: '&id, account, *addresses, rank, staleAt',
      touches: '&id, prospectId',
      threads: '&key, *prospectIds',
      pageHealth: '&key',
      reminders: '&id',
      ignored: '&key',
      meta: '&key',
    },
    rows: v3Rows,
  },
];

async function writeAt(name: string, version: number, stores: Record<string, string>, rows: Rows): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
}

const byKey = (rows: Record<string, unknown>[], key: string) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
const KEYS: Record<string, string> = { accounts: 'address', prospects: 'id', touches: 'id', threads: 'key', pageHealth: 'key', reminders: 'id', ignored: 'key', meta: 'key' };

export const UPGRADE_ROWS = 400;

describe('schema upgrades', () => {
  it('the current schema is at least every earlier version', () => {
    const current = new FollowThroughDb(`v-${Math.random()}`);
    expect(current.verno).toBeGreaterThanOrEqual(Math.max(...EARLIER.map((e) => e.version)));
  });

  for (const earlier of EARLIER) {
    it(`from version ${earlier.version}: every row of every table is kept, and the indexes answer`, async () => {
      const name = `upgrade-${earlier.version}-${Math.random()}`;
      const rows = earlier.rows(UPGRADE_ROWS);
      await writeAt(name, earlier.version, earlier.stores, rows);
      const db = new FollowThroughDb(name);
      await db.open();
      try {
        const tables = db.tables.map((t) => t.name);
        for (const dropped of DROPPED_TABLES_4) expect(tables, dropped).not.toContain(dropped);
        for (const [table, list] of Object.entries(rows)) {
          if (DROPPED_TABLES_4.includes(table)) continue;
          // The cadence the cached statuses were computed with is store bookkeeping: the first read recomputes and rewrites it.
          if (table === 'meta') continue;
          const kept = await db.table(table).toArray();
          expect(kept.length, table).toBe(list.length);
          // Later versions may add fields; every field an earlier version wrote is still there.
          const keptByKey = new Map(kept.map((r: Record<string, unknown>) => [r[KEYS[table]!], r]));
          for (const row of byKey(list, KEYS[table]!)) expect(keptByKey.get(row[KEYS[table]!]), `${table} ${String(row[KEYS[table]!])}`).toMatchObject(expected(table, row));
        }
        // What nothing read is gone, from rows and indexes; the new tables are there and empty.
        if (db.verno >= 3) {
          for (const p of await db.prospects.toArray()) for (const k of DROPPED_IN_3) expect(p, k).not.toHaveProperty(k);
          expect(db.prospects.schema.indexes.map((i) => i.name).sort()).toEqual(['account', 'addresses', 'rank', 'staleAt']);
          expect(db.touches.schema.indexes.map((i) => i.name)).toEqual(['prospectId']);
          expect(await db.ignored.count()).toBe(rows.ignored?.length ?? 0);
        }
        // The indexes the popup and badge use still work on upgraded rows.
        expect(await db.prospects.where('account').equals('sam@northwind-studio.com').count()).toBe(UPGRADE_ROWS / 2);
        expect(await db.touches.where('prospectId').equals('p3').count()).toBe(3);
        expect(await db.prospects.where('addresses').equals('person5@company5.example').count()).toBe(1);
        // Every upgraded prospect is ranked for the popup, and its query lists each one with a status computed from its touches.
        expect((await db.prospects.toArray()).every((p) => typeof p.rank === 'number')).toBe(true);
        const o = await overview(db, { ...DEFAULT_CADENCE, timeZone: 'UTC' }, T0 + D);
        expect(o.total).toBe(UPGRADE_ROWS);
        const listed = o.sections.flatMap((s) => s.rows);
        expect(listed).toHaveLength(UPGRADE_ROWS);
        expect(listed.find((v) => v.id === 'p1')!.status.lastTouch?.at).toBe(T0 - D);
      } finally {
        await db.delete();
      }
    });
  }

  it('an upgrade is not blocked forever by a connection still open at the old version', async () => {
    const name = `blocked-${Math.random()}`;
    const earlier = EARLIER.at(-1)!;
    await writeAt(name, earlier.version, earlier.stores, earlier.rows(10));
    // An old worker or page still holds the database open at the current version...
    const old = new FollowThroughDb(name);
    await old.open();
    expect(await old.prospects.count()).toBe(10);
    // ...while the updated extension opens it at a newer one.
    class NextDb extends FollowThroughDb {
      constructor(n: string) {
        super(n);
        this.version(this.verno + 1).stores({ touches: '&id, prospectId, account' });
      }
    }
    const next = new NextDb(name);
    const opened = await Promise.race([next.open().then(() => 'opened'), new Promise((r) => setTimeout(() => r('blocked'), 3000))]);
    expect(opened).toBe('opened');
    expect(old.isOpen()).toBe(false); // the old connection closed itself on versionchange
    expect(await next.prospects.count()).toBe(10);
    expect(await next.touches.where('account').equals('sam@northwind-studio.com').count()).toBe(15);
    await next.delete();
  });
});
