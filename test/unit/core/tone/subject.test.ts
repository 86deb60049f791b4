// The subject line is checked too (issue 16, point 4): a subject that is the chase
// itself is a finding whose span points into the subject.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/core/tone';

const GOOD_BODY = 'Hi Sam, the pilot numbers are attached: 31% fewer missed deliveries. Tuesday at 10 to go through them?';

function subjectFindings(subject: string) {
  return checkDraft({ text: GOOD_BODY, subject }).findings.filter((f) => f.field === 'subject');
}

describe('subject findings', () => {
  it.each([
    ['Following up', 'passive'],
    ['Checking in', 'passive'],
    ['Just checking in', 'passive'],
    ['Bumping this', 'passive'],
    ['Quick follow-up', 'passive'],
    ['touching base', 'passive'],
    ['Any update?', 'passive'],
    ['Still waiting', 'scolding'],
    ['Second reminder: invoice 0412', 'scolding'],
    ['Last attempt', 'breakup'],
    ['Final notice', 'breakup'],
    ['Breaking up', 'breakup'],
    ['Closing the loop', 'breakup'],
    ['Should I close your file?', 'breakup'],
    ['Reaching out again about the proposal', 'passive'],
  ] as const)('%s is a %s finding with its span in the subject', (subject, category) => {
    const found = subjectFindings(subject);
    expect(found.map((f) => f.category)).toContain(category);
    for (const f of found) {
      expect(subject.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(subject.length);
    }
  });

  it('leaves a subject that came with the thread (Re:, Fwd:) alone: the user did not write it now', () => {
    expect(subjectFindings('Still waiting')).not.toEqual([]);
    for (const subject of ['Re: Re: Still waiting', 'RE: Fwd: touching base', 'Fwd: Last attempt', 'AW: Following up']) expect(subjectFindings(subject), subject).toEqual([]);
  });

  it.each(['Follow-up call agenda for Tuesday', 'Re: Proposal for the Q3 rollout', 'Final invoice for the May shoot', 'Check-in details for your stay', 'Two options for the onboarding plan', 'Last-minute change to the venue', 'Reaching out about your new Leeds office'])(
    'leaves an ordinary subject alone: %s',
    (subject) => expect(subjectFindings(subject)).toEqual([]),
  );

  it('takes the subject as an option or in one object, and body findings carry no field', () => {
    const viaOption = checkDraft('Just checking in.', undefined, { subject: 'Following up' });
    const viaObject = checkDraft({ text: 'Just checking in.', subject: 'Following up' });
    expect(viaObject.findings).toEqual(viaOption.findings);
    expect(viaObject.findings.find((f) => f.field === undefined)?.text).toBe('Just checking in');
    expect(checkDraft({ text: 'Just checking in.' }).findings.every((f) => f.field === undefined)).toBe(true);
  });

  it('turns subject rules off like any other rule', () => {
    expect(checkDraft({ text: GOOD_BODY, subject: 'Breaking up' }, undefined, { disabledRules: ['subject/close'] }).findings).toEqual([]);
  });
});
