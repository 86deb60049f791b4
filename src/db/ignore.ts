// Who is never tracked (#18). The lists are data: they live in IndexedDB,
// can be long and never sync. Ignoring from the options page or from the
// popup is the same operation: the address or domain goes on the list and
// every prospect it covers is forgotten, timeline and all.
import { domainOf, isPublicDomain, type IgnoreList } from '../core/counterpart';
import { inTransaction, type FollowThroughDb, type IgnoredRow, type ProspectRow } from './schema';
import { moveRanks } from './section-counts';

export type IgnoreKind = 'person' | 'domain';

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/;

function keyOf(kind: IgnoreKind, value: string): string {
  return `${kind}:${value}`;
}

/** The value as stored (lower-case, no leading @), or an error a person can act on. */
export function cleanIgnored(kind: IgnoreKind, raw: string): string {
  const trimmed = raw.trim().toLowerCase();
  const value = kind === 'domain' ? trimmed.replace(/^@/, '') : trimmed;
  if (kind === 'person') {
    if (!ADDRESS.test(value) || value.length > 320) throw new Error(`"${raw.trim()}" does not look like an email address.`);
    return value;
  }
  if (!DOMAIN.test(value)) throw new Error(`"${raw.trim()}" does not look like a domain, such as example.com.`);
  if (isPublicDomain(value)) throw new Error(`${value} is a public mail domain: ignoring it would ignore everyone who writes from it. Ignore the person instead.`);
  return value;
}

export async function ignoreList(db: FollowThroughDb): Promise<IgnoreList> {
  const rows = await db.ignored.toArray();
  return {
    ignoredPeople: rows.filter((r) => r.kind === 'person').map((r) => r.value).sort(),
    ignoredDomains: rows.filter((r) => r.kind === 'domain').map((r) => r.value).sort(),
  };
}

function covers(kind: IgnoreKind, value: string, address: string): boolean {
  if (kind === 'person') return address === value;
  const d = domainOf(address);
  return d === value || d.endsWith('.' + value);
}

/** Deletes prospects with their touches and drops them from their threads. Inside a rw transaction. */
async function forget(db: FollowThroughDb, doomed: readonly ProspectRow[]): Promise<void> {
  for (const d of doomed) {
    await db.touches.where('prospectId').equals(d.id).delete();
    await db.prospects.delete(d.id);
    await db.threads.where('prospectIds').equals(d.id).modify((t) => {
      t.prospectIds = t.prospectIds.filter((x) => x !== d.id);
    });
  }
}

/**
 * Puts addresses or domains on the list and forgets every prospect they
 * cover, in one transaction. Values are checked first; a public mail domain
 * is refused. Returns how many prospects were forgotten.
 */
export async function addIgnored(db: FollowThroughDb, kind: IgnoreKind, values: readonly string[], now: number): Promise<number> {
  const clean = [...new Set(values.map((v) => cleanIgnored(kind, v)))];
  return inTransaction(db, 'rw', [db.ignored, db.prospects, db.touches, db.threads, db.meta], async (t) => {
    await t.ignored.bulkPut(clean.map((value): IgnoredRow => ({ key: keyOf(kind, value), kind, value, at: now })));
    const doomed =
      kind === 'person'
        ? (await t.prospects.where('addresses').anyOf(clean).toArray())
        : await t.prospects.filter((p) => p.addresses.some((a) => clean.some((v) => covers(kind, v, a)))).toArray();
    const unique = [...new Map(doomed.map((p) => [p.id, p])).values()];
    await forget(t, unique);
    await moveRanks(t, unique.map((p) => [p.rank, undefined] as const));
    return unique.length;
  });
}

export async function removeIgnored(db: FollowThroughDb, kind: IgnoreKind, value: string): Promise<void> {
  await db.ignored.delete(keyOf(kind, value.trim().toLowerCase()));
}

/** The popup's Ignore: this prospect's addresses, or their domains. */
export async function ignoreProspect(db: FollowThroughDb, prospectId: string, scope: IgnoreKind, now: number): Promise<number> {
  const p = await db.prospects.get(prospectId);
  if (!p) throw new Error('That prospect no longer exists.');
  return addIgnored(db, scope, scope === 'person' ? p.addresses : p.addresses.map(domainOf), now);
}
