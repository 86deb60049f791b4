// Wording that is never a finding and that tells the learned layer to stay quiet
// on its sentence: it names the everyday senses of words the model has learned
// to weigh ("just wanted to share the case study", "just checking the spelling of
// your name", "I assume you've found the parking"). The frames' own exceptions do
// the same for the wording they match; these cover sentences no frame matches.

import type { ToneRule } from './rule';

const NONE = { message: '', suggestion: '' };

export const innocentRules: readonly ToneRule[] = [
  {
    id: 'innocent/passive',
    category: 'passive',
    ...NONE,
    frames: [
      // Someone else's mail passed on, not one's own sent again: "Forwarding Baltrix's complaint below."
      `forwarding|forwarded|passing+on|passing+along ~2 complaint|complaints|query|queries|order|orders|feedback|report|quote|brief|cv|resume|question|questions|enquiry|inquiry|invoice+from|note+from|email+from|message+from`,
      // Something given, not asked for: sharing, thanking, introducing, confirming a detail.
      `@JUST @WANT? to? share|say+thanks|say+thank|thank|introduce|congratulate|let+you+know|flag|pass+on|send+over|confirm+the|confirm+your`,
      // A detail checked, not a reply chased.
      `@JUST? checking|check|wanted+to+check|want+to+check|double+checking|double+check the|your spelling|address|date|dates|time|times|details|size|sizes|numbers|figures|name|names|spec|specs|po|delivery|dietary|access|headcount|quantity|quantities|format|wording|invoice+address|billing+address`,
      // The important question asked again, about a named option: "Are you still considering the floor plan option?"
      `are|is you|your+team|the+team @STILL considering|planning|planning+on|thinking+of|thinking+about|looking+at|leaning+towards|leaning+toward|going+with|set+on|weighing the|a|an|your|both|option|options ~4 ?`,
    ],
  },
  {
    id: 'innocent/scolding',
    category: 'scolding',
    ...NONE,
    frames: [
      // The reminders a booking sends, announced: "You'll get an email two days before."
      `you will|'ll|would get|receive|be+sent an|a email|e+mail|text|sms|reminder|notification|message|confirmation`,
      // Options tried, not attempts at them: "We tried two printers, and the second gave better colours."
      `@I tried|tested|compared|trialled|trialed|sampled|ran @QUANT ~1 @PARTY|options|versions|designs|layouts|tools|approaches|samples|printers|setups|configurations|formats|fonts|recipes|routes|venues|caterers|templates`,
    ],
  },
  {
    id: 'innocent/breakup',
    category: 'breakup',
    ...NONE,
    frames: [
      // A door held open after a cancellation they asked for: "If you'd like to come back, you won't pay the joining fee."
      `if you 'd|would like|want|decide|choose to come+back|return|rejoin|re+join|reactivate|restart|renew`,
      // Assumptions about the way in, not about their interest.
      // What they asked for, done: "We'll stop the service at the end of the month, as you requested."
      `as you|you+have|you+had requested|asked|instructed|wished|preferred|wanted`,
      `as|when requested|instructed|agreed`,
      `at|per|following your request|instruction|instructions`,
      `assume|presume|hope|trust|guess @YOU @AUX_HAVE|'ve|@BE ~1 found|got|received|had|seen|reached|made+it+to the|your|our ~1 parking|venue|office|way|directions|room|building|entrance|login|keys|parcel|package|delivery|hotel|station|site`,
    ],
  },
];
