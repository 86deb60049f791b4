// Readings from the content scripts become prospects, threads and touches.
// Idempotent: the same reading twice, from two tabs at once or out of order
// changes nothing the second time (ids are derived from the provider's ids,
// and each reading is written in one transaction).
import { isCounterpart, type IgnoreList } from '../core/counterpart';
import type { CadenceSettings } from '../core/model';
import type { ComposeSnapshot, MessageReading, PageReading, Person, ThreadReading } from '../shared/readings';
import { adoptName, findOrCreateProspect, newProspect, refreshProspects } from './prospects';
import { inTransaction, type FollowThroughDb, type ProspectRow, type ThreadRow, type TouchRow } from './schema';

export interface IngestContext {
  cadence: CadenceSettings;
  ignore: IgnoreList;
  now: number;
}

// A send seen in the composer, or a reply guessed from an unread list row,
// stands in until the conversation is read; then the real message replaces it.
const PROVISIONAL_MATCH_MS = 10 * 60_000;

export function threadRowKey(provider: string, account: string, threadKey: string): string {
  return `${provider}:${account}:${threadKey}`;
}

function messageKey(thread: ThreadReading, m: MessageReading): string {
  return m.messageId ?? `${thread.threadKey}/${m.from.address ?? m.from.name ?? '?'}/${m.at ?? 0}`;
}

/**
 * One transaction's unit of work (#18): every row the readings need is read
 * up front in a few requests (threads by key, prospects by address, the
 * timelines of every prospect involved), the readings are applied to these
 * copies in order, in memory, and what changed is written at the end with one
 * request per table. A later reading sees what an earlier one changed because
 * both work on the same copies.
 */
interface Work {
  /** Thread rows by key, as the readings so far left them (undefined: none). */
  threads: Map<string, ThreadRow | undefined>;
  /** Prospects by id, read or created here. */
  prospects: Map<string, ProspectRow>;
  /** Prospect ids by address (of any account), for every address the readings name. */
  byAddress: Map<string, string[]>;
  /** Each involved prospect's touches, kept up to date with the writes below. */
  timelines: Map<string, TouchRow[]>;
  dirtyThreads: Set<string>;
  dirtyProspects: Set<string>;
  putTouches: Map<string, TouchRow>;
  deleteTouches: Set<string>;
}

function counterparts(thread: ThreadReading): Person[] {
  return [...thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]), ...(thread.summary?.participants ?? [])];
}

/** Reads every row the readings can touch: three waves of requests, however many readings. */
async function prefetch(db: FollowThroughDb, readings: readonly TimedReading[]): Promise<Work> {
  const work: Work = { threads: new Map(), prospects: new Map(), byAddress: new Map(), timelines: new Map(), dirtyThreads: new Set(), dirtyProspects: new Set(), putTouches: new Map(), deleteTouches: new Set() };
  const keys = new Set<string>();
  const addresses = new Set<string>();
  for (const { reading } of readings) {
    if (!reading.account || !reading.readable) continue;
    for (const thread of reading.threads) {
      keys.add(threadRowKey(reading.provider, reading.account, thread.threadKey));
      for (const person of counterparts(thread)) if (person.address) addresses.add(person.address);
    }
  }
  const threadKeys = [...keys];
  // One request per address, sent together: `anyOf` walks a cursor, one round trip per entry.
  const [threads, found] = await Promise.all([db.threads.bulkGet(threadKeys), Promise.all([...addresses].map((a) => db.prospects.where('addresses').equals(a).toArray()))]);
  threadKeys.forEach((k, i) => work.threads.set(k, threads[i]));
  for (const a of addresses) work.byAddress.set(a, []);
  const keep = (p: ProspectRow) => {
    if (work.prospects.has(p.id)) return;
    work.prospects.set(p.id, p);
    for (const a of p.addresses) work.byAddress.get(a)?.push(p.id);
  };
  found.flat().forEach(keep);
  const more = [...new Set(threads.flatMap((th) => th?.prospectIds ?? []))].filter((id) => !work.prospects.has(id));
  if (more.length) (await db.prospects.bulkGet(more)).forEach((p) => p && keep(p));
  const ids = [...work.prospects.keys()];
  const lists = await Promise.all(ids.map((id) => db.touches.where('prospectId').equals(id).toArray()));
  ids.forEach((id, i) => work.timelines.set(id, lists[i]!));
  return work;
}

