import { describe, expect, it } from 'vitest';
import { classifyInbound } from '../../../../src/core/timeline';

// Received Tuesday 1 Dec 2026, 11:00 in Berlin.
const RECEIVED = Date.parse('2026-12-01T10:00:00Z');
const DAY = 86_400_000;
const berlinMidnight = (iso: string) => Date.parse(`${iso}T00:00:00+01:00`);
const classify = (subject: string, body: string, from = 'dana@acme.test', timeZone: string | undefined = 'Europe/Berlin') =>
  classifyInbound({ subject, body, from, receivedAt: RECEIVED, timeZone });

describe('out-of-office replies', () => {
  it.each([
    // [subject, body, return day (start, Berlin)]
    ['Automatic reply: Proposal', 'I am out of the office until 12/14 with limited access to email.', '2026-12-15'],
    ['Out of Office: Re: Proposal', "I'm on vacation, back on Monday 14 December.", '2026-12-14'],
    ['Abwesenheitsnotiz: Angebot', 'Ich bin bis zum 14.12.2026 nicht im Büro. In dringenden Fällen …', '2026-12-15'],
    ['Automatische Antwort: Angebot', 'Vielen Dank. Ab 14.12. bin ich wieder erreichbar.', '2026-12-14'],
    ['Réponse automatique : Proposition', "Je suis absente jusqu'au 14 décembre inclus.", '2026-12-15'],
    ['Respuesta automática: Propuesta', 'Estoy fuera de la oficina hasta el 14 de diciembre.', '2026-12-15'],
    ['Re: Proposal', 'Auto-Submitted: auto-replied\n\nI am away, returning 2026-12-10.', '2026-12-10'],
    ['Out of office', 'Away from 1 Dec to 9 Dec, back on 10 December 2026.', '2026-12-10'],
    ['Automatic reply', 'Back December 7th.', '2026-12-07'],
    ['Out of Office', 'I am traveling and will be back on Monday.', '2026-12-07'],
    ['Out of office', 'Returning 03/12.', '2026-12-03'], // 3 Dec is nearer than 12 March
    ['Out of office', 'Back 14/12/26.', '2026-12-14'],
    ['Out of office', 'Back 5 January.', '2027-01-01'], // next occurrence is 35 days out: capped below
  ])('%s | %s', (subject, body, day) => {
    const c = classify(subject, body);
    expect(c.kind).toBe('auto-reply');
    const expected = Math.min(berlinMidnight(day), RECEIVED + 30 * DAY);
    expect(new Date(c.pausedUntil!).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('pauses 14 days when no return date is stated', () => {
    expect(classify('Out of Office', 'I have limited access to email.').pausedUntil).toBe(RECEIVED + 14 * DAY);
    expect(classify('Re: Proposal', 'Ich bin derzeit im Urlaub.')).toEqual({ kind: 'auto-reply', pausedUntil: RECEIVED + 14 * DAY });
  });

  it('caps a stated return at 30 days and ignores dates in the past', () => {
    expect(classify('Out of office', 'Back on 1 March 2027.').pausedUntil).toBe(RECEIVED + 30 * DAY);
    expect(classify('Out of office', 'I was away since 2026-11-20; back 2026-12-04.').pausedUntil).toBe(berlinMidnight('2026-12-04'));
  });

  it('reads dates in UTC when no zone is given', () => {
    const c = classifyInbound({ subject: 'Out of office', body: 'Back 2026-12-04.', from: 'a@b.c', receivedAt: RECEIVED });
    expect(c.pausedUntil).toBe(Date.parse('2026-12-04T00:00:00Z'));
  });

  it('recognises body wording in each language without a telling subject', () => {
    for (const body of ["I'm currently out of the office.", 'Je suis en congés.', 'Estaré de vacaciones.', 'Dies ist eine automatische Antwort.']) {
      expect(classify('Re: Proposal', body).kind).toBe('auto-reply');
    }
  });
});

describe('bounces', () => {
  it.each([
    ['Delivery Status Notification (Failure)', 'Address not found', 'mailer-daemon@googlemail.com'],
    ['Undeliverable: Proposal', 'Delivery has failed to these recipients', 'postmaster@outlook.com'],
    ['Unzustellbar: Angebot', '', 'someone@corp.de'],
    ['Non remis : Proposition', '', 'someone@corp.fr'],
    ['No se puede entregar: Propuesta', '', 'someone@corp.es'],
    ['Re: hi', 'Address not found\nYour message wasn\'t delivered to x@y.z', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'],
    ['hello', '550 5.1.1 The email account that you tried to reach does not exist.', 'relay@corp.test'],
  ])('%s from %s', (subject, body, from) => {
    expect(classify(subject, body, from)).toEqual({ kind: 'bounce' });
  });
});

describe('real replies stay replies', () => {
  it.each([
    ['Re: Proposal', 'Sounds good, Tuesday works. Back to you with the numbers on 14 December.'],
    ['Re: Proposal', 'Sorry, I was on leave last week. Yes, let us talk.'],
    ['Re: office move', 'We are moving out of the old office in March.'],
    ['Re: Angebot', 'Danke, ich melde mich bis zum 14.12.'],
    ['Re: Absence of data', 'The address you found is right.'],
  ])('%s | %s', (subject, body) => {
    expect(classify(subject, body)).toEqual({ kind: 'message' });
  });

  it('stays fast on a long body', () => {
    const body = `I am out of the office. ${'Lorem ipsum dolor sit amet 12/14 '.repeat(5000)}`;
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) classify('Automatic reply', body);
    expect((performance.now() - t0) / 100).toBeLessThan(5);
  });
});
