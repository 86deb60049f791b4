// Tells the background how well this page was read (#15): the reading's
// `matched` entries and problem fields, no values. Sent when that changes,
// and at most once a minute otherwise, so "read 2 minutes ago" stays true
// without a write on every mutation of the page.
import { request } from '../shared/messaging';
import type { HealthReport } from '../shared/page-health';
import type { PageReading } from '../shared/readings';

const RESEND_MS = 60_000;

export function healthOf(reading: PageReading): HealthReport {
  const counts = new Map<string, number>();
  for (const p of reading.problems) counts.set(p.field, (counts.get(p.field) ?? 0) + 1);
  const page = reading.problems.find((p) => p.field === 'page');
  return {
    provider: reading.provider,
    account: reading.account,
    readable: reading.readable,
    view: reading.view,
    matched: reading.matched ?? {},
    problems: [...counts].slice(0, 100).map(([field, count]) => ({ field, count: Math.min(count, 10_000) })),
    // The sentence the user sees; which entries were tried is for `npm run inspect`.
    detail: page ? page.detail.replace(/\s*\(tried[^)]*\)/g, '').slice(0, 300) : '',
  };
}

export function healthReporter(now: () => number = Date.now) {
  let lastKey = '';
  let lastAt = -Infinity;
  return async (reading: PageReading): Promise<void> => {
    const health = healthOf(reading);
    const key = JSON.stringify(health);
    if (key === lastKey && now() - lastAt < RESEND_MS) return;
    [lastKey, lastAt] = [key, now()];
    try {
      await request('page/health', { health });
    } catch {
      lastKey = ''; // try again with the next reading
    }
  };
}
