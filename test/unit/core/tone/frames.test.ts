// One frame covers the ways people say one thing: each intent of issue 16 on
// paraphrases written for this test (not taken from any corpus), and the
// innocent senses of the same words.
import { describe, expect, it } from 'vitest';
import { checkDraft, type ToneCategory } from '../../../../src/core/tone';
import { parseFrame } from '../../../../src/core/tone/frame';
import { lexicon } from '../../../../src/core/tone/lexicon';

const categories = (draft: string) => [...new Set(checkDraft(draft).findings.map((f) => f.category))].sort();
const has = (draft: string, cat: ToneCategory) => checkDraft(draft).findings.some((f) => f.category === cat);

const cases: Record<string, [ToneCategory, string[]]> = {
  'their silence': ['scolding', [
    "Hi Jo, we still haven't had a word back on the renewal.",
    'Hi Jo, I never got an answer about the floor plan.',
    "Hey Jo, you've gone a bit quiet on me since the demo.",
    'Hi Jo, given the radio silence, I wanted to ask once more.',
    'Nothing back from you yet on the sizing question.',
    "It's been three weeks without a reply, Jo.",
    "Jo, you haven't even opened the last two emails.",
    'Why have I not had a response yet?',
  ]],
  'checks that a message arrived or was seen': ['passive', [
    'Did you happen to see my note from Tuesday?',
    'Not sure whether you got the proposal I sent.',
    'Just making sure my email reached you.',
    "Could you confirm you've received the contract?",
    'Did it land in your spam folder, perhaps?',
  ]],
  'counting attempts': ['scolding', [
    "I've phoned your office three times this week.",
    'This is the 4th note I have sent about the deposit.',
    "We've reached out to you several times since March.",
    "I've emailed you again and again about the onboarding.",
    'After multiple unanswered calls, I am trying email.',
    'Five emails later, I am still hoping to hear from you.',
    'For the umpteenth time, the invoice is attached.',
  ]],
  'their promises': ['scolding', [
    "You told me you'd send the figures by Monday.",
    'You were meant to loop in your CFO last week.',
    'You promised to sign before the holidays.',
    'We agreed you would confirm the headcount.',
  ]],
  'what was said before': ['scolding', [
    'As I have previously explained, setup is included.',
    'Like I said on the call, the price is fixed.',
    'As stated in my earlier email, the deposit is due.',
    'Per my previous message, the slot is Thursday.',
    'Please refer back to my email below for the details.',
  ]],
  'finality and closing out': ['breakup', [
    'Consider this my final note on the matter.',
    "This'll be the last time I reach out.",
    "One final nudge and then I'll leave it.",
    "I'm going to go ahead and close out your file.",
    "I'll take your name off our follow-up list.",
    "If I don't hear back by Friday, I'll assume the project is on ice.",
  ]],
  ultimatums: ['breakup', [
    "Unless you confirm today, we'll release your booking to another client.",
    'This is your final chance to lock in the rate.',
    "You've got until the 15th to decide, or the offer goes.",
    "If the invoice isn't settled by Monday, I'll pass it to a collections agency.",
  ]],
  'giving up, sarcasm, self-deprecation': ['breakup', [
    "Clearly this just isn't a priority for you.",
    "I'll take the hint and stop writing.",
    'Are you still alive over there?',
    'I feel like a broken record at this point.',
    "I'm done chasing this one.",
    "I probably wasn't what you were looking for anyway.",
  ]],
  'pressure from my own side': ['breakup', [
    'My manager is breathing down my neck about this deal.',
    "It's quarter end and I'm a few thousand short of my quota.",
    "You'd be doing me a huge favour if you signed today.",
    'I desperately need this one for my month.',
  ]],
  'apologetic re-sends': ['passive', [
    'Sorry to pester you again about this.',
    'Apologies for the repeated emails, Sam.',
    'Re-sending my earlier note in case it got buried.',
    'Forgive the persistence!',
  ]],
  'asks with no content': ['passive', [
    'Any news on your side?',
    'Where do we stand on this?',
    'Thoughts?',
    'Would love an update when you can.',
    'Have you come to a decision?',
  ]],
  'empty check-ins': ['passive', [
    'Checking back in on the proposal.',
    'Wanted to touch base about the quote.',
    'Looping back on my last note.',
    'Bumping this back to the top of your inbox.',
    'Just a friendly nudge on the contract.',
    'Reaching out once more about the lease.',
  ]],
};

