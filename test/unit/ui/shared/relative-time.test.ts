import { describe, expect, it } from 'vitest';
import { countText, relativeTime, shortDate } from '../../../../src/ui/shared/relative-time';

// The words are written out by hand (no formatter to build while the popup
// opens); they must stay the ones Intl itself gives.
// Local noon, so "3 hours ago" is the same local day in every time zone.
const NOW = new Date(2026, 4, 14, 12, 0).getTime();
const MINUTE = 60_000;
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function intlRelative(at: number, now: number): string {
  const diff = at - now;
  const startOfDay = (t: number) => new Date(t).setHours(0, 0, 0, 0);
  if (Math.abs(diff) < MINUTE) return 'just now';
  if (Math.abs(diff) < 60 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
  if (days === 0) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  if (Math.abs(days) < 14) return rtf.format(days, 'day');
  if (Math.abs(days) < 60) return rtf.format(Math.round(days / 7), 'week');
  if (Math.abs(days) < 365) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

describe('relativeTime', () => {
  it('says what Intl says, from minutes to years, past and future', () => {
    const offsets: number[] = [];
    for (let m = 1; m < 60 * 24 * 3; m += 7) offsets.push(m * MINUTE);
    for (let d = 3; d < 3 * 365; d += 1) offsets.push(d * 86_400_000 + 13 * MINUTE);
    for (const off of offsets) {
      for (const at of [NOW - off, NOW + off]) expect(relativeTime(at, NOW), `${at - NOW} ms`).toBe(intlRelative(at, NOW));
    }
  });

  it('words near moments plainly', () => {
    expect(relativeTime(NOW - 20_000, NOW)).toBe('just now');
    expect(relativeTime(NOW - 86_400_000, NOW)).toBe('yesterday');
    expect(relativeTime(NOW + 86_400_000, NOW)).toBe('tomorrow');
    expect(relativeTime(NOW - 5 * 86_400_000, NOW)).toBe('5 days ago');
    expect(relativeTime(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(relativeTime(NOW - 1_500 * 86_400_000, NOW)).toBe('4 years ago');
  });
});

describe('shortDate', () => {
  it('matches the en-GB short date, with and without the time', () => {
    for (let t = NOW - 400 * 86_400_000; t < NOW + 400 * 86_400_000; t += 86_400_000 * 3 + 37 * MINUTE) {
      expect(shortDate(t)).toBe(new Date(t).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }));
      expect(shortDate(t, false)).toBe(new Date(t).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }));
    }
  });
});

describe('countText', () => {
  it('groups thousands as Intl does', () => {
    for (const n of [0, 7, 999, 1_000, 10_000, 123_456, 1_234_567, -4_500]) expect(countText(n)).toBe(n.toLocaleString('en'));
  });
});
