// Scolding: reminding the prospect of their silence or of what they promised.
// Seed 001: "DO NOT passively scold or remind them that they are not doing what
// they said they would". Seed 002: you never know what is going on in their world.

import { re, HAVENT, DIDNT, MSG, type ToneRule } from './rule';

const ASK_AGAIN = 'Ask the important question again as if for the first time ("act dumb", seed 001), e.g. "Is onboarding still the priority for Q3?"';
const WORLD = 'You never know what is going on in their world; silence is rarely about you.';

export const scoldingRules: readonly ToneRule[] = [
  {
    id: 'no-reply',
    category: 'scolding',
    title: "I haven't heard back",
    description: 'Pointing at their silence puts them on the defensive.',
    examples: ["I haven't heard back from you.", 'Given the lack of response…', "You've gone quiet."],
    better: ASK_AGAIN,
    message: `Naming their silence reads as a reproach. ${WORLD}`,
    suggestion: ASK_AGAIN,
    patterns: [
      re`\b(?:i |we )?(?:still )?(?:${HAVENT}|havent|${DIDNT}|never) (?:heard|gotten|got|received|had) (?:back|a (?:reply|response|word|peep)|any (?:reply|response|word|news|answer|feedback)|anything (?:back|from you)|(?:a |any )?(?:word )?from you)`,
      re`\b(?:no|without (?:a|any)) (?:reply|response|word|answer) (?:from you|yet|so far)\b`,
      re`\byou (?:${HAVENT}|${DIDNT}|never) (?:replied|responded|gotten back|got back|answered|written back|returned my (?:calls?|emails?))`,
      re`\b(?:given|after|despite|with) (?:the|your|all the|this) (?:silence|radio silence)\b`,
      re`\black of (?:a )?(?:response|reply|replies|communication|feedback)\b`,
      re`\byou(?:'ve| have)? (?:gone|went) (?:quiet|silent|dark|mia|awol|radio silent|cold)\b`,
      re`\bradio silence\b`,
      re`\bsurprised (?:i|we) (?:${HAVENT}|${DIDNT}) (?:heard|hear)`,
    ],
  },
  {
    id: 'did-you-get',
    category: 'scolding',
    title: 'Did you get my email?',
    description: 'Asking whether they received it implies they ignored it.',
    examples: ['Did you get my last email?', 'Not sure if you saw my note below.'],
    better: ASK_AGAIN,
    message: 'Asking whether they got your email suggests they ignored it; they almost certainly saw it.',
    suggestion: ASK_AGAIN,
    patterns: [
      re`\b(?:did|have) you (?:(?:happen|manage|get a chance) to )?(?:get|got|gotten|receive|received|see|seen|read|catch|caught|look at|looked at) (?:my|the (?:last|previous|earlier|below)) (?:(?:last|previous|earlier|prior|recent|other|original) )?(?:${MSG}|proposal|quote|invoice)`,
      re`\b(?:not sure|unsure|wondering|(?:wanted|want) to (?:see|check|confirm|make sure)|checking|confirm(?:ing)?|curious) (?:if|whether|that) you (?:(?:ever|actually) )?(?:got|received|saw|have seen|read|caught) (?:my|our)\b`,
    ],
  },
  {
    id: 'had-a-chance',
    category: 'scolding',
    title: 'Have you had a chance to…',
    description: '"Have you had a chance to look?" is a polite way of asking why they have not.',
    examples: ['Have you had a chance to review the proposal?', "Wondering if you've had a chance to look."],
    better: ASK_AGAIN,
    message: '"Had a chance to…" politely asks why they have not done it yet.',
    suggestion: ASK_AGAIN,
    patterns: [
      re`\b(?:have|had|did|has) (?:you|they|your team|the team) (?:had|have|get|got|gotten|found|find) (?:a|the|any) (?:chance|moment|minute|time|opportunity) to\b`,
      re`\b(?:see|know|wondering|curious|checking|confirm) (?:if|whether) (?:you(?:'ve| have)?|your team(?: has)?) (?:had|got|gotten|found) (?:a|the|any) (?:chance|moment|minute|time|opportunity)\b`,
    ],
  },
  {
    id: 'as-mentioned',
    category: 'scolding',
    title: 'As I mentioned',
    description: '"As I mentioned" tells them they should have remembered.',
    examples: ['As I mentioned in my last email…', 'Like I said, the price includes setup.'],
    better: 'Say it again plainly, as if for the first time; nobody minds reading a fact twice.',
    message: '"As I mentioned" points out that they should have remembered; the fact stands better on its own.',
    suggestion: 'State the point again plainly, without the pointer back: "The price includes setup and training."',
    patterns: [
      re`\bas (?:i|we) (?:(?:already|previously|have|had|just) )?(?:mentioned|said|stated|noted|explained|wrote|indicated|pointed out|outlined|told you)\b`,
      re`\bas (?:(?:previously|already) )?mentioned\b`,
      re`\bas previously (?:stated|discussed|noted|explained|indicated)\b`,
      re`\blike i (?:said|mentioned|told you)\b`,
    ],
  },
  {
    id: 'per-last',
    category: 'scolding',
    title: 'Per my last email',
    description: '"Per my last email" is the most famous passive-aggressive phrase in business email.',
    examples: ['Per my last email, the deadline is Friday.', 'Please see my email below.'],
    better: 'Put the one thing that matters in this email, so they never need to scroll.',
    message: '"Per my last email" is widely read as "you did not read it"; it stings even when meant plainly.',
    suggestion: 'Put the one thing that matters in this email so nobody needs to scroll: "The deadline is Friday the 12th."',
    patterns: [
      re`\b(?:as )?per my (?:(?:last|previous|earlier|prior|below|original|recent|last few|other) )?${MSG}`,
      re`\b(?:as )?per (?:my|our) (?:email|note|message|conversation|call)s? (?:below|above|earlier|last week|yesterday)`,
      re`\b(?:please )?(?:see|refer to|scroll down to|read) (?:my|the) (?:email|note|message|thread|request) (?:below|above)`,
      re`\b(?:please )?(?:see|refer to|re-?read) (?:my|the) (?:previous|last|earlier|original|below) (?:email|note|message|thread)`,
      re`\b(?:further|following on|further on) to my (?:last|previous|earlier|prior|recent) ${MSG}`,
      re`\bas you can see (?:below|from my|in my|from the thread)`,
    ],
  },
  {
    id: 'you-said',
    category: 'scolding',
    title: 'You said you would',
    description: 'Reciting what they promised is a sad reminder, not a reason to act.',
    examples: ['You said you would get back to me by Friday.', 'You were supposed to send the contract.'],
    better: ASK_AGAIN,
    message: 'Reminding them of what they promised reads as a reproach (seed 001) and rarely gets the promise kept.',
    suggestion: ASK_AGAIN,
    patterns: [
      re`\byou (?:said|promised|told me|told us|agreed|committed|indicated) (?:that )?you(?:'d| would| were going to| will| could)\b`,
      re`\byou (?:promised|agreed|committed) to\b`,
      re`\byou (?:were|are) (?:supposed|meant) to\b`,
      re`\b(?:as|like) you (?:promised|agreed|said you would)\b`,
      re`\bwe agreed (?:that )?you(?:'d| would)\b`,
    ],
  },
  {
    id: 'still-waiting',
    category: 'scolding',
    title: 'Still waiting on…',
    description: '"Still waiting" makes your waiting their fault.',
    examples: ["I'm still waiting on the signed contract.", "We've been waiting for your feedback."],
    better: 'Make the next step easy instead: "I have put the two open questions in a doc; a yes or no on each is enough."',
    message: '"Still waiting" makes your waiting their fault; it adds pressure without making the next step easier.',
    suggestion: 'Make the next step easy: "I have put the two open questions in a doc; a yes or no on each is enough."',
    patterns: [
      re`\bstill (?:waiting|awaiting|hoping to hear)\b`,
      re`\b(?:i've|i have|we've|we have) been waiting (?:on|for)\b`,
    ],
  },
  {
    id: 'reminder',
    category: 'scolding',
    title: 'Friendly reminder',
    description: 'A "friendly reminder" is a reminder of what they have not done.',
    examples: ['Just a friendly reminder that the proposal expires soon.', 'Reminding you to sign the SOW.'],
    better: ASK_AGAIN,
    message: 'A "friendly reminder" is still a reminder that they have not done something.',
    suggestion: ASK_AGAIN,
    patterns: [
      re`\b(?:friendly|gentle|quick|polite|kind|courtesy|final|last|little) reminder\b`,
      re`\bthis is (?:just )?a reminder\b`,
      re`\b(?:just |gently |kindly )?remind(?:ing)? you (?:that|about|of|to)\b`,
    ],
  },
];
