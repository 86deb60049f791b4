// Seeded store rows for the store and popup benchmarks: prospects as the
// background stores them (src/db/schema.ts) with their touches, and page
// readings as the content scripts send them (src/shared/readings.ts). The
// same seed gives the same input on every run. Pure: runs in node and, bundled,
// in the browser.
import { computeStatus } from '../../src/core/cadence';
import { applyStatus } from '../../src/db/prospects';
import type { CadenceSettings, Channel } from '../../src/core/model';
import { touchesForEngine } from '../../src/db/prospects';
import type { ProspectRow, TouchRow } from '../../src/db/schema';
import type { PageReading } from '../../src/shared/readings';

export const DAY = 86_400_000;
/** A Wednesday, 09:00 UTC: the benchmarks' "now". */
export const NOW = Date.parse('2026-11-25T09:00:00Z');
export const ACCOUNT = 'sam@northwind-studio.com';
const CHANNELS: Channel[] = ['email', 'email', 'email', 'email', 'call', 'linkedin', 'text', 'meeting', 'note'];
const DOMAINS = ['brightpath.io', 'acme-corp.com', 'globex.co.uk', 'initech.de', 'umbrella.fr', 'hooli.com', 'vandelay.net', 'wayne-ent.com'];

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `prospects` prospects with about `touchesPerProspect` touches each (1 to
 * 2n-1, so the total is close to n per prospect). No cached status: the
 * caller decides whether statuses are cached (see cacheStatuses in store-entry).
 */
export function storeRows(prospects: number, touchesPerProspect: number, seed = 9, now = NOW): { prospects: ProspectRow[]; touches: TouchRow[] } {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const ps: ProspectRow[] = [];
  const ts: TouchRow[] = [];
  for (let i = 0; i < prospects; i++) {
    const address = `person${i}@${pick(DOMAINS)}`;
    const createdAt = now - Math.floor(rnd() * 365 * DAY);
    const p: ProspectRow = { id: `p:${ACCOUNT}:${address}`, account: ACCOUNT, addresses: [address], name: `Person ${i}`, company: address.split('@')[1]!.split('.')[0]!, createdAt };
    const r = rnd();
    if (r < 0.04) p.closed = { state: pick(['won', 'lost', 'do-not-contact'] as const), at: now - Math.floor(rnd() * 60 * DAY) };
    else if (r < 0.08) {
      p.snoozedUntil = now + Math.floor((rnd() - 0.3) * 20 * DAY);
      p.snoozedAt = now - 10 * DAY;
    }
    if (rnd() < 0.15) p.nextStep = { what: 'call', at: now + Math.floor((rnd() - 0.5) * 30 * DAY), createdAt: now - 40 * DAY };
    const count = 1 + Math.floor(rnd() * (2 * touchesPerProspect - 1));
    for (let k = 0; k < count; k++) {
      const channel = pick(CHANNELS);
      const direction = rnd() < 0.7 ? 'out' : 'in';
      const at = createdAt + Math.floor(rnd() * (now - createdAt));
      const t: TouchRow = { id: `t:${i}:${k}`, prospectId: p.id, account: ACCOUNT, channel, direction, at };
      if (channel === 'email') {
        t.address = address;
        t.threadKey = `thread-${i}-${k % 3}`;
        t.subject = `Proposal for ${p.company}`;
        if (direction === 'in' && rnd() < 0.08) {
          t.kind = 'auto-reply';
          t.pausedUntil = at + Math.floor(rnd() * 20 * DAY);
        }
      }
      if (channel === 'call') t.voicemail = rnd() < 0.5;
      if (channel !== 'email' && rnd() < 0.5) t.note = 'Talked about the pilot; send the pricing sheet.';
      ts.push(t);
    }
    ps.push(p);
  }
  return { prospects: ps, touches: ts };
}

/**
 * `count` conversation readings as the Gmail content script sends them: each
 * a thread of 1 to 3 messages between the user and one of `people` outside
 * prospects (so most prospects are seen in several threads, as in a mailbox).
 */
export function readings(count: number, people: number, seed = 11): PageReading[] {
  const rnd = random(seed);
  const me = { address: ACCOUNT, name: 'Sam Rivera', confidence: 'high' as const };
  const out: PageReading[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(rnd() * people);
    const them = { address: `person${n}@${DOMAINS[n % DOMAINS.length]}`, name: `Person ${n}`, confidence: 'high' as const };
    const threadKey = `19a4c0de${i.toString(16).padStart(8, '0')}`;
    const size = 1 + Math.floor(rnd() * 3);
    let at = NOW - Math.floor(rnd() * 90 * DAY);
    const messages = [];
    for (let k = 0; k < size; k++) {
      const mine = k % 2 === 0;
      messages.push({ messageId: `${threadKey}-${k}`, from: mine ? me : them, to: [mine ? them : me], cc: [], at, atSource: 'exact' as const, kind: 'message' as const });
      at += Math.floor(rnd() * 3 * DAY);
    }
    out.push({ provider: 'gmail', account: ACCOUNT, view: 'conversation', threads: [{ threadKey, subject: `Intro call, ${them.name}`, source: 'conversation', messages, partial: false }], problems: [], readable: true });
  }
  return out;
}

/** Caches each prospect's status as refreshProspects leaves it after a write at `at` (touches after `at` not yet seen). */
export function cacheStatuses(rows: { prospects: ProspectRow[]; touches: TouchRow[] }, cadence: CadenceSettings, at: number): void {
  const byProspect = new Map<string, TouchRow[]>();
  for (const t of rows.touches) {
    const list = byProspect.get(t.prospectId);
    if (list) list.push(t);
    else byProspect.set(t.prospectId, [t]);
  }
  for (const p of rows.prospects) applyStatus(p, computeStatus(p, touchesForEngine((byProspect.get(p.id) ?? []).filter((t) => t.at <= at)), cadence, at), cadence, at);
}
