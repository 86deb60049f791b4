// Readings from the content scripts become prospects, threads and touches.
// Idempotent: the same reading twice, from two tabs at once or out of order
// changes nothing the second time (ids are derived from the provider's ids,
// and each reading is written in one transaction).
import { isCounterpart, type IgnoreList } from '../core/counterpart';
import type { CadenceSettings } from '../core/model';
import type { ComposeSnapshot, MessageReading, PageReading, Person, ThreadReading } from '../shared/readings';
import { findOrCreateProspect, refreshProspects } from './prospects';
import type { FollowThroughDb, ProspectRow, ThreadRow, TouchRow } from './schema';

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
 * What one transaction has read and written so far (#18): each prospect's
 * touches as the transaction left them, read once, and the writes still in
 * flight. Requests in a transaction run in order, so a later read sees an
 * earlier write without waiting for it; the writes are awaited at the end.
 */
interface Work {
  timelines: Map<string, TouchRow[]>;
  writes: Promise<unknown>[];
}

export async function ingestReading(db: FollowThroughDb, reading: PageReading, ctx: IngestContext): Promise<string[]> {
  const account = reading.account;
  if (!account || !reading.readable) return [];
  const touched = new Set<string>();
  await db.transaction('rw', [db.accounts, db.prospects, db.touches, db.threads, db.meta], async () => {
    const work: Work = { timelines: new Map(), writes: [] };
    // Nothing below reads the account: its read and write go out alongside the rest.
    work.writes.push(db.accounts.get(account).then((acc) => db.accounts.put({ ...acc, address: account, provider: reading.provider, firstSeen: acc?.firstSeen ?? ctx.now, lastSeen: ctx.now })));
    for (const thread of reading.threads) {
      const ids = thread.source === 'list' ? await ingestListRow(db, reading, account, thread, ctx) : await ingestConversation(db, reading, account, thread, ctx, work);
      ids.forEach((id) => touched.add(id));
    }
    await refreshProspects(db, touched, ctx.cadence, ctx.now, work.timelines);
    await Promise.all(work.writes);
  });
  return [...touched];
}

async function ingestConversation(db: FollowThroughDb, reading: PageReading, account: string, thread: ThreadReading, ctx: IngestContext, work: Work): Promise<string[]> {
  const key = threadRowKey(reading.provider, account, thread.threadKey);
  const existing = await db.threads.get(key);
  const userWrote = thread.messages.some((m) => m.from.address === account);
  if (!userWrote && !existing) return [];

  const prospects = new Map<string, ProspectRow>();
  // The first mention of each address, in reading order; then their reads go out together (#18).
  const people = new Map<string, Person>();
  for (const person of thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc])) {
    if (!person.address || people.has(person.address)) continue;
    if (isCounterpart(person.address, account, ctx.ignore)) people.set(person.address, person);
  }
  const [found, known] = await Promise.all([
    Promise.all([...people.values()].map((person) => findOrCreateProspect(db, account, person.address!, person.name, ctx.now))),
    db.prospects.bulkGet(existing?.prospectIds ?? []),
  ]);
  [...people.keys()].forEach((address, i) => prospects.set(address, found[i]!));
  for (const p of known) if (p) for (const a of p.addresses) if (!prospects.has(a)) prospects.set(a, p);
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
  await replaceProvisional(db, rows, thread.threadKey, work);
  // A first-seen time is a guess: keep the earliest guess, never move a known time.
  // A message's touch id names its prospect, so an earlier copy is in that prospect's timeline.
  const writes: TouchRow[] = [];
  for (const row of rows) {
    const timeline = work.timelines.get(row.prospectId)!;
    const at = timeline.findIndex((t) => t.id === row.id);
    if (at >= 0 && timeline[at]!.at <= row.at) continue;
    if (at >= 0) timeline[at] = row;
    else timeline.push(row);
    writes.push(row);
  }
  if (writes.length) work.writes.push(db.touches.bulkPut(writes));
  work.writes.push(upsertThread(db, existing, { key, provider: reading.provider, account, threadKey: thread.threadKey, subject: thread.subject, prospectIds: [...ids], lastAt: maxAt(thread.messages.map((m) => m.at)), tracked: existing?.tracked ?? 'auto' }));
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

