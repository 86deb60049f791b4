import { describe, expect, it } from 'vitest';
import { dedupeTouches, touchRole } from '../../../../src/core/timeline';
import type { Touch } from '../../../../src/core/model';

const t = (id: string, at: number, fields: Partial<Touch> = {}): Touch => ({ id, prospectId: 'p', channel: 'email', direction: 'out', at, ...fields });

describe('dedupeTouches', () => {
  it('keeps one touch per id, ordered by time, ties in input order', () => {
    const out = dedupeTouches([t('c', 30), t('a', 10), t('b', 10), t('a', 10), t('c', 30)]);
    expect(out.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('lets a later copy fill in and override fields', () => {
    const [only] = dedupeTouches([t('x', 5, { direction: 'in', kind: 'auto-reply', subject: 'Out' }), t('x', 5, { direction: 'in', pausedUntil: 99, subject: undefined })]);
    expect(only).toEqual({ id: 'x', prospectId: 'p', channel: 'email', direction: 'in', at: 5, kind: 'auto-reply', pausedUntil: 99, subject: 'Out' });
  });

  it('gives the same answer for long timelines (the Map path) as for short ones', () => {
    const many = Array.from({ length: 80 }, (_, i) => t(`id${i % 50}`, (i * 37) % 23, i >= 50 ? { subject: `copy ${i}` } : {}));
    const out = dedupeTouches(many);
    expect(out).toHaveLength(50);
    expect(out.every((x, i) => i === 0 || out[i - 1]!.at <= x.at)).toBe(true);
    expect(out.find((x) => x.id === 'id3')!.subject).toBe('copy 53');
    // ties keep first-appearance order, exactly as the short path does
    const short = dedupeTouches(many.slice(0, 30));
    const long = dedupeTouches([...many.slice(0, 30), ...many.slice(0, 10)]);
    expect(long.map((x) => x.id)).toEqual(short.map((x) => x.id));
  });

  it('does not change its input', () => {
    const input = [t('b', 2), t('a', 1)];
    dedupeTouches(input);
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('touchRole', () => {
  it.each([
    [{ channel: 'note' }, 'record'],
    [{ channel: 'note', direction: 'in' }, 'record'],
    [{ channel: 'meeting', direction: 'in' }, 'meeting'],
    [{ channel: 'meeting' }, 'meeting'],
    [{ channel: 'call', voicemail: false }, 'outbound'],
    [{ channel: 'call', direction: 'in' }, 'reply'],
    [{ channel: 'text', direction: 'in' }, 'reply'],
    [{ direction: 'in', kind: 'auto-reply' }, 'auto-reply'],
    [{ direction: 'in', kind: 'bounce' }, 'bounce'],
    [{ direction: 'in', kind: 'message' }, 'reply'],
  ] as const)('%j is %s', (fields, role) => {
    expect(touchRole(t('x', 1, fields as Partial<Touch>))).toBe(role);
  });
});
