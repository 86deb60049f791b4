// What the options page says about each tone rule: its name, what it is about,
// wording it catches, and what to write instead. The compose UI shows only a
// finding's message and suggestion (rule.ts), so this text lives apart from the
// rules and stays out of the compose UI bundle (#16). Keyed by rule id, in the
// order the options page lists the rules (rules/index.ts).

import type { ToneRuleInfo } from '../types';
import { allRules } from './index';

export interface RuleText {
  title: string;
  description: string;
  /** Wording this rule catches. */
  examples: string[];
  /** What to write instead, where it differs from the finding's own suggestion. */
  better?: string;
}

export const RULE_TEXT: Readonly<Record<string, RuleText>> = {
  'check-in': {
    title: 'Just checking in',
    description: '"Checking in" says you are waiting, not why they should reply.',
    examples: ['Just checking in on the proposal.', 'Quick check-in to see where things are.', 'Checking back on this.'],
  },
  'follow-up': {
    title: 'Following up',
    description: '"Following up" or "wanted to follow up" announces a chase instead of a reason.',
    examples: ['I wanted to follow up on my last email.', 'Following up on the below.', 'Just a quick follow-up.'],
  },
  'touch-base': {
    title: 'Touching base',
    description: '"Touching base" is a placeholder for a reason you have not given yet.',
    examples: ['Touching base to see if you had any thoughts.', 'Wanted to touch base about next steps.'],
  },
  'circle-back': {
    title: 'Circling back',
    description: '"Circling back" retraces your footprints instead of re-exciting the conversation.',
    examples: ['Circling back on this.', 'Just wanted to circle back.', 'Looping back on my note.'],
  },
  'bump': {
    title: 'Bumping this',
    description: '"Bumping this to the top of your inbox" moves the email, not the prospect.',
    examples: ['Bumping this up.', 'Bump!', 'Floating this back to the top of your inbox.'],
  },
  'ping': {
    title: 'Pinging, nudging',
    description: 'A ping or a gentle nudge asks for attention without offering anything.',
    examples: ['Pinging you again on this.', 'Just a gentle nudge.', 'Wanted to ping you about the contract.', 'Just a little nudge in case this slipped down your inbox.'],
  },
  'drop-note': {
    title: 'Dropping a note, reaching out again',
    description: '"Dropping you a note" or "reaching out again" is about you writing, not about them.',
    examples: ['Dropping you a quick note.', 'Reaching out again in case you have questions.', 'Just reaching out in case you need anything.'],
  },
  'any-update': {
    title: 'Any update?',
    description: '"Any update?" hands the work back to them and asks nothing they can answer quickly.',
    examples: ['Any update on this?', 'Where do things stand?', 'Thoughts?', 'Is there any news on your side?'],
  },
  'had-a-chance': {
    title: 'Have you had a chance to…',
    description: '"Have you had a chance to look?" asks them to own up to not looking, and gives them nothing new.',
    examples: ['Have you had a chance to review the proposal?', "Wondering if you've had a chance to look.", 'Did you get a chance to look at what I sent over?'],
  },
  'did-you-get': {
    title: 'Did you get my email?',
    description: 'Asking whether they received or saw it gives them nothing new, and hints that they ignored it.',
    examples: ['Did you get my last email?', 'Just making sure this reached you.', 'Not sure if my note landed.'],
  },
  'buried': {
    title: 'Making sure it did not get buried',
    description: 'Worrying that your email got lost hints that they ignored it.',
    examples: ["Making sure this didn't get buried.", 'In case my last email slipped through the cracks.', 'Keeping this on your radar.'],
  },
  'apology': {
    title: 'Apologising for writing',
    description: 'Apologising for a follow-up tells them it is not worth their time before they read it.',
    examples: ['Sorry to bother you again.', 'Apologies for the repeated emails.', 'Resending my last email.'],
    better: 'Write only when you have a reason, then give the reason without apology: "Saw your Series B news; here is how two similar teams scaled onboarding."',
  },
  'just-wanted': {
    title: 'Just wanted to see if…',
    description: '"Just wanted to see if / make sure / remind" shrinks the request until there is none.',
    examples: ['Just wanted to see if you had a moment.', 'I just wanted to make sure you saw this.'],
  },
  'fatigue-chase': {
    title: 'Another plain chase',
    description: 'After several unanswered touches, one more email of the same kind is unlikely to be the one that works.',
    examples: ['A fourth "any thoughts on the proposal?" with nothing new in it.'],
  },
  'no-reply': {
    title: "I haven't heard back",
    description: 'Pointing at their silence puts them on the defensive.',
    examples: ["I haven't heard back from you.", 'Given the lack of response…', "You've gone quiet.", 'Still no word on my side.'],
  },
  'counting': {
    title: "I've emailed you five times",
    description: 'Counting your attempts is a bill for your effort that they never ordered.',
    examples: ["I've emailed you four times now.", 'This is my third email.', 'After several attempts to reach you…', "I've reached out again and again."],
  },
  'as-mentioned': {
    title: 'As I mentioned',
    description: '"As I mentioned" tells them they should have remembered.',
    examples: ['As I mentioned in my last email…', 'Like I said, the price includes setup.', 'As I have already explained, the fee is fixed.'],
    better: 'Say it again plainly, as if for the first time; nobody minds reading a fact twice.',
  },
  'per-last': {
    title: 'Per my last email',
    description: '"Per my last email" is the most famous passive-aggressive phrase in business email.',
    examples: ['Per my last email, the deadline is Friday.', 'Please see my email below.'],
    better: 'Put the one thing that matters in this email, so they never need to scroll.',
  },
  'you-said': {
    title: 'You said you would',
    description: 'Reciting what they promised is a sad reminder, not a reason to act.',
    examples: ['You said you would get back to me by Friday.', 'You were supposed to send the contract.', 'You mentioned it would be in this week’s pay run.'],
  },
  'still-waiting': {
    title: 'Still waiting on…',
    description: '"Still waiting" makes your waiting their fault.',
    examples: ["I'm still waiting on the signed contract.", "We've been waiting for your feedback.", "I still haven't received payment."],
    better: 'Make the next step easy instead: "I have put the two open questions in a doc; a yes or no on each is enough."',
  },
  'reminder': {
    title: 'Friendly reminder',
    description: 'A "friendly reminder" is a reminder of what they have not done.',
    examples: ['Just a friendly reminder that the proposal expires soon.', 'Reminding you to sign the SOW.'],
  },
  'last-email': {
    title: 'This is my last email',
    description: 'Announcing the last email turns a pause into an ending.',
    examples: ['This will be my last email.', 'One last try before I close things out.', "You won't hear from me again."],
  },
  'close-file': {
    title: 'Closing your file',
    description: '"I am closing your file" is a verdict delivered to someone who did not ask for one.',
    examples: ["I'll go ahead and close your file.", 'Marking this as closed-lost.', "I'll take you off my list.", 'Is it alright if I close this out?'],
  },
  'assume-not': {
    title: "I'll assume you're not interested",
    description: 'Deciding for them that they are not interested.',
    examples: ["If I don't hear back, I'll assume you're not interested.", "I'll take that as a no.", "I'm guessing you've gone with someone else."],
  },
  'stop-contact': {
    title: "I'll stop reaching out",
    description: 'Promising to stop writing makes the next email a broken promise.',
    examples: ["I'll stop reaching out after this.", 'Should I stop emailing you?', "I won't bother you again.", "I'll leave you in peace."],
  },
  'guess-not': {
    title: "I guess you don't want to work with me",
    description: 'The bitter Friday-afternoon email: hurt, sarcasm, or giving up on them out loud.',
    examples: ["Well, I guess you don't want to work with me.", 'Clearly this is not a priority for you.', "Apparently I'm not worth a reply.", "I'll take the hint.", 'Did I scare you off?'],
  },
  'ultimatum': {
    title: 'Ultimatums and pressure',
    description: 'Deadlines and threats invented to force a reply, and urgency that is about you, not them.',
    examples: ["You have until Friday, or I'll give your spot to someone else.", 'This is your last chance.', "Otherwise I'll have to pull the discount.", "The pricing is only good until the 31st; after that it's gone."],
  },
  'need-the-deal': {
    title: 'I need this deal',
    description: 'Your quota, your boss or your month end is your pressure, not their reason to buy; it reads as need.',
    examples: ['I really need to close this by Friday.', 'My manager is on me about this one.', "It's month end and I'm close to my target.", "You'd be doing me a huge favour."],
  },
  'pest': {
    title: "I don't want to be a pest",
    description: 'Calling yourself a pest or a stalker speaks from need, not from value.',
    examples: ["I don't want to be a pest, but…", "I promise I'm not stalking you!", 'I feel like a broken record.'],
  },
  'passive/model': {
    title: 'Reads as an empty check-in',
    description: 'A sentence that, as a whole, reads as a check-in with nothing new in it, in wording no other rule names.',
    examples: [],
  },
  'scolding/model': {
    title: 'Reads as a reproach',
    description: 'A sentence that, as a whole, reads as a reminder of their silence or of what they have not done.',
    examples: [],
  },
  'breakup/model': {
    title: 'Reads as a break-up',
    description: 'A sentence that, as a whole, reads as closing the door, giving up, or pressure to reply now.',
    examples: [],
  },
  'subject/chase': {
    title: 'A subject that only chases',
    description: 'A subject such as "Following up" or "Checking in" tells them before they open it that nothing new is inside.',
    examples: ['Following up', 'Just checking in', 'Bumping this', 'Quick follow-up', 'Any update?'],
  },
  'subject/scold': {
    title: 'A subject that scolds',
    description: '"Still waiting", "Second reminder" or "No reply?" as a subject is a reproach they read before anything else.',
    examples: ['Still waiting', 'Second reminder', 'No reply?', 'Per my last email'],
  },
  'subject/close': {
    title: 'A subject that closes the door',
    description: '"Last attempt", "Final notice" or "Breaking up" as a subject announces the end before they read why.',
    examples: ['Last attempt', 'Final notice', 'Breaking up', 'Closing the loop', 'Should I close your file?'],
  },
};

/**
 * The rule list with its text, for the options page. Marked pure so that a
 * bundle importing the tone coach but not this list (the compose UI) drops it
 * and RULE_TEXT with it.
 */
export const toneRules: readonly ToneRuleInfo[] = /* @__PURE__ */ listRules();

function listRules(): ToneRuleInfo[] {
  return allRules.map((r) => {
    // A rule without text still gets a row (catalogue.test.ts fails on it).
    const text = RULE_TEXT[r.id] ?? { title: r.id, description: '', examples: [] };
    return { id: r.id, category: r.category, title: text.title, description: text.description, examples: text.examples, better: text.better ?? r.suggestion };
  });
}
