// The user's data, out and back in: a lossless JSON export (export, delete
// all, import gives the same data), a CSV of prospects with their status, and
// an import that checks the whole file before it writes anything and loses
// nothing the file does not name (#7, #18).
import type { z } from 'zod';
import type { CadenceSettings } from '../core/model';
import { parseSettings, type Settings, type SettingsPatch } from '../shared/settings';
import { statusOf } from './queries';
import { inTransaction, type FollowThroughDb, type IgnoredRow, type ProspectRow, type ReminderRow } from './schema';
import { cleanIgnored } from './ignore';
import { forgetCounts } from './section-counts';
import { checkPatch, loadSettings, type SyncArea } from './settings-store';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportSchema, type ExportFile } from './transfer-schema';

export { EXPORT_FORMAT, EXPORT_VERSION, ExportSchema, type ExportFile };

const ROWS = (db: FollowThroughDb) => [db.accounts, db.prospects, db.touches, db.threads, db.reminders, db.ignored];

export async function exportJson(db: FollowThroughDb, settings: Settings, now: number): Promise<ExportFile> {
  return db.transaction('r', ROWS(db), async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings,
    accounts: await db.accounts.toArray(),
    prospects: await db.prospects.toArray(),
    touches: await db.touches.toArray(),
    threads: await db.threads.toArray(),
    reminders: await db.reminders.toArray(),
    ignored: (await db.ignored.toArray()).map(({ kind, value, at }) => ({ kind, value, at })),
  })) as Promise<ExportFile>;
}

const NOT_IMPORTED = 'This file was not imported, nothing was changed.';

/** Names the first few problems in words a person can act on. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : 'file'}: ${i.message}`);
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `${NOT_IMPORTED} ${shown.join('; ')}${more}`;
}

export type ImportResult = { ok: true; counts: Record<string, number>; reminders: ReminderRow[]; settings: Settings } | { ok: false; error: string };

/** The settings a file brings: version 1 kept the ignore lists among them, now rows of their own. */
function fileSettings(data: ExportFile): { patch: SettingsPatch; ignored: IgnoredRow[] } {
  const { ignoredPeople, ignoredDomains, ...rest } = data.settings ?? {};
  const ignored: IgnoredRow[] = (data.ignored ?? []).map((r) => ({ ...r, key: '' }));
  for (const [list, kind] of [[ignoredPeople, 'person'], [ignoredDomains, 'domain']] as const) {
    if (!Array.isArray(list)) continue;
    for (const v of list) if (typeof v === 'string') ignored.push({ key: '', kind, value: v, at: data.exportedAt });
  }
  // Entries this version would refuse (a public mail domain, something that is no address) are left out.
  const valid = ignored.flatMap((r) => {
    try {
      const value = cleanIgnored(r.kind, r.value);
      return [{ ...r, value, key: `${r.kind}:${value}` }];
    } catch {
      return [];
    }
  });
  try {
    return { patch: checkPatch(rest), ignored: valid };
  } catch (err) {
    throw new Error(`${NOT_IMPORTED} ${(err as Error).message.replace(/^Not saved: /, 'settings: ')}`);
  }
}

/** Refuses a prospect that would give an address a second prospect next to one already stored. */
async function refuseSecondProspects(db: FollowThroughDb, prospects: readonly ProspectRow[]): Promise<void> {
  const owner = new Map<string, string>();
  // One read of what is stored beats a query per prospect in the file.
  for (const p of await db.prospects.toArray()) for (const a of p.addresses) owner.set(`${p.account}\n${a}`, p.id);
  const clashes: string[] = [];
  for (const p of prospects) {
    for (const a of p.addresses) {
      const other = owner.get(`${p.account}\n${a}`);
      if (other !== undefined && other !== p.id) clashes.push(`${a} (${other} here, ${p.id} in the file)`);
    }
  }
  if (clashes.length) throw new Error(`${NOT_IMPORTED} prospects: two prospects for one address: ${clashes.slice(0, 3).join(', ')}${clashes.length > 3 ? ` and ${clashes.length - 3} more` : ''}`);
}

/**
 * Checks the whole file first. Rows in the file replace the rows with their
 * ids and everything else stays; settings the file names are changed, the
 * others keep their values. The rows go in one transaction; the settings are
 * written first and put back as they were if that transaction fails, so a
 * failure of either changes nothing.
 */
export async function importJson(db: FollowThroughDb, sync: SyncArea, text: string, now: number): Promise<ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: `${NOT_IMPORTED} It is not valid JSON.` };
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const data = parsed.data;
  let settingsPart: ReturnType<typeof fileSettings>;
  try {
    settingsPart = fileSettings(data);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  const { patch, ignored } = settingsPart;
  const before = await loadSettings(db, sync, now);
  const changed = Object.fromEntries(Object.entries(patch).filter(([k, v]) => JSON.stringify(before[k as keyof Settings]) !== JSON.stringify(v)));
  if (Object.keys(changed).length) await sync.set(changed);
  // Statuses are recomputed on the next read, with this browser's cadence.
  const prospects = data.prospects.map((p): ProspectRow => ({ ...p, staleAt: 0 }));
  try {
    await inTransaction(db, 'rw', [...ROWS(db), db.meta], async (t) => {
      await refuseSecondProspects(t, prospects);
      await t.accounts.bulkPut(data.accounts);
      await t.prospects.bulkPut(prospects);
      await t.touches.bulkPut(data.touches);
      await t.threads.bulkPut(data.threads);
      await t.reminders.bulkPut(data.reminders);
      await t.ignored.bulkPut(ignored);
      // Imported rows come without ranks and replace some that had one: the next read counts again.
      await forgetCounts(t);
    });
  } catch (err) {
    if (Object.keys(changed).length) await sync.set(Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof Settings]])));
    if (err instanceof Error && err.message.startsWith(NOT_IMPORTED)) return { ok: false, error: err.message };
    throw err;
  }
  const counts = { prospects: data.prospects.length, touches: data.touches.length, threads: data.threads.length, accounts: data.accounts.length, 'ignored addresses and domains': ignored.length };
  return { ok: true, counts, reminders: data.reminders, settings: parseSettings({ ...before, ...patch }) };
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
