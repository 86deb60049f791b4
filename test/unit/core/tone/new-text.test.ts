import { describe, expect, it } from 'vitest';
import { newTextOf } from '../../../../src/core/tone';

const own = (draft: string) => newTextOf(draft).map((s) => draft.slice(s.start, s.end));

describe('newTextOf', () => {
  it('drops a Gmail "On … wrote:" block, also when Gmail wraps the header', () => {
    expect(own('See attached.\n\nOn Mon, Jan 5, 2026 at 9:00 AM Bo <b@x.com> wrote:\n> old')).toEqual(['See attached.']);
    expect(own('See attached.\n\nOn Wed, Apr 2, 2025 at 4:15 PM Samantha Greenwood <\nsam@x.com> wrote:\n> old')).toEqual(['See attached.']);
    expect(own('Hallo.\n\nAm Di., 4. März 2025 um 09:12 Uhr schrieb Dana <d@x.com>:\n> alt')).toEqual(['Hallo.']);
  });

  it('drops Outlook header blocks and separators', () => {
    expect(own('New dates below.\n\nFrom: Dana Lee <d@x.com>\nSent: Tuesday, March 4, 2025\nTo: Me\nSubject: RE: x\n\nold text')).toEqual(['New dates below.']);
    expect(own('Numbers attached.\n-----Original Message-----\nFrom: Ken\nold')).toEqual(['Numbers attached.']);
    expect(own('Ok.\n________________________________\nFrom: Ken\nold')).toEqual(['Ok.']);
  });

  it('keeps a "From:" line that is not a header block', () => {
    expect(own('From: the team at Acme, a small gift.\nEnjoy!')).toEqual(['From: the team at Acme, a small gift.\nEnjoy!']);
  });

  it('drops interleaved ">" lines but keeps the answers between them', () => {
    expect(own('Inline:\n> Can you do the 12th?\nYes.\n> And the 13th?\nNo.')).toEqual(['Inline:', 'Yes.', 'No.']);
  });

  it('drops the signature after a sign-off or a "-- " line, but keeps a P.S.', () => {
    expect(own('Tuesday works.\n\nBest,\nAnna Lee\nAcme | Sales\n+1 555 0100')).toEqual(['Tuesday works.\n\nBest,']);
    expect(own('Tuesday works.\n-- \nAnna\nJust checking in!')).toEqual(['Tuesday works.']);
    expect(own('Tuesday works.\n\nThanks,\nAnna\n\nP.S. We just shipped SSO.')).toEqual(['Tuesday works.\n\nThanks,', 'P.S. We just shipped SSO.']);
    expect(own('Sounds good.\n\nSent from my iPhone')).toEqual(['Sounds good.']);
  });

  it('keeps prose after a "Thanks!" line: it is not a signature', () => {
    const draft = 'Hi Ann,\nThanks!\nI looked at the plan you sent over last night and I think the second option is the one we should go with for the pilot.';
    expect(own(draft)).toEqual([draft]);
  });

  it('returns no spans for an empty or quote-only draft', () => {
    expect(newTextOf('')).toEqual([]);
    expect(newTextOf('> only quoted\n> text')).toEqual([]);
  });
});
