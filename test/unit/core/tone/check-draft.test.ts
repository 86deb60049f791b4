import { describe, expect, it } from 'vitest';
import type { ToneContext } from '../../../../src/core/model';
import { checkDraft, SEVERITIES, severityRank, toneRules, type CheckOptions } from '../../../../src/core/tone';
import { ctx } from '../../../fixtures/tone/case';

const rules = (draft: string, context?: ToneContext, options?: CheckOptions) => checkDraft(draft, context, options).findings.map((f) => f.rule);

describe('checkDraft findings', () => {
  it('finds each category with the exact span of the original text', () => {
    const draft = 'Hi Sam,\n\nJust checking in. I haven\u2019t heard back. Well, I guess you don\u2019t want to work with me.';
    const { findings, worst } = checkDraft(draft);
    expect(findings.map((f) => [f.rule, f.category])).toEqual([
      ['check-in', 'passive'],
      ['no-reply', 'scolding'],
      ['guess-not', 'breakup'],
    ]);
    for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.text);
    expect(findings[0]!.text).toBe('Just checking in');
    expect(findings[1]!.text).toBe('I haven\u2019t heard back');
    expect(findings[2]!.text).toBe('I guess you don\u2019t want to work with me');
    expect(worst).toBe('strong');
  });

  it('matches a phrase broken over lines and odd spaces, pointing at the original characters', () => {
    const draft = 'Hi,\nI wanted  to\r\n touch\u00a0base about May.';
    const [f] = checkDraft(draft).findings;
    expect(f?.rule).toBe('touch-base');
    expect(f?.text).toBe('wanted  to\r\n touch\u00a0base');
  });

  it('does not fire on mention or negation', () => {
    expect(rules('Rather than another \u201cjust checking in\u201d note, here is the report. Tuesday at 10?')).toEqual([]);
    expect(rules("Instead of following up the usual way, I recorded a video for you. Friday at 2?")).toEqual([]);
    expect(rules('Nobody needs another just-checking-in email, so: the API is live. Enable it?')).toEqual([]);
    expect(rules('You wrote "I\'ll take the hint if the board says no", and the board said yes!')).toEqual([]);
  });

  it('does not fire on "just" in other senses or on innocent check-ins and follow-ups', () => {
    expect(rules('We just published the price list, and I just now saw your note. Thursday?')).toEqual([]);
    expect(rules('The check-in desk opens at 8, and I will follow up with catering today.')).toEqual([]);
    expect(rules("I'm following up with our legal team and will send the addendum Wednesday.")).toEqual([]);
    expect(rules('The last email I sent had the wrong date. As promised, the deck is attached.')).toEqual([]);
  });

  it('still fires on the plain forms of the same words', () => {
    expect(rules('Just wanted to see if you liked it.')).toEqual(['just-wanted']);
    expect(rules('Following up on the proposal.')).toEqual(['follow-up']);
    expect(rules('This will be my last email.')).toEqual(['last-email']);
  });

  it('ignores quoted thread and signature', () => {
    const draft = 'The contract is attached. Can you sign by Friday?\n\nBest,\nAnna\n"Just checking in? Book a call"\n\nOn Mon, Jan 5, 2026 at 9:00 AM Bo <b@x.com> wrote:\n> per my last email';
    expect(checkDraft(draft).findings).toEqual([]);
  });

  it('turns rules off and reports the rest', () => {
    const draft = 'Just checking in. Per my last email, the price holds.';
    expect(rules(draft, undefined, { disabledRules: ['check-in'] })).toEqual(['per-last']);
    expect(rules(draft, undefined, { disabledRules: ['check-in', 'per-last'] })).toEqual([]);
  });

  it('gives every finding a message and a suggestion from its rule', () => {
    const { findings } = checkDraft('Touching base. Did you get my email? This is my third email.');
    expect(findings).toHaveLength(3);
    for (const f of findings) {
      const rule = toneRules.find((r) => r.id === f.rule)!;
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.suggestion).toBe(rule.better);
    }
  });
});

describe('severity', () => {
  it('orders severities', () => {
    expect(SEVERITIES).toEqual(['info', 'warn', 'strong']);
    expect(severityRank('info')).toBeLessThan(severityRank('warn'));
    expect(severityRank('warn')).toBeLessThan(severityRank('strong'));
  });

  it('passive is warn, info when the draft brings something new and asks something concrete', () => {
    expect(checkDraft('Just following up on the proposal.').findings[0]!.severity).toBe('warn');
    const habit = checkDraft('Just checking in. The permit came through, so we can start on the 12th. Shall I book the crew?');
    expect(habit.findings.map((f) => [f.rule, f.severity])).toEqual([['check-in', 'info']]);
    // When a colon turns the phrase into the delivery itself, there is no habit to note.
    expect(checkDraft('Just following up with news: the permit came through, so we can start on the 12th. Shall I book the crew?').findings).toEqual([]);
  });

  it('scolding is warn alone and strong when stacked or with a break-up', () => {
    expect(checkDraft("I haven't heard back.").findings[0]!.severity).toBe('warn');
    expect(checkDraft("I haven't heard back. As I mentioned, it is due.").findings.map((f) => f.severity)).toEqual(['strong', 'strong']);
    expect(checkDraft("I haven't heard back, so I'll close your file.").findings[0]!.severity).toBe('strong');
  });

  const close = "I'll stop reaching out for now; if things change I'm one reply away.";
  it('a calm close is info once the cadence is spent, warn mid-cadence, strong early', () => {
    expect(checkDraft(close, ctx({ touchesSoFar: 6, cadenceSpent: true })).worst).toBe('info');
    expect(checkDraft(close, ctx({ touchesSoFar: 4 })).worst).toBe('warn');
    expect(checkDraft(close).worst).toBe('warn');
    expect(checkDraft(close, ctx({ touchesSoFar: 1 })).worst).toBe('strong');
  });

  it('a bitter break-up is strong even after the cadence is spent', () => {
    expect(checkDraft("Well, I'll take the hint.", ctx({ touchesSoFar: 9, cadenceSpent: true })).worst).toBe('strong');
  });

  it('another plain chase after fatigue is warn without any trigger phrase, spanning the new text', () => {
    const draft = 'Hi Ben,\n\nAre you still considering the floor plan option?\n\nKai';
    const tired = ctx({ touchesSoFar: 5, unansweredInRow: 4, fatigueTripped: true });
    expect(checkDraft(draft).findings).toEqual([]);
    const [f] = checkDraft(draft, tired).findings;
    expect(f).toMatchObject({ rule: 'fatigue-chase', category: 'passive', severity: 'warn' });
    expect(f!.text).toBe(draft.slice(f!.start, f!.end));
    expect(f!.text.startsWith('Hi Ben')).toBe(true);
    // Something new is not a plain chase.
    expect(checkDraft('We just signed a distributor in Lyon: 2-day shipping. Worth a look Friday?', tired).findings).toEqual([]);
    expect(checkDraft(draft, tired, { disabledRules: ['fatigue-chase'] }).findings).toEqual([]);
  });
});
