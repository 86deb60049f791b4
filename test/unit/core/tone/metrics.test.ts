import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';

const metrics = (draft: string, subject?: string) => checkDraft(draft, undefined, subject === undefined ? {} : { subject }).metrics;

describe('metrics', () => {
  it('counts words, subject words and questions with Respondable bands', () => {
    const m = metrics('Is the pilot still on? Would Tuesday work? Or Wednesday?', 'Re: Pilot dates for May');
    expect(m.wordCount).toBe(10);
    expect(m.wordBand).toBe('short');
    expect(m.subjectWords).toBe(4);
    expect(m.subjectBand).toBe('best');
    expect(m.questionCount).toBe(3);
    expect(m.questionBand).toBe('best');
    expect(metrics('word '.repeat(80)).wordBand).toBe('best');
    expect(metrics('word '.repeat(130)).wordBand).toBe('long');
    expect(metrics('x').subjectWords).toBeNull();
  });

  it('does not count a "?" inside a link as a question', () => {
    expect(metrics('See https://example.com/a?b=1 for the data.').questionCount).toBe(0);
  });

  it('gives a higher reading grade to longer words and sentences', () => {
    const easy = metrics('Can we talk on Monday? I have a new idea for you.').readingGrade;
    const hard = metrics('Considering the organisational implications of the comprehensive implementation, an additional consultation regarding integration methodology appears indispensable.').readingGrade;
    expect(easy).toBeLessThan(5);
    expect(hard).toBeGreaterThan(12);
  });

  it('knows a concrete ask from an empty one', () => {
    expect(metrics('Would Tuesday at 10 work for a call?').asksConcrete).toBe(true);
    expect(metrics('Can you confirm the Leeds start date').asksConcrete).toBe(false);
    expect(metrics('I can come by on Thursday.').asksConcrete).toBe(true);
    expect(metrics('Any update on this?').asksConcrete).toBe(false);
    expect(metrics('Have you had a chance to review it?').asksConcrete).toBe(false);
    expect(metrics('Just checking in: is the pilot still planned for the spring?').asksConcrete).toBe(true);
  });

  it('knows when a draft brings something new, and what kind', () => {
    expect(metrics('Here is the report: https://x.io/r').newSignals).toEqual(['link', 'attachment']);
    expect(metrics('Congrats on the Series A!').newSignals).toEqual(['news']);
    expect(metrics('I had an idea for your signup page.').newSignals).toEqual(['idea']);
    expect(metrics('Please find the quote attached.').newSignals).toEqual(['attachment']);
    expect(metrics('Any update on the proposal?').bringsNew).toBe(false);
  });
});