function putTouch(work: Work, row: TouchRow): void {
  const timeline = work.timelines.get(row.prospectId)!;
  const at = timeline.findIndex((t) => t.id === row.id);
  if (at >= 0) timeline[at] = row;
  else timeline.push(row);
  work.putTouches.set(row.id, row);
  work.deleteTouches.delete(row.id);
}

function putThread(work: Work, next: ThreadRow): void {
  const merged = mergedThread(work.threads.get(next.key), next);
  if (!merged) return;
  work.threads.set(merged.key, merged);
  work.dirtyThreads.add(merged.key);
}

/** The account's prospect for an address, from the copies; created (in memory) when there is none. */
function prospectFor(work: Work, account: string, address: string, name: string | null, now: number): ProspectRow {
  const found = (work.byAddress.get(address) ?? []).map((id) => work.prospects.get(id)!).find((p) => p.account === account);
  if (found) {
    if (adoptName(found, name)) work.dirtyProspects.add(found.id);
    return found;
  }
  const row = newProspect(account, address, name, now);
  work.prospects.set(row.id, row);
  const list = work.byAddress.get(address);
  if (list) list.push(row.id);
  else work.byAddress.set(address, [row.id]);
  work.timelines.set(row.id, []);
  work.dirtyProspects.add(row.id);
  return row;
}

export async function ingestReading(db: FollowThroughDb, reading: PageReading, ctx: IngestContext): Promise<string[]> {
  return (await ingestReadings(db, [{ reading, now: ctx.now }], ctx))[0]!;
}

/** One reading and the instant it came in at. */
export interface TimedReading {
  reading: PageReading;
  now: number;
  /** The mail site's base address the reading came from, kept on its account for thread links. */
  base?: string | null;
}

/**
 * Several readings in one transaction (#18), in the order given, as if each
 * were ingested alone: a later reading sees what an earlier one wrote. Each
 * reading's own instant dates what it creates; every status touched is
 * computed once, at the end, at `ctx.now` (the latest of them). Returns the
 * prospects each reading touched, in the same order.
 */
