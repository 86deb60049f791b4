// The user's data, out and back in: a lossless JSON export (export, delete
// all, import gives the same data), a CSV of prospects with their status, and
// an import that validates the whole file before it writes anything (#7).
import { z } from 'zod';
import type { CadenceSettings } from '../core/model';
import { SettingsSchema, type Settings } from '../shared/settings';
import { statusOf } from './queries';
import type { FollowThroughDb, ProspectRow } from './schema';

export const EXPORT_FORMAT = 'followthrough-export';
export const EXPORT_VERSION = 1;

const instant = z.number().finite();
const channel = z.enum(['email', 'call', 'linkedin', 'text', 'meeting', 'note']);
const provider = z.enum(['gmail', 'outlook']);
const statusKind = z.enum(['replied', 'due', 'waiting', 'dormant', 'snoozed', 'won', 'lost', 'do-not-contact']);

const ProspectRowSchema = z.object({
  id: z.string().min(1),
  account: z.string().min(3),
  addresses: z.array(z.string().min(3)).min(1),
  name: z.string().optional(),
  company: z.string().optional(),
  closed: z.object({ state: z.enum(['won', 'lost', 'do-not-contact']), at: instant }).optional(),
  snoozedUntil: instant.optional(),
  snoozedAt: instant.optional(),
  dormantSince: instant.optional(),
  nextStep: z.object({ what: z.string(), at: instant, createdAt: instant }).optional(),
  ghostings: z.number().int().min(0).optional(),
  cadence: z.object({ stepsDays: z.array(z.number().int().positive()).optional(), dormantEveryDays: z.number().int().positive().optional() }).optional(),
  badAddresses: z.array(z.string()).optional(),
  createdAt: instant,
  dueAt: instant.optional(),
  statusKind,
  chasing: z.union([z.literal(0), z.literal(1)]),
  lastTouchAt: instant.optional(),
  lastThread: z.object({ provider, threadKey: z.string() }).optional(),
  search: z.string(),
  // A cache of the engine's answer: recomputed whenever stale, so only its shape is checked.
  status: z.object({ kind: statusKind, reason: z.string() }).loose().optional(),
  statusAt: instant.optional(),
  rank: z.number().optional(),
  staleAt: z.number().optional(),
}).strict();

const TouchRowSchema = z.object({
  id: z.string().min(1),
  prospectId: z.string().min(1),
  account: z.string(),
  channel,
  direction: z.enum(['out', 'in']),
  at: instant,
  kind: z.enum(['message', 'auto-reply', 'bounce']).optional(),
  pausedUntil: instant.optional(),
  voicemail: z.boolean().optional(),
  address: z.string().optional(),
  threadKey: z.string().optional(),
  subject: z.string().optional(),
  note: z.string().optional(),
  provisional: z.boolean().optional(),
}).strict();

const ThreadRowSchema = z.object({
  key: z.string().min(1),
  provider,
  account: z.string(),
  threadKey: z.string(),
  subject: z.string().nullable(),
  prospectIds: z.array(z.string()),
  lastAt: instant.nullable(),
  tracked: z.enum(['auto', 'manual']),
}).strict();

const AccountRowSchema = z.object({ address: z.string().min(3), provider, firstSeen: instant, lastSeen: instant, base: z.string().max(300).optional() }).strict();
const ReminderRowSchema = z.object({ id: z.string(), kind: z.literal('sleep-on-it'), at: instant, url: z.string(), subject: z.string().nullable(), to: z.array(z.string()), createdAt: instant }).strict();

export const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instant,
  settings: z.unknown(),
  accounts: z.array(AccountRowSchema),
  prospects: z.array(ProspectRowSchema),
  touches: z.array(TouchRowSchema),
  threads: z.array(ThreadRowSchema),
  reminders: z.array(ReminderRowSchema),
}).superRefine((data, ctx) => {
  const ids = new Set(data.prospects.map((p) => p.id));
  data.touches.forEach((t, i) => {
    if (!ids.has(t.prospectId)) ctx.addIssue({ code: 'custom', path: ['touches', i, 'prospectId'], message: `touch "${t.id}" belongs to no prospect in the file` });
  });
});
export type ExportFile = z.infer<typeof ExportSchema>;

export async function exportJson(db: FollowThroughDb, settings: Settings, now: number): Promise<ExportFile> {
  return db.transaction('r', [db.accounts, db.prospects, db.touches, db.threads, db.reminders], async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings,
    accounts: await db.accounts.toArray(),
    prospects: await db.prospects.toArray(),
    touches: await db.touches.toArray(),
    threads: await db.threads.toArray(),
    reminders: await db.reminders.toArray(),
  })) as Promise<ExportFile>;
}

/** Names the first few problems in words a person can act on. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : 'file'}: ${i.message}`);
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `This file was not imported, nothing was changed. ${shown.join('; ')}${more}`;
}

export type ImportResult = { ok: true; counts: Record<string, number>; settings: Settings } | { ok: false; error: string };

/** Validates the whole file first; writes all of it in one transaction, or nothing. */
export async function importJson(db: FollowThroughDb, text: string): Promise<ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file was not imported, nothing was changed: it is not valid JSON.' };
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const data = parsed.data;
  await db.transaction('rw', [db.accounts, db.prospects, db.touches, db.threads, db.reminders], async () => {
    await db.accounts.bulkPut(data.accounts);
    // A file from before the popup's rank index: mark its statuses stale, so they are recomputed (and ranked) on the next read.
    const prospects = (data.prospects as ProspectRow[]).map((p) => (p.rank === undefined || p.staleAt === undefined ? { ...p, staleAt: 0 } : p));
    await db.prospects.bulkPut(prospects);
    await db.touches.bulkPut(data.touches);
    await db.threads.bulkPut(data.threads);
    await db.reminders.bulkPut(data.reminders);
  });
  const counts = { prospects: data.prospects.length, touches: data.touches.length, threads: data.threads.length, accounts: data.accounts.length };
  return { ok: true, counts, settings: SettingsSchema.parse(data.settings && typeof data.settings === 'object' ? data.settings : {}) };
}

export async function deleteAll(db: FollowThroughDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

function csvCell(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function exportCsv(db: FollowThroughDb, cadence: CadenceSettings, now: number): Promise<string> {
  const header = ['name', 'company', 'addresses', 'account', 'status', 'due', 'last touch', 'last channel', 'next step', 'next step date', 'reason'];
  const lines = [header.join(',')];
  for (const p of await db.prospects.toArray()) {
    const s = await statusOf(db, p, cadence, now);
    const iso = (t: number | null | undefined) => (t === null || t === undefined ? '' : new Date(t).toISOString());
    lines.push([p.name, p.company, p.addresses.join(' '), p.account, s.kind, iso(s.dueAt), iso(s.lastTouch?.at), s.lastTouch?.channel, p.nextStep?.what, iso(p.nextStep?.at), s.reason].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
