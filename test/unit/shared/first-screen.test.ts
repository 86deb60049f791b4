import { describe, expect, it } from 'vitest';
import { keptFirstScreen, usableFirstScreen } from '../../../src/shared/first-screen';
import type { Overview } from '../../../src/shared/views';

const NOW = Date.UTC(2026, 10, 25, 12);
const answer: Overview = { now: NOW, accounts: ['sam@northwind-studio.com'], sections: [{ id: 'waiting', rows: [], count: 0 }], dueCount: 0, total: 0, problems: [], stepsDays: [3, 7, 14], complete: true };

describe('the kept first screen', () => {
  it('is used from its own instant until it goes stale', () => {
    const kept = keptFirstScreen(answer, NOW + 60_000);
    expect(usableFirstScreen(kept, NOW)).toEqual(answer);
    expect(usableFirstScreen(kept, NOW + 59_999)).toEqual(answer);
    expect(usableFirstScreen(kept, NOW + 60_000)).toBeNull();
    // A clock set back before the answer was made: not trusted.
    expect(usableFirstScreen(kept, NOW - 1)).toBeNull();
  });

  it('after a midnight that was the first staleness of all, is shown marked updating until the next midnight', () => {
    const midnight = Date.UTC(2026, 10, 26);
    const kept = keptFirstScreen(answer, NOW + 3_600_000, midnight);
    expect(usableFirstScreen(kept, NOW + 3_600_000 - 1)).toEqual(answer);
    // Between the hour's cap and midnight: nothing went stale, but the cap is not passed over.
    expect(usableFirstScreen(kept, NOW + 3_600_000)).toBeNull();
    expect(usableFirstScreen(kept, midnight)).toEqual({ ...answer, updating: true });
    expect(usableFirstScreen(kept, midnight + 86_399_999)).toEqual({ ...answer, updating: true });
    expect(usableFirstScreen(kept, midnight + 86_400_000)).toBeNull();
    // A due instant before midnight went stale first: never shown after its time.
    expect(usableFirstScreen(keptFirstScreen(answer, NOW + 600_000, null), midnight)).toBeNull();
  });

  it('is refused when it is not what the background writes', () => {
    for (const bad of [undefined, null, 'x', {}, { ...keptFirstScreen(answer, NOW + 1000), format: 2 }, { format: 1, validUntil: NOW + 1000, answer: { ...answer, sections: 'x' } }, { format: 1, validUntil: NOW + 1000, answer: { ...answer, sections: [{ id: 'waiting' }] } }, { format: 1, validUntil: 'later', answer }]) {
      expect(usableFirstScreen(bad, NOW)).toBeNull();
    }
  });
});