export async function ingestReadings(db: FollowThroughDb, readings: readonly TimedReading[], ctx: IngestContext): Promise<string[][]> {
  const answers: string[][] = readings.map(() => []);
  if (!readings.some(({ reading }) => reading.account && reading.readable)) return answers;
  const touched = new Set<string>();
  await inTransaction(db, 'rw', [db.accounts, db.prospects, db.touches, db.threads, db.meta], async (t) => {
    const work = await prefetch(t, readings);
    // The latest word on each account, written once: first seen, last seen, base address.
    const accounts = new Map<string, { provider: PageReading['provider']; first: number; last: number; base?: string }>();
    for (const [i, { reading, now, base }] of readings.entries()) {
      const account = reading.account;
      if (!account || !reading.readable) continue;
      const seen = accounts.get(account);
      accounts.set(account, { provider: reading.provider, first: Math.min(seen?.first ?? now, now), last: Math.max(seen?.last ?? now, now), ...(base ? { base } : seen?.base ? { base: seen.base } : {}) });
      const one = { ...ctx, now };
      const ids = new Set<string>();
      for (const thread of reading.threads) {
        const found = thread.source === 'list' ? ingestListRow(reading, account, thread, work) : ingestConversation(reading, account, thread, one, work);
        found.forEach((id) => ids.add(id));
      }
      answers[i] = [...ids];
      ids.forEach((id) => touched.add(id));
    }
    const known = await t.accounts.bulkGet([...accounts.keys()]);
    const writes: Promise<unknown>[] = [
      t.accounts.bulkPut([...accounts].map(([address, a], i) => {
        const acc = known[i];
        return { ...acc, address, provider: a.provider, firstSeen: acc?.firstSeen ?? a.first, lastSeen: Math.max(acc?.lastSeen ?? a.last, a.last), ...(a.base ? { base: a.base } : {}) };
      })),
    ];
    if (work.deleteTouches.size) writes.push(t.touches.bulkDelete([...work.deleteTouches]));
    if (work.putTouches.size) writes.push(t.touches.bulkPut([...work.putTouches.values()]));
    if (work.dirtyThreads.size) writes.push(t.threads.bulkPut([...work.dirtyThreads].map((k) => work.threads.get(k)!)));
    // Prospects whose status is refreshed are written by refreshProspects; the rest of the changed ones here.
    const others = [...work.dirtyProspects].filter((id) => !touched.has(id));
    if (others.length) writes.push(t.prospects.bulkPut(others.map((id) => work.prospects.get(id)!)));
    const rows = new Map([...touched].map((id) => [id, work.prospects.get(id)!] as const));
    await Promise.all([...writes, refreshProspects(t, touched, ctx.cadence, ctx.now, work.timelines, { rows, threads: [...work.threads.values()].filter((th): th is ThreadRow => !!th) })]);
  });
  return answers;
}

function ingestConversation(reading: PageReading, account: string, thread: ThreadReading, ctx: IngestContext, work: Work): string[] {
  const key = threadRowKey(reading.provider, account, thread.threadKey);
  const existing = work.threads.get(key);
  const userWrote = thread.messages.some((m) => m.from.address === account);
  if (!userWrote && !existing) return [];

  const prospects = new Map<string, ProspectRow>();
  // The first mention of each address, in reading order.
  for (const person of thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc])) {
    if (!person.address || prospects.has(person.address)) continue;
    if (isCounterpart(person.address, account, ctx.ignore)) prospects.set(person.address, prospectFor(work, account, person.address, person.name, ctx.now));
  }
  for (const id of existing?.prospectIds ?? []) {
    const p = work.prospects.get(id);
    if (p) for (const a of p.addresses) if (!prospects.has(a)) prospects.set(a, p);
  }
  if (prospects.size === 0) return [];

  const rows: TouchRow[] = [];
  for (const [i, m] of thread.messages.entries()) {
    if (m.at === null) continue;
    const base = { account, channel: 'email' as const, at: m.at, threadKey: thread.threadKey, ...(thread.subject ? { subject: thread.subject } : {}) };
    if (m.from.address === account) {
      const recipients = [...m.to, ...m.cc].filter((r) => r.address);
      // A collapsed message shows its sender but not its recipients (Gmail):
      // the user's message then went to the thread's prospects.
      const to = recipients.length ? recipients.map((r) => [r.address!, prospects.get(r.address!)] as const) : [...prospects].map(([a, p]) => [a, p] as const);
      const seen = new Set<string>();
      for (const [address, p] of to) {
        if (!p || seen.has(p.id)) continue;
        seen.add(p.id);
        rows.push({ ...base, id: `m:${reading.provider}:${messageKey(thread, m)}>${p.id}`, prospectId: p.id, direction: 'out', address });
      }
    } else if (m.kind === 'bounce' && !senderProspect(m.from, prospects)) {
      // A delivery failure comes from the mail system, not the prospect: it is about the user's message just before it.
      const bounced = bouncedRecipient(thread.messages.slice(0, i), account, prospects);
      if (bounced) rows.push({ ...base, id: `m:${reading.provider}:${messageKey(thread, m)}>${bounced.prospect.id}`, prospectId: bounced.prospect.id, direction: 'in', kind: 'bounce', address: bounced.address });
    } else {
      const p = senderProspect(m.from, prospects);
      if (p) {
        const row: TouchRow = { ...base, id: `m:${reading.provider}:${messageKey(thread, m)}>${p.id}`, prospectId: p.id, direction: 'in', kind: m.kind };
        if (m.from.address) row.address = m.from.address;
        if (m.pausedUntil !== undefined) row.pausedUntil = m.pausedUntil;
        rows.push(row);
      }
    }
  }
  const ids = new Set([...prospects.values()].map((p) => p.id));
  replaceProvisional(rows, thread.threadKey, work);
  // A first-seen time is a guess: keep the earliest guess, never move a known time.
  // A message's touch id names its prospect, so an earlier copy is in that prospect's timeline.
  for (const row of rows) {
    const earlier = work.timelines.get(row.prospectId)!.find((t) => t.id === row.id);
    if (earlier && earlier.at <= row.at) continue;
    putTouch(work, row);
  }
  putThread(work, { key, provider: reading.provider, account, threadKey: thread.threadKey, subject: thread.subject, prospectIds: [...ids], lastAt: maxAt(thread.messages.map((m) => m.at)), tracked: existing?.tracked ?? 'auto' });
  return [...ids];
}

