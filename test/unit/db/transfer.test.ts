import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../src/core/model';
import { ingestReading } from '../../../src/db/ingest';
import { FollowThroughDb } from '../../../src/db/schema';
import { deleteAll, exportCsv, exportJson, importJson } from '../../../src/db/transfer';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { PageReading } from '../../../src/shared/readings';

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
beforeEach(async () => {
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
    const result = await importJson(db, file);
    expect(result.ok).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that does not validate, whole, and says what is wrong', async () => {
    const data = await exportJson(db, DEFAULT_SETTINGS, NOW);
    const bad = { ...data, touches: [...data.touches, { ...data.touches[0]!, id: 'x2', prospectId: 'nobody' }], prospects: [...data.prospects, { ...data.prospects[0]!, id: 'p2', addresses: [] }] };
    await deleteAll(db);
    const result = await importJson(db, JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/nothing was changed/);
      expect(result.error).toMatch(/prospects\.1\.addresses/);
    }
    expect(await db.prospects.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
  });

  it('refuses something that is not JSON or not ours', async () => {
    expect(await importJson(db, '{not json')).toMatchObject({ ok: false });
    expect(await importJson(db, JSON.stringify({ format: 'other' }))).toMatchObject({ ok: false });
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
