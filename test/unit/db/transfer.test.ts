import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { ingestReading } from '../../../src/db/ingest';
import { FollowThroughDb } from '../../../src/db/schema';
import { refreshStale } from '../../../src/db/freshness';
import { deleteAll, exportCsv, exportJson, importJson, type ExportFile } from '../../../src/db/transfer';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { PageReading } from '../../../src/shared/readings';
import { memorySync } from './memory-sync';

const NOW = Date.UTC(2026, 10, 23, 12);
const me = 'sam@northwind-studio.com';
const reading: PageReading = {
  provider: 'gmail', account: me, view: 'conversation', readable: true, problems: [],
  threads: [{
    threadKey: 't1', subject: '=HYPERLINK("x"), "quoted"', source: 'conversation', partial: false,
    messages: [
      { messageId: 'm1', from: { address: me, name: 'me', confidence: 'high' }, to: [{ address: 'dana@brightpath.io', name: 'Dana, "D" <W>', confidence: 'high' }], cc: [], at: NOW - 86_400_000 * 5, atSource: 'title', kind: 'message' },
    ],
  }],
};

let db: FollowThroughDb;
let sync: ReturnType<typeof memorySync>;
const load = (text: string) => importJson(db, sync.area, text, NOW);
beforeEach(async () => {
  sync = memorySync();
  db = new FollowThroughDb(`transfer-${Math.random()}`);
  await db.open();
  await ingestReading(db, reading, { cadence: { ...DEFAULT_CADENCE, timeZone: 'UTC' }, ignore: { ignoredPeople: [], ignoredDomains: [] }, now: NOW });
});
afterEach(async () => {
  await db.delete();
});

async function snapshot() {
  return { prospects: await db.prospects.toArray(), touches: await db.touches.toArray(), threads: await db.threads.toArray(), accounts: await db.accounts.toArray() };
}

describe('export and import', () => {
  it('export, delete all, import gives the same data', async () => {
    const before = await snapshot();
    const file = JSON.stringify(await exportJson(db, DEFAULT_SETTINGS, NOW));
    await deleteAll(db);
    expect(await db.prospects.count()).toBe(0);
    const result = await load(file);
    expect(result.ok).toBe(true);
    // Cached statuses are recomputed on import, with this browser's cadence: at the same instant, the same.
    await refreshStale(db, { ...DEFAULT_CADENCE, timeZone: 'UTC' }, NOW);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that does not validate, whole, and says what is wrong', async () => {
    const data = await exportJson(db, DEFAULT_SETTINGS, NOW);
    const bad = { ...data, touches: [...data.touches, { ...data.touches[0]!, id: 'x2', prospectId: 'nobody' }], prospects: [...data.prospects, { ...data.prospects[0]!, id: 'p2', addresses: [] }] };
    await deleteAll(db);
    const result = await load(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/nothing was changed/);
      expect(result.error).toMatch(/prospects\.1\.addresses/);
    }
    expect(await db.prospects.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
  });

  it('refuses something that is not JSON or not ours', async () => {
    expect(await load('{not json')).toMatchObject({ ok: false });
    expect(await load(JSON.stringify({ format: 'other' }))).toMatchObject({ ok: false });
  });

  it('writes a CSV a spreadsheet reads safely', async () => {
    const csv = await exportCsv(db, { ...DEFAULT_CADENCE, timeZone: 'UTC' }, NOW);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('name,company,addresses,account,status,due,last touch,last channel,next step,next step date,reason');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Dana, ""D"" <W>"');
    expect(lines[1]).toContain('dana@brightpath.io');
    expect(lines[1]).toContain(',due,');
  });
});

