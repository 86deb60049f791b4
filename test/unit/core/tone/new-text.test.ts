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

  it('drops quote headers in more of the languages Gmail writes them in, and forwarded messages', () => {
    expect(own('Prima.\n\nOp ma 2 mrt 2026 om 09:14 schreef Dana <d@x.com>:\n> oud')).toEqual(['Prima.']);
    expect(own('Grazie.\n\nIl giorno lun 2 mar 2026 alle ore 09:14 Dana <d@x.com> ha scritto:\n> vecchio')).toEqual(['Grazie.']);
    expect(own('Obrigado.\n\nEm seg., 2 de mar. de 2026 às 09:14, Dana <d@x.com> escreveu:\n> antigo')).toEqual(['Obrigado.']);
    expect(own('Tack.\n\nDen mån 2 mars 2026 kl 09:14 skrev Dana <d@x.com>:\n> gammal')).toEqual(['Tack.']);
    expect(own('Dzięki.\n\nW dniu pon., 2 mar 2026 o 09:14 Dana <d@x.com> napisał(a):\n> stary')).toEqual(['Dzięki.']);
    expect(own('Can you take this one?\n\nBegin forwarded message:\n\nFrom: Dana\nI guess you are not interested.')).toEqual(['Can you take this one?']);
  });

  it("drops a company's legal footer, and the signature above it", () => {
    const footer = 'CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive use of the intended recipient. If you have not received a reply within 2 business days, please follow up again.';
    expect(own(`Attached is the signed SOW.\n\nThanks,\nSam Ortiz\nOrtiz Design\n\n${footer}`)).toEqual(['Attached is the signed SOW.\n\nThanks,']);
    expect(own('Numbers attached.\n\nIf you are not the intended recipient, please delete this message and notify the sender.')).toEqual(['Numbers attached.']);
    expect(own('Numbers attached.\n\nBest,\nSam\n\nThis email and any files transmitted with it are confidential and intended solely for the addressee.')).toEqual(['Numbers attached.\n\nBest,']);
  });

  it('keeps a sentence of the user that reads like a footer opening when no sign-off comes before it', () => {
    const draft = 'Hi Ann,\nThis email is intended for whoever runs procurement at Acme: if that is not you, could you point me to them?\nBest,\nSam';
    expect(own(draft)).toEqual(['Hi Ann,\nThis email is intended for whoever runs procurement at Acme: if that is not you, could you point me to them?\nBest,']);
  });

  it('returns no spans for an empty or quote-only draft', () => {
    expect(newTextOf('')).toEqual([]);
    expect(newTextOf('> only quoted\n> text')).toEqual([]);
  });
});