/**
 * The one prospect address the user's latest earlier message went to. A
 * bounce says which address failed only in its body, which we do not read
 * for addresses: with several prospects on that message it is not known, and
 * nothing is marked.
 */
function bouncedRecipient(before: readonly MessageReading[], account: string, prospects: Map<string, ProspectRow>): { prospect: ProspectRow; address: string } | undefined {
  const sent = [...before].reverse().find((m) => m.from.address === account);
  if (!sent) return undefined;
  const addresses = [...new Set([...sent.to, ...sent.cc].map((r) => r.address).filter((a): a is string => !!a && prospects.has(a)))];
  if (addresses.length !== 1) return undefined;
  return { prospect: prospects.get(addresses[0]!)!, address: addresses[0]! };
}

function senderProspect(from: Person, prospects: Map<string, ProspectRow>): ProspectRow | undefined {
  if (from.address) return prospects.get(from.address);
  // A name with no address (Outlook, inside an organisation): match by name, only when it is unambiguous.
  const name = from.name?.trim().toLowerCase();
  if (!name) return undefined;
  const matches = [...new Set(prospects.values())].filter((p) => p.name?.toLowerCase() === name);
  return matches.length === 1 ? matches[0] : undefined;
}

/** Drops the provisional touches the rows replace (a send seen in the composer, a reply guessed from a list row). */
function replaceProvisional(rows: TouchRow[], threadKey: string, work: Work): void {
  for (const prospectId of new Set(rows.map((r) => r.prospectId))) {
    const timeline = work.timelines.get(prospectId)!;
    const gone = timeline.filter((t) => t.provisional && rows.some((r) => r.prospectId === prospectId && r.direction === t.direction && (t.threadKey === threadKey || Math.abs(r.at - t.at) <= PROVISIONAL_MATCH_MS) && r.at >= t.at - PROVISIONAL_MATCH_MS));
    if (!gone.length) continue;
    work.timelines.set(prospectId, timeline.filter((t) => !gone.includes(t)));
    for (const t of gone) {
      work.putTouches.delete(t.id);
      work.deleteTouches.add(t.id);
    }
  }
}

