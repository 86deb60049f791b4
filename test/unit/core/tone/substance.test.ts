// A check-in phrase at the top of an email that goes on to say something is a
// habit, shown mildly; the same phrase with nothing after it is the chase.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';
import { deliversAfter, givesReason, hasSubstance, spanIndex } from '../../../../src/core/tone/substance';

const passive = (draft: string) => checkDraft(draft).findings.some((f) => f.category === 'passive');
const passiveSeverity = (draft: string) => checkDraft(draft).findings.find((f) => f.category === 'passive')?.severity;

describe('a passive phrase is the chase where the email is otherwise empty, and a habit where it is not', () => {
  it('flags the empty check-in, however politely padded', () => {
    expect(passive('Hi Ana,\n\nJust checking in on the proposal. Any update?\n\nThanks,\nLeo')).toBe(true);
    expect(
      passive('Hi Ana,\n\nI hope you had a lovely weekend and that the spring rush is treating you well.\nJust checking in to see whether you had a chance to look at the proposal I sent over.\nLet me know if you have any questions at all about it.\n\nBest,\nLeo'),
    ).toBe(true);
  });

  it('keeps the phrase as a mild finding when three sentences of the email carry news, answers or a plan', () => {
    const draft = [
      'Hi Ana,',
      '',
      'Just checking in on the rollout.',
      'The second site went live on Monday and the first week of orders came through without a single error.',
      'Your team asked about exporting to Xero, and that now works from the reports page with one click.',
      'I have booked Tuesday at 10 with Sam to walk your finance lead through the month-end close.',
      '',
      'Leo',
    ].join('\n');
    expect(passiveSeverity(draft)).toBe('info');
    expect(passiveSeverity('Hi Ana,\n\nJust checking in on the rollout. Any update?\n\nLeo')).toBe('warn');
  });

  it('still flags the break-up and scolding wording in a long email', () => {
    const draft = [
      'Just checking in again, as I still have not heard back from you.',
      'The second site went live on Monday and the first week of orders came through without a single error.',
      'Your team asked about exporting to Xero, and that now works from the reports page with one click.',
      'I have booked Tuesday at 10 with Sam to walk your finance lead through the month-end close.',
    ].join(' ');
    const cats = new Set(checkDraft(draft).findings.map((f) => f.category));
    expect(cats.has('scolding')).toBe(true);
    expect(passiveSeverity(draft)).toBe('info');
  });

  it('counts only sentences of the user\'s own text, of some length, that are not pleasantries or findings', () => {
    const long = 'The second site went live on Monday without a single error.';
    const text = `${long} ${long} Thanks so much for all your help with the launch last week.`;
    expect(hasSubstance(text, [{ start: 0, end: text.length }], [])).toBe(false);
    expect(hasSubstance(`${text} ${long}`, [{ start: 0, end: text.length + long.length + 1 }], [])).toBe(true);
    // The same sentences outside the user's own text (a quote) do not count.
    expect(hasSubstance(`${text} ${long}`, [{ start: 0, end: 10 }], [])).toBe(false);
    // A sentence that holds a finding is not content.
    expect(hasSubstance(`${long} ${long} ${long}`, [{ start: 0, end: 3 * long.length + 2 }], [{ start: 4, end: 10 }])).toBe(false);
    expect(hasSubstance('Short one. Too short. Still short.', [{ start: 0, end: 33 }], [])).toBe(false);
  });

  it('lets a check-in phrase stand that a colon turns into a delivery, but not into a question', () => {
    expect(passive('Circling back to your point about onboarding time: the average across 40 customers is nine days.')).toBe(false);
    expect(passive("Touching base on the agenda: I've added the pricing review as item 3.")).toBe(false);
    expect(passive('Just a quick follow-up with the numbers you asked for: 1,240 orders in March, up 18% on February.')).toBe(false);
    expect(passive('Checking back like I told you I would: are you ready to go ahead yet?')).toBe(true);
    expect(passive('Just following up: any news?')).toBe(true);
    expect(passive('Bumping this to the top of your inbox: let me know if you have any questions at all.')).toBe(true);
    expect(passive('Circling back on this - sometimes emails end up in spam and I wanted to be sure you saw it.')).toBe(true);
  });

  it('reads the delivery from the end of the phrase to the end of its sentence', () => {
    const text = 'circling back to your point: the average across forty customers is nine days. any update?';
    expect(deliversAfter(text, 'circling back'.length)).toBe(true);
    expect(deliversAfter(text, text.indexOf('any update') + 10)).toBe(false);
    expect(deliversAfter('following up: short one.', 12)).toBe(false);
    expect(deliversAfter('following up. then: the average across forty customers is nine days.', 12)).toBe(false);
  });

  it('lets an ask stand that gives its reason, in its sentence or the next', () => {
    expect(passive('Where do we stand on the headcount? Finance needs the final number for the budget on Friday.')).toBe(false);
    expect(passive("What's the latest on the building works? We need to know whether the crew can start on the 3rd.")).toBe(false);
    expect(passive('Any update on the proposal? Let me know.')).toBe(true);
    expect(passive('Any update? I need to know.')).toBe(true);
    expect(passive('Did you get a chance to look at the proposal? We need to order the panels by Friday to keep the March install.')).toBe(false);
    expect(passive('Have you had a chance to review it? Let me know.')).toBe(true);
    expect(passive('Where do we stand on this? Thanks. We need a coffee soon!')).toBe(true);
  });

  it('looks for the reason no further than the next sentence', () => {
    expect(givesReason('any update? finance needs it for the budget.', 11)).toBe(true);
    expect(givesReason('any update? thanks. finance needs it for the budget.', 11)).toBe(false);
    expect(givesReason('any update? i need to know.', 11)).toBe(false);
  });

  it('answers span overlaps as a plain scan would', () => {
    const spans = [{ start: 40, end: 45 }, { start: 0, end: 30 }, { start: 10, end: 12 }, { start: 50, end: 51 }];
    const overlaps = spanIndex(spans);
    for (let a = 0; a < 60; a += 3) {
      for (let b = a + 1; b < 62; b += 4) {
        expect(overlaps(a, b), `${a}-${b}`).toBe(spans.some((sp) => sp.start < b && sp.end > a));
      }
    }
    expect(spanIndex([])(0, 10)).toBe(false);
  });
});