describe('an import that loses nothing (#18)', () => {
  const exported = async (): Promise<ExportFile> => JSON.parse(JSON.stringify(await exportJson(db, DEFAULT_SETTINGS, NOW)));

  it('keeps every setting the file does not name: `settings: {}` changes nothing', async () => {
    sync = memorySync({ stepsDays: [2, 4], recordIncognito: true, timeZone: 'Europe/Berlin' });
    await db.ignored.put({ key: 'person:boss@acme.test', kind: 'person', value: 'boss@acme.test', at: NOW });
    const file = { ...(await exported()), settings: {} };
    expect(await load(JSON.stringify(file))).toMatchObject({ ok: true });
    expect(Object.fromEntries(sync.data)).toEqual({ stepsDays: [2, 4], recordIncognito: true, timeZone: 'Europe/Berlin' });
    expect(await db.ignored.count()).toBe(1);
  });

  it('changes only the settings the file names, and adds its ignore lists (version 1 kept them among the settings)', async () => {
    sync = memorySync({ stepsDays: [2, 4], recordIncognito: true });
    const file = { ...(await exported()), version: 1, settings: { dueHour: 8, ignoredDomains: ['supplier.test', 'gmail.com'], ignoredPeople: ['Boss@Acme.test'] } };
    expect(await load(JSON.stringify(file))).toMatchObject({ ok: true });
    expect(Object.fromEntries(sync.data)).toEqual({ stepsDays: [2, 4], recordIncognito: true, dueHour: 8 });
    // A public mail domain is never an ignore entry, from a file either.
    expect((await db.ignored.toArray()).map((r) => r.key).sort()).toEqual(['domain:supplier.test', 'person:boss@acme.test']);
  });

  it('refuses settings out of range, naming them, and changes nothing', async () => {
    const file = { ...(await exported()), settings: { stepsDays: [0, 9999], dueHour: 8 } };
    await deleteAll(db);
    const result = await load(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^This file was not imported, nothing was changed\. settings: stepsDays/);
    expect(sync.data.size).toBe(0);
    expect(await db.prospects.count()).toBe(0);
  });

  it.each([
    ['an instant past what a Date holds', (f: ExportFile) => void (f.touches[0]!.at = 1e300), /touches\.0\.at/],
    ['a fractional instant', (f: ExportFile) => void (f.prospects[0]!.createdAt = 1.5), /prospects\.0\.createdAt/],
    ['an endless name', (f: ExportFile) => void (f.prospects[0]!.name = 'x'.repeat(10_000)), /prospects\.0\.name/],
    ['an address that is none', (f: ExportFile) => void (f.prospects[0]!.addresses = ['not an address']), /prospects\.0\.addresses\.0/],
    ['a mail base pointing elsewhere', (f: ExportFile) => void (f.accounts[0]!.base = 'https://evil.example/mail/u/0/'), /accounts\.0\.base: not the address of a Gmail or Outlook mailbox/],
    ['a reminder that opens another site', (f: ExportFile) => void f.reminders.push({ id: 'r1', kind: 'sleep-on-it', at: NOW, url: 'javascript:alert(1)', subject: null, to: [], createdAt: NOW }), /reminders\.0\.url/],
  ])('refuses %s', async (_what, spoil, message) => {
    const file = await exported();
    spoil(file);
    const result = await load(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses duplicate ids and two prospects for one address, naming them', async () => {
    const file = await exported();
    const p = file.prospects[0]!;
    const twice = { ...file, touches: [...file.touches, file.touches[0]!] };
    const r1 = await load(JSON.stringify(twice));
    expect(r1).toMatchObject({ ok: false });
    if (!r1.ok) expect(r1.error).toContain(`touches: one id is there twice: "${file.touches[0]!.id}"`);
    const second = { ...file, prospects: [...file.prospects, { ...p, id: 'p:other' }] };
    const r2 = await load(JSON.stringify(second));
    if (!r2.ok) expect(r2.error).toContain(`two prospects for one address: "dana@brightpath.io (${p.id} and p:other)"`);
    expect(r2.ok).toBe(false);
    // Against what is stored: the file's prospect has another id for an address already tracked here.
    const clash = { ...file, prospects: [{ ...p, id: 'p:other' }], touches: [] };
    const r3 = await load(JSON.stringify(clash));
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.error).toContain(`two prospects for one address: dana@brightpath.io (${p.id} here, p:other in the file)`);
    expect((await db.prospects.toArray()).map((x) => x.id)).toEqual([p.id]);
  });

  it('puts the settings back when the rows cannot be written, and writes no row when the settings cannot be', async () => {
    const file = { ...(await exported()), settings: { dueHour: 7 } };
    file.prospects[0]!.name = 'Renamed';
    sync.state.failWrites = true;
    await expect(load(JSON.stringify(file))).rejects.toThrow(/quota/);
    expect((await db.prospects.toArray())[0]!.name).not.toBe('Renamed');
    sync.state.failWrites = false;
    // The rows fail (a second prospect for the address appears only inside the transaction): the settings are put back.
    sync.data.set('dueHour', 10);
    const clash = { ...file, prospects: [{ ...file.prospects[0]!, id: 'p:other' }], touches: [] };
    expect(await load(JSON.stringify(clash))).toMatchObject({ ok: false });
    expect(sync.data.get('dueHour')).toBe(10);
  });

  it('hands back the reminders, for their alarms', async () => {
    const file = await exported();
    file.reminders.push({ id: 'r1', kind: 'sleep-on-it', at: NOW + 3_600_000, url: 'https://mail.google.com/mail/u/0/#inbox', subject: 'Pricing', to: ['dana@brightpath.io'], createdAt: NOW });
    const result = await load(JSON.stringify(file));
    expect(result.ok && result.reminders.map((r) => r.id)).toEqual(['r1']);
  });
});
