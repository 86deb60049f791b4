// @vitest-environment happy-dom
// Re-reading never doubles (#15): a conversation whose message times cannot
// be read falls back to "first seen", which differs on every reading; the
// same page read again must add nothing, however often and whenever it is read.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../../src/core/model';
import { ingestReading, type IngestContext } from '../../../../src/db/ingest';
import { FollowThroughDb } from '../../../../src/db/schema';
import { outlookProvider } from '../../../../src/providers/outlook';
import { FIXTURE_HOSTS, type OutlookHost, outlookPage } from '../../../fixtures/outlook/build-page';
import { NOW, sampleMailbox } from '../../../fixtures/outlook/sample-mailbox';
import { loadPage } from './load';

const ctx = (now: number): IngestContext => ({ cadence: { ...DEFAULT_CADENCE, timeZone: 'UTC' }, ignore: { ignoredPeople: [], ignoredDomains: [] }, now });

let db: FollowThroughDb;
beforeEach(async () => {
  db = new FollowThroughDb(`reread-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const undated = (mb = sampleMailbox(), host: OutlookHost = 'outlook.office.com') => loadPage(outlookPage(mb, { host, undatedStamps: true }));

describe('reading the same Outlook conversation again', () => {
  for (const host of FIXTURE_HOSTS) {
    it(`adds nothing when no message time can be read (${host}, 4 readings at 4 instants)`, async () => {
      const counts: number[] = [];
      for (let i = 0; i < 4; i++) {
        const now = NOW + i * 3_600_000;
        const reading = outlookProvider.readPage(undated(sampleMailbox(), host), now);
        const open = reading.threads.find((t) => t.source === 'conversation')!;
        expect(open.messages.every((m) => m.atSource === 'first-seen' && m.messageId)).toBe(true);
        await ingestReading(db, reading, ctx(now));
        counts.push(await db.touches.count());
      }
      // Ada wrote to Alice (one touch out), Alice answered (one in); Bob is a colleague.
      expect(counts).toEqual([2, 2, 2, 2]);
      // The first guess of a time is kept, never moved later.
      expect((await db.touches.toArray()).every((t) => t.at === NOW)).toBe(true);
    });
  }

  it('keeps two undated messages from one sender apart, and the same on every reading', () => {
    const mb = sampleMailbox();
    const proposal = mb.threads[0]!;
    proposal.messages.push({ ...proposal.messages[2]!, id: 'm3b', body: 'One more thing.' });
    const keys = () => outlookProvider.readPage(undated(mb), NOW).threads.find((t) => t.source === 'conversation')!.messages.map((m) => m.messageId);
    const first = keys();
    expect(new Set(first).size).toBe(4);
    expect(keys()).toEqual(first);
  });

  it('also for collapsed messages, and with hidden ones', async () => {
    for (let i = 0; i < 3; i++) {
      const doc = loadPage(outlookPage(sampleMailbox(), { host: 'outlook.live.com', undatedStamps: true, collapsed: [0, 1] }));
      await ingestReading(db, outlookProvider.readPage(doc, NOW + i * 60_000), ctx(NOW + i * 60_000));
    }
    expect(await db.touches.count()).toBe(2);
  });

  it('keys dated messages by sender and time as before (no key of its own)', () => {
    const reading = outlookProvider.readPage(loadPage(outlookPage(sampleMailbox())), NOW);
    expect(reading.threads.find((t) => t.source === 'conversation')!.messages.map((m) => m.messageId)).toEqual([null, null, null]);
  });
});
