// Subject lines that are the chase itself: "Following up", "Just checking in",
// "Bumping this", "Last attempt", "Final notice", "Breaking up", "Closing the
// loop", "Still waiting". Matched as the whole subject (so "Follow-up call
// agenda" is fine); the body's frames also run on the subject ("Still waiting
// on the contract"). A subject with a Re:/Fwd: prefix came with the thread and
// is not checked (check-draft.ts).

import type { ToneRule } from './rule';

const LEAD = 'Name what is new in the subject instead, e.g. "Two options for the Q3 rollout" or "Pilot results: 31% fewer missed deliveries".';

export const subjectRules: readonly ToneRule[] = [
  {
    id: 'subject/chase',
    category: 'passive',
    message: 'This subject says the email is a chase, so there is little reason to open it.',
    suggestion: LEAD,
    frames: [
      `<start> @JUST? @SMALL? following|follow|checking|check|touching|circling|looping|bumping|bump|pinging|ping|nudging|nudge|reaching up|in|base|back|this|out|again|up+again|in+again|back+in <end>`,
      // "Reaching out about your new office" opens a topic; reaching out again chases it.
      `<start> @JUST? @SMALL? following|checking|touching|circling|looping|bumping|pinging|nudging up|in|base|back|this|out|again|back+in on|re|regarding|about|with+you ~4 <end>`,
      `<start> @JUST? @SMALL? reaching out again|once+more|back on|re|regarding|about|with+you ~4 <end>`,
      `<start> @JUST? @SMALL? a|another|one+more? follow+up|check+in|nudge|ping|bump|reminder|touch+base <end>`,
      `<start> any @UPDATE_N ~3 <end>`,
      `<start> did you get|see|receive ~3 <end>`,
      `<start> still interested|there|around ?`,
      `<start> in case you missed|case+this+got+buried|case+you+missed+it ~3 <end>`,
      `<start> resending|re+sending|sending+again|resent ~3 <end>`,
    ],
  },
  {
    id: 'subject/scold',
    category: 'scolding',
    message: 'This subject reads as a reproach before they have read a word of the email.',
    suggestion: LEAD,
    frames: [
      `<start> still @SILENCE|waiting|awaiting|unanswered ~4 <end>`,
      `<start> @ORDINAL|another|urgent|overdue reminder|request|notice|attempt|try|email|follow+up|chaser ~4 <end>`,
      `<start> why no|the|so+much @RESPONSE|@SILENCE|silence ?|<end>`,
      `<start> no reply|response|answer|word ~3 <end>`,
      `<start> per my last|previous|earlier ~2 <end>`,
      `<start> overdue|past+due|unpaid|payment+overdue|outstanding+invoice|outstanding+payment ~4 <end>`,
    ],
  },
  {
    id: 'subject/close',
    category: 'breakup',
    tone: 'close',
    message: 'This subject announces an ending before they read a word of the email.',
    suggestion: 'If the cadence is spent, a calm subject that leaves the door open works better: "For when the timing is right".',
    frames: [
      `<start> @FINAL|one+last|one+final @LAST_THING|attempt|try|notice|chance|call|email|note|reminder|check+in ~4 <end>`,
      `<start> breaking|break|broke up|it+off ~5 <end>`,
      `<start> @CLOSE_V2 the|this|your loop|file|account|out ~3 <end>`,
      `<start> should|shall|may|can i|we close|stop|give+up|move+on|let+you+go|part+ways|call+it+a+day|call+it+quits|say+goodbye ~4 <end>`,
      `<start> not a+fit|the+right+fit|interested|a+priority|the+right+time ?|<end>`,
      `<start> are we done|finished|over|through ?|<end>`,
      `<start> permission to close|close+your+file ~3 <end>`,
      `<start> goodbye|farewell|parting+ways|moving+on|is+this+goodbye|it+is+not+you|signing+off ~4 <end>`,
      `<start> are you still alive|there|with+us ?`,
      `<start> is this goodbye|the+end|over ?`,
    ],
  },
];