// A second round of paraphrases, each a wording the first frames missed.
const more: [ToneCategory, string][] = [
  ['scolding', "I sent it last month and I've had no response."],
  ['scolding', 'I sent the contract on Monday and nothing has come back.'],
  ['scolding', 'Are you ignoring me?'],
  ['scolding', 'I know you saw it.'],
  ['scolding', "That's no excuse for leaving people hanging."],
  ['scolding', "I guess I'm not important enough for a reply."],
  ['scolding', 'This is email number five.'],
  ['scolding', 'The invoice remains unpaid despite reminders on the 5th and the 12th.'],
  ['scolding', "I've been trying to get hold of you for two weeks now."],
  ['scolding', 'You went quiet after the demo.'],
  ['scolding', 'I would appreciate the courtesy of a reply.'],
  ['scolding', "You've had the proposal for three weeks now."],
  ['scolding', 'Again, the deadline is Friday.'],
  ['breakup', 'Is this dead or not?'],
  ['breakup', 'We both know how that usually goes.'],
  ['breakup', 'Was the work not good enough?'],
  ['breakup', "I'll be pausing work from Monday until it's settled."],
  ['breakup', "I won't waste any more of your time."],
  ['breakup', "I've got a target to hit this month and you'd really help me out."],
  ['breakup', "It's clear this isn't going anywhere."],
  ['breakup', "I'm really under pressure from my director to get this signed."],
  ['breakup', "Since I haven't heard back, I'm going to go ahead and release the venue hold at 5pm today."],
  ['passive', 'Chasing on the below!'],
  ['passive', 'Did my email end up in your spam folder?'],
  ['passive', "Any chance you've had time to review?"],
  ['scolding', 'Not a single reply to any of my messages, which is disappointing.'],
  ['scolding', 'Three weeks and counting.'],
  ['scolding', 'Surely someone on your team can give me an answer.'],
  ['scolding', 'How many times do I have to ask?'],
  ['scolding', "I'm not sure my emails are getting through to you."],
  ['scolding', "It's frustrating not to hear anything back."],
  ['scolding', 'Your team promised delivery by the 10th, and here we are on the 24th.'],
  ['breakup', 'Last try, I promise.'],
  ['breakup', "I assume you've decided to go another way."],
  ['breakup', "Honestly, I'm not sure why I bother."],
  ['breakup', "I'm moving on to other clients."],
  ['breakup', "We'll have to go with another candidate unless you reply today."],
  ['passive', 'Following back up on my note.'],
  ['passive', 'Wondering if you had any thoughts?'],
  ['scolding', "Two weeks have gone by without a word."],
  ['scolding', "I sent the proposal three weeks ago and have heard nothing since."],
  ['scolding', "I shouldn't have to keep asking for this."],
  ['scolding', "Could you at least acknowledge my emails?"],
  ['scolding', "I'm sure you're very busy, but a reply would help."],
  ['scolding', "You said to check back in a month, and it's been two."],
  ['scolding', "We're now two weeks past the date you gave me."],
  ['scolding', "You've missed every deadline so far."],
  ['scolding', "I interviewed with your team and have been left in limbo since."],
  ['scolding', "The engineer you booked for the 9th never came."],
  ['scolding', "I've actually emailed you three times."],
  ['scolding', "Our letters of 3 and 17 March remain unanswered."],
  ['breakup', "Since I never heard back I'll close your file."],
  ['breakup', "Without a reply I'll assume you've moved on."],
  ['breakup', "This really is my last email."],
  ['breakup', "If I don't get a reply by Friday, the discount goes away."],
  ['breakup', "I'll be going over your head if this isn't resolved."],
  ['breakup', "I've spent enough time chasing this."],
  ['breakup', "I'm sure you've got bigger fish to fry."],
  ['breakup', "Silence speaks volumes."],
  // The same words as the quiet notices and corrections below, in their chasing sense.
  ['breakup', "I'm going to close the loop on this since I haven't heard back."],
  ['breakup', 'This is my final reminder.'],
  ['breakup', 'This is the last email in my sequence.'],
  ['passive', 'Sorry for the double email!'],
  ['passive', 'Resending this in case it got lost.'],
  ['passive', "I'm reaching out again to see if you had a chance to look."],
  ['passive', 'Following up on my last email.'],
  ['scolding', "You still haven't told me whether the budget came through."],
  ['scolding', "I'm not sure why this keeps getting ignored."],
  ['scolding', "I'd appreciate it if you could at least acknowledge my emails."],
  ['scolding', "I'm beginning to wonder if you read my emails at all."],
  ['scolding', "I realise you're busy, but this has dragged on for weeks."],
  ['scolding', "I just wish you'd told me."],
  ['breakup', 'A simple yes or no would do.'],
  ['breakup', "Either you're not interested or my emails are going to spam."],
  ['breakup', "I've given up trying to get an answer."],
  ['breakup', "Maybe I'm just not what you need."],
  ['breakup', "I understand if you've decided to go another way."],
];

describe('frames catch paraphrases of each intent', () => {
  it.each(more)('%s: %s', (category, draft) => {
    expect(has(draft, category), `${draft} -> ${JSON.stringify(checkDraft(draft).findings.map((f) => [f.rule, f.text]))}`).toBe(true);
  });

  for (const [intent, [category, drafts]] of Object.entries(cases)) {
    it.each(drafts)(`${intent}: %s`, (draft) => {
      expect(has(draft, category), `${draft} -> ${JSON.stringify(checkDraft(draft).findings.map((f) => [f.rule, f.text]))}`).toBe(true);
    });
  }
});

