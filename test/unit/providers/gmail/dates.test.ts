// Gmail's localised date titles, parsed back to the minute in local time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGmailTitle } from '../../../../src/providers/gmail/dates';
import { gmailIdKey } from '../../../../src/providers/gmail/ids';
import { gmailTitle } from '../../../fixtures/gmail/locale';

const minute = (t: number) => Math.floor(t / 60_000) * 60_000;

describe('parseGmailTitle', () => {
  it.each([
    ['Thu, Nov 19, 2026, 10:02 AM', 2026, 10, 19, 10, 2],
    ['Thu, Nov 19, 2026, 12:05\u202fAM', 2026, 10, 19, 0, 5],
    ['Thu, Nov 19, 2026, 12:05 PM', 2026, 10, 19, 12, 5],
    ['Thu, Dec 4, 2014 at 2:02 PM', 2014, 11, 4, 14, 2],
    ['Do., 19. Nov. 2026, 10:02', 2026, 10, 19, 10, 2],
    ['Mo., 2. März 2026, 23:59', 2026, 2, 2, 23, 59],
    ['jeu. 19 nov. 2026, 10:02', 2026, 10, 19, 10, 2],
    ['mar. 3 févr. 2026 à 08:15', 2026, 1, 3, 8, 15],
    ['dim. 12 juil. 2026, 07:00', 2026, 6, 12, 7, 0],
    ['lun. 8 juin 2026, 07:00', 2026, 5, 8, 7, 0],
    ['jue, 19 nov 2026, 10:02', 2026, 10, 19, 10, 2],
    ['mar, 1 sept 2026, 18:40', 2026, 8, 1, 18, 40],
    ['19 de nov. de 2026, 10:02 p. m.', 2026, 10, 19, 22, 2],
  ])('%s', (title, y, mo, d, h, mi) => {
    expect(parseGmailTitle(title)).toBe(new Date(y, mo, d, h, mi).getTime());
  });

  it.each(['', '10:02 AM', 'Nov 19, 10:02 AM', 'Yesterday', 'EDITEDec 2, 2014', 'Thu, Feb 31, 2026, 10:02 AM', 'Foo 19, 2026, 10:02'])(
    'returns null for %j',
    (title) => expect(parseGmailTitle(title)).toBeNull(),
  );

  it('reads back every date the fixture pages write, in all four languages', () => {
    const langs = ['en', 'de', 'fr', 'es'] as const;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...langs), (t, lang) => {
        // The hour repeated when clocks go back cannot be told apart from a title: skip it.
        const off = (x: number) => new Date(x).getTimezoneOffset();
        fc.pre(off(t) === off(t - 3_600_000) && off(t) === off(t + 3_600_000));
        expect(parseGmailTitle(gmailTitle(t, lang))).toBe(minute(t));
      }),
      { numRuns: 400 },
    );
  });
});

describe('gmailIdKey', () => {
  it('normalises both id forms to the same hex key', () => {
    const hex = '18c1f2a3b4c5d6e7';
    const dec = BigInt('0x' + hex).toString();
    expect(gmailIdKey(`#thread-f:${dec}`)).toBe(hex);
    expect(gmailIdKey(`thread-f:${dec}`)).toBe(hex);
    expect(gmailIdKey(`#msg-f:${dec}`)).toBe(hex);
    expect(gmailIdKey(hex.toUpperCase())).toBe(hex);
    expect(gmailIdKey('0018c1')).toBe('18c1');
  });

  it.each([null, '', 'undefined', '#thread-a:r123', 'thread-f:99999999999999999999999', 'xyz'])('rejects %j', (raw) => {
    expect(gmailIdKey(raw)).toBeNull();
  });
});