function ingestListRow(reading: PageReading, account: string, thread: ThreadReading, work: Work): string[] {
  const key = threadRowKey(reading.provider, account, thread.threadKey);
  const existing = work.threads.get(key);
  const summary = thread.summary;
  if (!existing || !summary?.lastAt) return [];
  const ids: string[] = [];
  const newer = existing.lastAt === null || summary.lastAt > existing.lastAt;
  const othersInRow = summary.participants.some((p) => p.address !== account);
  if (newer && summary.unread && othersInRow) {
    // An unread row newer than anything we know in a tracked thread: someone answered.
    const byAddress = summary.participants.map((p) => p.address).filter((a): a is string => !!a && a !== account);
    const candidates = existing.prospectIds.length === 1 ? existing.prospectIds : existing.prospectIds.filter((id) => work.prospects.get(id)?.addresses.some((a) => byAddress.includes(a)));
    for (const prospectId of candidates) {
      if (!work.timelines.has(prospectId)) continue; // a prospect forgotten since (ignored)
      putTouch(work, { id: `row:${key}:${summary.lastAt}>${prospectId}`, prospectId, account, channel: 'email', direction: 'in', at: summary.lastAt, threadKey: thread.threadKey, provisional: true, ...(thread.subject ? { subject: thread.subject } : {}) });
      ids.push(prospectId);
    }
  }
  putThread(work, { ...existing, subject: existing.subject ?? thread.subject, lastAt: Math.max(existing.lastAt ?? 0, summary.lastAt) });
  return ids;
}

/** `next` with the prospects `existing` already had, or null when that changes nothing. */
function mergedThread(existing: ThreadRow | undefined, next: ThreadRow): ThreadRow | null {
  if (existing) next.prospectIds = [...new Set([...existing.prospectIds, ...next.prospectIds])];
  return existing && JSON.stringify(existing) === JSON.stringify(next) ? null : next;
}

async function upsertThread(db: FollowThroughDb, existing: ThreadRow | undefined, next: ThreadRow): Promise<void> {
  const merged = mergedThread(existing, next);
  if (merged) await db.threads.put(merged);
}

function maxAt(ats: (number | null)[]): number | null {
  const known = ats.filter((a): a is number => a !== null);
  return known.length ? Math.max(...known) : null;
}

/** A send that went through (and was not undone) from a compose window. */
export async function ingestSent(db: FollowThroughDb, compose: ComposeSnapshot, at: number, ctx: IngestContext): Promise<string[]> {
  const account = compose.account;
  if (!account) return [];
  const ids: string[] = [];
  await inTransaction(db, 'rw', [db.prospects, db.touches, db.threads, db.meta], async (t) => {
    for (const r of [...compose.to, ...compose.cc]) {
      if (!r.address || !isCounterpart(r.address, account, ctx.ignore)) continue;
      const p = await findOrCreateProspect(t, account, r.address, r.name, ctx.now);
      // The message may already have been read back from the conversation (the page shows it before
      // the undo window ends): then it is recorded, and a stand-in would count the send twice.
      const known = await t.touches.where('prospectId').equals(p.id).filter((t) => !t.provisional && t.direction === 'out' && Math.abs(t.at - at) <= PROVISIONAL_MATCH_MS && (!compose.threadKey || t.threadKey === compose.threadKey)).count();
      if (known > 0) {
        ids.push(p.id);
        continue;
      }
      const row: TouchRow = { id: `sent:${compose.provider}:${compose.composeId}:${at}>${p.id}`, prospectId: p.id, account, channel: 'email', direction: 'out', at, address: r.address, provisional: true };
      if (compose.threadKey) row.threadKey = compose.threadKey;
      if (compose.subject) row.subject = compose.subject;
      await t.touches.put(row);
      ids.push(p.id);
    }
    if (compose.threadKey && ids.length) {
      const key = threadRowKey(compose.provider, account, compose.threadKey);
      const existing = await t.threads.get(key);
      await upsertThread(t, existing, { key, provider: compose.provider, account, threadKey: compose.threadKey, subject: compose.subject, prospectIds: ids, lastAt: Math.max(existing?.lastAt ?? 0, at), tracked: existing?.tracked ?? 'auto' });
    }
    await refreshProspects(t, ids, ctx.cadence, ctx.now);
  });
  return ids;
}
