// The export file's format, checked with the same limits the protocol puts on
// live messages (#18): instants in range, bounded strings, real addresses,
// mail bases that pass the thread links' own check; and refused as a whole
// when two rows share an id or two prospects of one account share an address.
import { z } from 'zod';
import { AddressSchema, ProviderIdSchema } from '../shared/readings';
import { mailBase } from '../shared/mail-base';
import { InstantSchema as instant } from '../shared/protocol';
import { StepsSchema } from '../shared/settings';

export const EXPORT_FORMAT = 'followthrough-export';
/** 2 (#18): the ignore lists are rows of their own, no longer settings. Version 1 files are read too. */
export const EXPORT_VERSION = 2;

const id = z.string().min(1).max(1000);
const text = (max: number) => z.string().max(max);
const days = z.number().int().min(1).max(365);
const channel = z.enum(['email', 'call', 'linkedin', 'text', 'meeting', 'note']);
const statusKind = z.enum(['replied', 'due', 'waiting', 'dormant', 'snoozed', 'won', 'lost', 'do-not-contact']);
// An address as stored: already lower-case, so it must come back unchanged.
const address = z.string().max(320).refine((a) => AddressSchema.safeParse(a).success && a === a.trim().toLowerCase(), 'not an email address');

const ProspectRowSchema = z.object({
  id,
  account: address,
  addresses: z.array(address).min(1).max(50),
  name: text(256).optional(),
  company: text(256).optional(),
  closed: z.object({ state: z.enum(['won', 'lost', 'do-not-contact']), at: instant }).optional(),
  snoozedUntil: instant.optional(),
  snoozedAt: instant.optional(),
  dormantSince: instant.optional(),
  nextStep: z.object({ what: text(500), at: instant, createdAt: instant }).optional(),
  ghostings: z.number().int().min(0).max(1000).optional(),
  cadence: z.object({ stepsDays: StepsSchema.optional(), dormantEveryDays: days.optional() }).strict().optional(),
  badAddresses: z.array(address).max(50).optional(),
  createdAt: instant,
  lastThread: z.object({ provider: ProviderIdSchema, threadKey: text(256).min(1) }).optional(),
  // A cache of the engine's answer: recomputed on import, so it is dropped.
  status: z.object({ kind: statusKind, reason: text(1000) }).loose().optional(),
  statusAt: instant.optional(),
  rank: z.number().optional(),
  staleAt: z.number().optional(),
  // Fields version 1 wrote that nothing reads any more (schema v3): accepted, dropped.
  search: text(5000).optional(),
  statusKind: statusKind.optional(),
  chasing: z.union([z.literal(0), z.literal(1)]).optional(),
  dueAt: instant.optional(),
  lastTouchAt: instant.optional(),
}).strict().transform(({ status: _s, statusAt: _a, rank: _r, staleAt: _t, search: _x, statusKind: _k, chasing: _c, dueAt: _d, lastTouchAt: _l, ...p }) => p);

const TouchRowSchema = z.object({
  id,
  prospectId: id,
  account: address,
  channel,
  direction: z.enum(['out', 'in']),
  at: instant,
  kind: z.enum(['message', 'auto-reply', 'bounce']).optional(),
  pausedUntil: instant.optional(),
  voicemail: z.boolean().optional(),
  address: address.optional(),
  threadKey: text(256).optional(),
  subject: text(2000).optional(),
  note: text(5000).optional(),
  provisional: z.boolean().optional(),
}).strict();

const ThreadRowSchema = z.object({
  key: id,
  provider: ProviderIdSchema,
  account: address,
  threadKey: text(256).min(1),
  subject: text(2000).nullable(),
  prospectIds: z.array(id).max(500),
  lastAt: instant.nullable(),
  tracked: z.enum(['auto', 'manual']),
}).strict();

const base = z.string().max(300).refine((b) => mailBase(b) === b, 'not the address of a Gmail or Outlook mailbox');
const AccountRowSchema = z.object({ address, provider: ProviderIdSchema, firstSeen: instant, lastSeen: instant, base: base.optional() }).strict();
const ReminderRowSchema = z.object({ id, kind: z.literal('sleep-on-it'), at: instant, url: z.string().max(2000).refine((u) => mailBase(u) !== null, 'not a Gmail or Outlook address'), subject: text(2000).nullable(), to: z.array(text(320)).max(1000), createdAt: instant }).strict();
const IgnoredRowSchema = z.object({ kind: z.enum(['person', 'domain']), value: text(320), at: instant }).strict();

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function listed(values: string[]): string {
  return values.slice(0, 3).map((v) => `"${v}"`).join(', ') + (values.length > 3 ? ` and ${values.length - 3} more` : '');
}

export const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: instant,
  /** Only the fields present are imported; each is checked like a change from the options page. */
  settings: z.record(z.string(), z.unknown()).optional(),
  accounts: z.array(AccountRowSchema),
  prospects: z.array(ProspectRowSchema),
  touches: z.array(TouchRowSchema),
  threads: z.array(ThreadRowSchema),
  reminders: z.array(ReminderRowSchema),
  ignored: z.array(IgnoredRowSchema).optional(),
}).superRefine((data, ctx) => {
  const tables = { accounts: data.accounts.map((a) => a.address), prospects: data.prospects.map((p) => p.id), touches: data.touches.map((t) => t.id), threads: data.threads.map((t) => t.key), reminders: data.reminders.map((r) => r.id) };
  for (const [table, ids] of Object.entries(tables)) {
    const twice = duplicates(ids);
    if (twice.length) ctx.addIssue({ code: 'custom', path: [table], message: `${twice.length === 1 ? 'one id is' : `${twice.length} ids are`} there twice: ${listed(twice)}` });
  }
  const owners = new Map<string, string>();
  const shared: string[] = [];
  for (const p of data.prospects) {
    for (const a of new Set(p.addresses)) {
      const key = `${p.account}\n${a}`;
      const other = owners.get(key);
      if (other !== undefined && other !== p.id) shared.push(`${a} (${other} and ${p.id})`);
      else owners.set(key, p.id);
    }
  }
  if (shared.length) ctx.addIssue({ code: 'custom', path: ['prospects'], message: `two prospects for one address: ${listed(shared)}` });
  const ids = new Set(data.prospects.map((p) => p.id));
  data.touches.forEach((t, i) => {
    if (!ids.has(t.prospectId)) ctx.addIssue({ code: 'custom', path: ['touches', i, 'prospectId'], message: `touch "${t.id}" belongs to no prospect in the file` });
  });
});
export type ExportFile = z.infer<typeof ExportSchema>;