/** Reads the timelines of the rows' prospects (once per transaction) and deletes the provisional touches the rows replace. */
async function replaceProvisional(db: FollowThroughDb, rows: TouchRow[], threadKey: string, work: Work): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.prospectId))];
  const unread = ids.filter((id) => !work.timelines.has(id));
  const lists = await Promise.all(unread.map((prospectId) => db.touches.where('prospectId').equals(prospectId).toArray()));
  unread.forEach((id, i) => work.timelines.set(id, lists[i]!));
  const gone = new Set<string>();
  for (const prospectId of ids) {
    for (const t of work.timelines.get(prospectId)!) {
      if (!t.provisional) continue;
      const real = rows.some((r) => r.prospectId === prospectId && r.direction === t.direction && (t.threadKey === threadKey || Math.abs(r.at - t.at) <= PROVISIONAL_MATCH_MS) && r.at >= t.at - PROVISIONAL_MATCH_MS);
      if (real) gone.add(t.id);
    }
    if (gone.size) work.timelines.set(prospectId, work.timelines.get(prospectId)!.filter((t) => !gone.has(t.id)));
  }
  if (gone.size) work.writes.push(db.touches.bulkDelete([...gone]));
}

async function ingestListRow(db: FollowThroughDb, reading: PageReading, account: string, thread: ThreadReading, ctx: IngestContext): Promise<string[]> {
  const key = threadRowKey(reading.provider, account, thread.threadKey);
  const existing = await db.threads.get(key);
  const summary = thread.summary;
  if (!existing || !summary?.lastAt) return [];
  const ids: string[] = [];
  const newer = existing.lastAt === null || summary.lastAt > existing.lastAt;
  const othersInRow = summary.participants.some((p) => p.address !== account);
  if (newer && summary.unread && othersInRow) {
    // An unread row newer than anything we know in a tracked thread: someone answered.
    const byAddress = summary.participants.map((p) => p.address).filter((a): a is string => !!a && a !== account);
    const candidates = existing.prospectIds.length === 1 ? existing.prospectIds : (await db.prospects.bulkGet(existing.prospectIds)).filter((p): p is ProspectRow => !!p && p.addresses.some((a) => byAddress.includes(a))).map((p) => p.id);
    for (const prospectId of candidates) {
      await db.touches.put({ id: `row:${key}:${summary.lastAt}>${prospectId}`, prospectId, account, channel: 'email', direction: 'in', at: summary.lastAt, threadKey: thread.threadKey, provisional: true, ...(thread.subject ? { subject: thread.subject } : {}) });
      ids.push(prospectId);
    }
  }
  await upsertThread(db, existing, { ...existing, subject: existing.subject ?? thread.subject, lastAt: Math.max(existing.lastAt ?? 0, summary.lastAt) });
  return ids;
}

async function upsertThread(db: FollowThroughDb, existing: ThreadRow | undefined, next: ThreadRow): Promise<void> {
  if (existing) next.prospectIds = [...new Set([...existing.prospectIds, ...next.prospectIds])];
  if (existing && JSON.stringify(existing) === JSON.stringify(next)) return;
  await db.threads.put(next);
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
  await db.transaction('rw', [db.prospects, db.touches, db.threads, db.meta], async () => {
    for (const r of [...compose.to, ...compose.cc]) {
      if (!r.address || !isCounterpart(r.address, account, ctx.ignore)) continue;
      const p = await findOrCreateProspect(db, account, r.address, r.name, ctx.now);
      // The message may already have been read back from the conversation (the page shows it before
      // the undo window ends): then it is recorded, and a stand-in would count the send twice.
      const known = await db.touches.where('prospectId').equals(p.id).filter((t) => !t.provisional && t.direction === 'out' && Math.abs(t.at - at) <= PROVISIONAL_MATCH_MS && (!compose.threadKey || t.threadKey === compose.threadKey)).count();
      if (known > 0) {
        ids.push(p.id);
        continue;
      }
      const row: TouchRow = { id: `sent:${compose.provider}:${compose.composeId}:${at}>${p.id}`, prospectId: p.id, account, channel: 'email', direction: 'out', at, address: r.address, provisional: true };
      if (compose.threadKey) row.threadKey = compose.threadKey;
      if (compose.subject) row.subject = compose.subject;
      await db.touches.put(row);
      ids.push(p.id);
    }
    if (compose.threadKey && ids.length) {
      const key = threadRowKey(compose.provider, account, compose.threadKey);
      const existing = await db.threads.get(key);
      await upsertThread(db, existing, { key, provider: compose.provider, account, threadKey: compose.threadKey, subject: compose.subject, prospectIds: ids, lastAt: Math.max(existing?.lastAt ?? 0, at), tracked: existing?.tracked ?? 'auto' });
    }
    await refreshProspects(db, ids, ctx.cadence, ctx.now);
  });
  return ids;
}
