// Page health (#15), kept small and apart from the prospect database: one
// storage.local key holding, per provider and account, when its page was last
// read and which fields fell back to a later selector entry or were not found.
// Validated on every read and write; the most recent MAX_HEALTH_ENTRIES kept.
import { chainPosition } from '../providers/selector-report';
import { browser } from '../shared/browser';
import type { PageProblem } from '../shared/views';
import { MAX_HEALTH_ENTRIES, PageHealthStoreSchema, type FieldHealth, type HealthReport, type PageHealth } from '../shared/page-health';

export const HEALTH_KEY = 'pageHealth';

/** What a report says, as kept: the fields that fell back or were missing, and how many were found first time. */
export function healthFrom(report: HealthReport, at: number, tabId: number | undefined): PageHealth {
  const fields: FieldHealth[] = [];
  let found = 0;
  for (const [field, entry] of Object.entries(report.matched)) {
    const position = chainPosition(report.provider, field, entry);
    if (position !== null && position > 0) fields.push({ field, state: 'fallback', entry });
    else found++;
  }
  for (const p of report.problems) if (p.field !== 'page') fields.push({ field: p.field, state: 'missing', count: p.count });
  return {
    provider: report.provider,
    account: report.account,
    at,
    readable: report.readable,
    view: report.view,
    found: Math.min(found, 1000),
    fields: fields.slice(0, 100),
    detail: report.detail,
    ...(tabId === undefined ? {} : { tabId }),
  };
}

export async function loadHealth(): Promise<PageHealth[]> {
  const raw = (await browser.storage.local.get(HEALTH_KEY))[HEALTH_KEY];
  const parsed = PageHealthStoreSchema.safeParse(raw);
  // Anything else (an older shape, a hand edit) is dropped: it is rebuilt by the next reading.
  return parsed.success ? parsed.data.entries : [];
}

/** Pages that could not be read at their last reading, newest first: the popup's banner. */
export async function pageProblems(): Promise<PageProblem[]> {
  return (await loadHealth()).filter((h) => !h.readable).map(({ provider, account, detail, at }) => ({ provider, account, detail, at }));
}

// Tabs report at the same moments (several mail tabs load together): one write
// at a time, or a read-modify-write would drop another tab's entry. Only the
// order of writes lives here; the data is in storage.
let writes: Promise<unknown> = Promise.resolve();

/** Keeps `health` as the entry of its provider and account; the oldest entries beyond the bound go. */
export function recordHealth(health: PageHealth): Promise<PageHealth[]> {
  const write = writes.then(async () => {
    // A page read before its account showed (account null) is superseded by the same tab's next reading.
    const same = (h: PageHealth) =>
      h.provider === health.provider && (h.account === health.account || (h.account === null && (h.tabId === undefined || h.tabId === health.tabId)));
    const entries = [health, ...(await loadHealth()).filter((h) => !same(h))].sort((a, b) => b.at - a.at).slice(0, MAX_HEALTH_ENTRIES);
    await browser.storage.local.set({ [HEALTH_KEY]: PageHealthStoreSchema.parse({ version: 1, entries }) });
    return entries;
  });
  writes = write.catch(() => undefined);
  return write;
}