describe('innocent senses of the same words stay quiet', () => {
  it.each([
    'The follow-up meeting is on Tuesday at 10; the agenda is attached.',
    'You can check in at the hotel from 3pm, and the venue is a short walk away.',
    'The last email had a typo in the date: the workshop is on the 9th.',
    'We just released the new dashboard, and your account already has it.',
    "I'll close the ticket when you confirm the fix works on your side.",
    'The final invoice for the project is attached, with the 5% discount applied.',
    "I'd never write 'per my last email' to a client, so here is the summary again.",
    "I'm following up with our legal team today and will send the addendum on Wednesday.",
    "Just a reminder that our call is tomorrow at 10; here's the dial-in.",
    "Could you do me a favour and forward this to Sam?",
    "We're still waiting on the carrier, so the delivery moves to Thursday.",
    "I'm on leave from the 3rd, and Dana will cover your account.",
    'It looks like the file is not working in Safari; here is a PDF instead.',
    'Our fiscal year ends in June, so we can invoice either side of it.',
    'Thanks so much for the photos from the launch!',
    'We just released version 2.3, which fixes the export bug you reported.',
    "We're still waiting on the permits from the city, which should arrive next week.",
    'If you\'d rather not receive these updates, reply "stop" and I\'ll take you off the list.',
    'Logistics: hotel check in opens at 3 pm on Tuesday.',
    "I'm following up on invoice 2026-014, which was due on 15 January; the PDF is attached.",
    "It's been a few months since we spoke; we now handle e-bike cases too.",
    'As I mentioned on our last call, I am going on leave from the 16th.',
    "I'm still waiting to hear back from the factory on your fabric.",
    "I've asked for daily updates from our supplier so I can tell you at once.",
    'If you do not need the extra seats, I can remove them before the renewal.',
    "Let me know if the link doesn't work and I'll resend it.",
    'This is a reminder that your subscription renews on March 3.',
    'Final reminder: registration for the workshop closes tonight.',
    'In case you missed it, we published the full case study yesterday.',
    "We've been waiting for the right moment to launch, and spring looks perfect.",
    'We discussed this at length with our engineers, and the fix ships Monday.',
    "You'd really help us out by filling in the two-minute survey.",
    "After that they'll offer the date to another client, so let me know by Thursday.",
    'We\'ve been chasing the permit with the council and it was approved this morning.',
    "If I don't hear from you this week, I'll assume Tuesday still works and send the invite.",
    "Let's call it a day for this sprint and pick up the demo on Monday.",
    'This is goodbye from me as I retire next week; thank you for ten great years.',
    'Even a rough estimate would help us plan the budget.',
    "I haven't heard back from the printer yet, but I expect proofs tomorrow.",
    "I've tried a few times to reproduce the bug, without success.",
    "As requested, I've removed you from the mailing list.",
    "A final reminder: the webinar starts in one hour.",
    "There's no reply needed; this is just for your records.",
    "It's the third time we've run this workshop, and it keeps getting better.",
    "I've been waiting to share this news: we've won the award.",
    "We still haven't received the purchase order from procurement, so the shipment is on hold.",
    "I'd like to follow up on the points raised in the meeting with a short proposal.",
    "When you're ready to revisit, I'll be here.",
    'Can we close the loop on the pricing question by Thursday so the team can order hardware?',
    'This is the last email in our onboarding series; from here, your account manager will reach out directly.',
    'Apologies for the double email: the first one had the wrong attachment.',
    "Looks like my calendar invite didn't go through, so I'm resending it here.",
    "I'm reaching out again because the price change we discussed takes effect on March 1.",
    "Following up on Tuesday's workshop, here are the three decisions and who owns each.",
    'This is a final reminder that early-bird pricing ends on Friday.',
    'These are often overlooked in contracts: the exit clause and the notice period.',
    'Let me know if you see anything at all that looks off in the draft.',
    'A simple yes or no on the venue is all I need to book it.',
    "I've given up chasing the courier and booked a new pickup instead.",
    'The permit process dragged on for months, but it is approved now.',
    'Either you or Sam can sign the order form.',
    "Your emails have been forwarded to Priya while I'm on leave.",
  ])('%s', (draft) => {
    expect(categories(draft), JSON.stringify(checkDraft(draft).findings.map((f) => [f.rule, f.text]))).toEqual([]);
  });
});

describe('frame syntax', () => {
  it('takes gaps up to ~99 and refuses anything else that starts with ~, rather than reading it as a word', () => {
    expect(parseFrame('since ~12 release', lexicon)[0]!.slots[1]).toMatchObject({ kind: 'gap', max: 12 });
    expect(() => parseFrame('since ~100 release', lexicon)).toThrow(/gap/);
    expect(() => parseFrame('since ~x release', lexicon)).toThrow(/gap/);
  });
});
