// Scolding: reminding the prospect of their silence, of what they promised, of
// what was said before, or of how many times you have written. "Do not
// passively scold or remind them that they are not doing what they said they
// would"; and you never know what is going on in their world.

import type { ToneRule } from './rule';

const ASK_AGAIN = 'Ask the important question again as if for the first time, e.g. "Is onboarding still the priority for Q3?"';
const WORLD = 'You never know what is going on in their world; silence is rarely about you.';
// A reminder of our own call, meeting or event is ordinary scheduling, not a reproach.
const OURS = 'of+what|of+the+agenda|for+the+event|for+tomorrow|that+our|about+our|of+our|for+our|that+the+call|that+the+meeting|about+the+meeting|about+the+call|of+the+meeting|of+the+call|that+tomorrow|about+tomorrow|of+tomorrow|that+we|that+the+office|that+the+event|about+the+event|that+the+webinar|that+the+workshop|of+the+date|of+the+time|that+today|about+today|for+today|that+your+appointment|of+your+appointment|about+your+appointment|that+your+booking';
const COUNT_BETTER = 'Change the channel or the strategy instead of counting: call with something new, or find a mutual connection.';

export const scoldingRules: readonly ToneRule[] = [
  {
    id: 'no-reply',
    category: 'scolding',
    message: `Naming their silence reads as a reproach. ${WORLD}`,
    suggestion: ASK_AGAIN,
    negatable: false,
    frames: [
      `@I? @STILL? @AUX_HAVE|@AUX_DO|am|was? @NEG @STILL? @HEAR back|a+reply|a+response|an+answer|a+word|a+peep|word|any+reply|any+response|any+word|any+answer|any+news|any+feedback|anything+back|anything+from|from+you|from+your !! to+you|to+them !< if|unless|until|in+case|once|when|whether|before @I|@YOU? @AUX_DO|@AUX_HAVE?`,
      `@I @STILL? @AUX_HAVE|@AUX_DO|am|was @NEG @STILL? @HEAR ~2 reply|replies|response|responses|answer|word|peep|callback|acknowledgement|acknowledgment|confirmation|news|feedback|anything|a+thing !! to+you|from+the|from+our|from+my|from+legal|from+finance !< if|unless|until|in+case|once|when|whether|before @I|@YOU? @AUX_DO|@AUX_HAVE?`,
      `@I? @AUX_HAVE|@AUX_DO @NEG @STILL? been able to reach|connect|get+hold|get+ahold|get+through|catch|pin+you+down|get+in+touch|get+a+response|get+an+answer|get+a+reply`,
      `@STILL|yet no|nothing @RESPONSE|back|from+you`,
      `nothing back|yet from|so+far|on|yet`,
      `@NEG reply|response|answer|word|news|replies|responses|feedback again|yet|still|so+far|at+all|from+you|as+yet`,
      `why @AUX_HAVE|@AUX_DO|@BE|@MODAL not|@NEG @I|@YOU|anyone|anybody|nobody ~2 @HEAR|@REPLY_V|replied|responded|answered|gotten|got|had|received|heard|been+able`,
      `take|taking|took|read|reading|interpret|interpreting|treat|treating the|your|this|their @SILENCE`,
      `lack of @RESPONSE|a+response|a+reply|communication|engagement|contact|feedback|replies|response|reply|updates|follow+through`,
      `expected|hoped+for|hoping+for|thought+i+would+get|thought+i+would+have|thought+i+'d+have|thought+i+'d+get ~2 @RESPONSE|to+hear|hear|answer|reply ~3 by+now|already|sooner|before+now`,
      `@MY|our|the @ATTEMPT|@MSG|calls|emails|reminders|messages|voicemails @AUX_HAVE|@BE|went|go|gone|got|received ~1 unanswered|unreturned|ignored|no+reply|no+response|no+answer|not+been+answered|not+been+returned|not+worked|nowhere`,
      `none|not+one|neither of my|our|the @EARLIER? @ATTEMPT|@MSG|reminders|emails|calls @AUX_HAVE|@BE|got|received|has ~1 answered|returned|acknowledged|replied|a+reply|a+response|an+answer|opened|read|been+answered|been+returned|been+acknowledged`,
      `@YOU|your+office|your+assistant|your+side|your+finance+team|your+accounts+team|your+company @STILL? @AUX_HAVE|@AUX_DO|were|are @NEG @STILL|even? @REPLY_V|acknowledged|confirmed|read|opened|answered|written|called|signed|paid|sent|come+back|got+back|gotten+back|returned|said|been+in+touch|been+responsive|shown|reached|picked+up|made+a+decision|decided|given|looked !< if|unless|until|in+case|once|when|whether|before @I|@YOU? @AUX_DO|@AUX_HAVE?`,
      `given|after|despite|with|considering|since|due+to|because+of|in+light+of|following|amid|after+all+this @YOUR|the|this|all+the|such|continued|ongoing|complete|total|recent? @SILENCE`,
      `your @SILENCE`,
      `radio+silence|silent+treatment|not+a+peep|no+peep|crickets|tumbleweeds|not+a+word|not+even+a`,
      `@YOU @AUX_HAVE|@BE|seem|seems|seemed ~1 gone|went|been|going|fallen|fell|seem+to+have+gone a+bit|a+little|very|rather|pretty|quite|so|all? quiet|silent|dark|mia|awol|cold|radio+silent|off+the+grid|off+grid|missing|quiet+on+me|silent+on+me|dark+on+me|off+the+radar|unreachable|unresponsive|hard+to+reach|hard+to+pin+down|tough+to+reach|impossible+to+reach`,
      `it @AUX_HAVE|is|was been ~3 week|weeks|days|months|month|a+while|ages|some+time|a+long+time|forever|quite+a+while without|since @RESPONSE|a+word|a+reply|hearing|@I|any+word|any+reply|a+response|contact`,
      `@YOU @MODAL|@AUX_DO not even @REPLY_V|tell|say|answer|acknowledge|bother|open|give|let|send|reply|respond|write|call`,
    ],
  },
  {
    id: 'counting',
    category: 'scolding',
    message: 'Counting your attempts hands them a bill for your effort.',
    suggestion: COUNT_BETTER,
    frames: [
      `@I @AUX_HAVE? @ALREADY|now|also? @CONTACTED you|your+office|your+team|u ~3 @REPEAT_ADV !! a+lot+of|a+lot+about|a+lot+from`,
      `@I @AUX_HAVE? @ALREADY|now|also? reached+out|followed+up|written|emailed|called|chased|tried|pinged|messaged|nudged|asked ~2 @REPEAT_ADV !! a+lot+of|a+lot+about|a+lot+from`,
      `@I @AUX_HAVE? @ALREADY|now|also? @CONTACTED ~5 @QUANT times|occasions|attempts|tries|rounds`,
      `@I @AUX_HAVE? @ALREADY|now|also? @CONTACTED ~3 @QUANT @UNANSWERED? @ATTEMPT !! @YOU|of|on`,
      `@ORDINAL time|attempt|try trying|reaching|emailing|writing|asking|calling|chasing|reaching+out|following+up|contacting`,
      `@AUX_HAVE @STILL|now|also|been? ignored|ignoring @MY|the|all|every|each|several|multiple|@QUANT|both !< @I`,
      `on|at+least|over @QUANT separate? occasions|fridays|mondays|deadlines|promises|dates`,
      `<start> @CONTACTED you? ~4 @REPEAT_ADV|a+couple+of+times|a+few+times|twice|several+times`,
      `@YOU @AUX_HAVE? @STILL|now|also? ignored|ignoring|overlooked|skipped|dismissed|disregarded @MY|the|all|every|each|several|multiple|@QUANT|both`,
      `a|any reply|response|answer|acknowledgement|acknowledgment would|'d be nice|appreciated|polite|courteous|the+least|lovely+at+some+point`,
      `this|that|here|it|which @BE|comes @MY|the|your|our|a? @ORDINAL @ATTEMPT|time|reminder|notice|request|chaser|week|day|month`,
      `<start> @ORDINAL @ATTEMPT|reminder|notice|request|chaser|try|time <end>`,
      `my|our|this @ORDINAL email|note|message|attempt|try|follow+up|reminder|voicemail|notice|chaser|request|outreach|ping|nudge|text|inmail|letter|call`,
      `for the @ORDINAL time`,
      `after|despite|following|given|with|since|over|across @QUANT @EARLIER? @UNANSWERED? @ATTEMPT !! @YOU`,
      `after|despite|following|given|with|since @MY|all|these|the|several|multiple|many|repeated? @UNANSWERED @ATTEMPT`,
      `@QUANT @UNANSWERED? @ATTEMPT later|and+no|and+not|and+nothing|and+still|without|unanswered|with+no|and+zero|and+counting|so+far|now|already|in+a+row|to+you|your+way|since`,
      `again+and+again|over+and+over|time+and+again|time+after+time`,
      `repeated|numerous|countless|endless @UNANSWERED? attempts|tries|emails|messages|calls|voicemails|reminders|follow+ups|chasers|requests|notices`,
      `@I @AUX_HAVE @ALREADY? @CONTACTED ~3 @ALREADY|twice|thrice|again|before|already`,
      `@I @AUX_HAVE ~1 asked|requested|chased|written|emailed|called ~4 @REPEAT_ADV|already|before|again`,
    ],
  },
  {
    id: 'as-mentioned',
    category: 'scolding',
    message: '"As I mentioned" points out that they should have remembered; the fact stands better on its own.',
    suggestion: 'State the point again plainly, without the pointer back: "The price includes setup and training."',
    frames: [
      `as|like @I @AUX_HAVE|@AUX_DO? @ALREADY? @SAID_S`,
      `as @ALREADY? mentioned|stated|explained|indicated|reiterated|emphasized|emphasised|stressed`,
      `as @ALREADY? @SAID_S @POINTER`,
      `as previously|already stated|noted|explained|indicated|said`,
      `@I @AUX_HAVE|@AUX_DO @ALREADY @SAID_S|answered|covered|asked+this|asked+for+this|sent+this|shared+this|sent+it|sent+you+this|sent+this+over`,
      `@I @AUX_HAVE @SAID_S ~3 @ALREADY`,
    ],
  },
  {
    id: 'per-last',
    category: 'scolding',
    message: '"Per my last email" is widely read as "you did not read it"; it stings even when meant plainly.',
    suggestion: 'Put the one thing that matters in this email so nobody needs to scroll: "The deadline is Friday the 12th."',
    frames: [
      `as? per my @EARLIER? email|emails|note|notes|message|messages|voicemail|letter|reminder|reminders|request|conversation|call|mail`,
      `please? see|refer+to|refer+back+to|scroll+down+to|scroll+to|read|reread|re+read|check|look+at|find|go+back+to|revisit|review @MY|the @MSG|thread|request|note|email|trail|chain|history below|above|again|attached+below|underneath`,
      `please? see|refer+to|refer+back+to|reread|re+read|read|revisit|go+back+to|look+back+at|scroll+back+to my|the @EARLIER @MSG|thread|request|note|email`,
      `as you can|will|'ll see below|from+my|in+my|from+the+thread|in+the+thread|from+the+below|from+below|from+the+email|in+the+email+below|from+my+last|in+the+trail|from+the+trail`,
      `see below|the+thread+below|the+email+below|the+trail+below|my+note+below|my+email+below|the+chain+below <end>`,
    ],
  },
  {
    id: 'you-said',
    category: 'scolding',
    message: 'Reminding them of what they promised reads as a reproach and rarely gets the promise kept.',
    suggestion: ASK_AGAIN,
    frames: [
      `@YOU @AUX_HAVE? @PROMISED ~3 that? @FUTURE_YOU`,
      `twice|three+times|again|several+times|more+than+once|repeatedly now? @YOU @AUX_HAVE? said|told|promised|assured|claimed|confirmed`,
      `@YOU @AUX_HAVE? said|told|claimed|assured|promised|confirmed ~4 was|had+been|has+been|would+be|'d+be|will+be|is|would|'d|will|be ~1 paid|posted|sent|processed|on+its+way|in+the+post|in+the+mail|cleared|transferred|wired|approved|signed|in+the+pay+run|in+this+pay+run|scheduled`,
            `@YOU promised|agreed|committed|pledged|swore|offered|undertook|planned|intended|were+planning|assured+me|assured+us|guaranteed to|that`,
      `@YOU @BE supposed|meant|due|expected|scheduled|set|going|planning|about to`,
      `@I agreed|discussed|decided|arranged|confirmed|planned that? @YOU would|'d|will|were+going+to|are+going+to|could`,
      `come+and+gone|came+and+went|came+and+passed`,
    ],
  },
  {
    id: 'still-waiting',
    category: 'scolding',
    message: '"Still waiting" makes your waiting their fault; it adds pressure without making the next step easier.',
    suggestion: 'Make the next step easy: "I have put the two open questions in a doc; a yes or no on each is enough."',
    negatable: false,
    frames: [
      `still @WAIT !! on|for|to+hear+from the|our|my|a supplier|suppliers|carrier|printer|courier|bank|client|vendor|team|lawyers|designer|developer|factory|warehouse|venue|hotel|landlord|insurer|parts|shipment|delivery|council|permit|board|auditors|accountant !! on|for|to+hear+from them|him|her|legal|finance|procurement|accounting|engineering !! ~5 from the|our|my|a|an|their|his|her|its`,
      `@I @AUX_HAVE @STILL? been @WAIT|waiting`,
      `@I am|are|were|was @STILL? @WAIT on|for|to ~1 you|your|hear|a+reply|a+response|an+answer|payment|the+payment|confirmation|sign+off|signoff|approval|feedback|a+decision|your+decision`,
      `@STILL @AUX_HAVE|@AUX_DO|@BE not|@NEG @STILL? received|seen|had|got|gotten|paid|signed|settled|confirmed|sorted|processed|heard|cleared|arrived|come+through|landed|made|decided|given|replied|responded|answered|reached`,
      `when can @I expect|hope+to|count+on`,
    ],
  },
  {
    id: 'reminder',
    category: 'scolding',
    message: 'A "friendly reminder" is still a reminder that they have not done something.',
    suggestion: ASK_AGAIN,
    frames: [
      `@SMALL|another|second|third|one+more|further|final|last|formal|urgent|overdue|payment reminder|reminders !! ${OURS}`,
      `this+is|just|here+is @JUST? a|another|your? @SMALL? reminder !! ${OURS}`,
      `@JUST? remind|reminding|reminded|remind+you you|everyone? that|about|of|to|again`,
      `a reminder that|about|of|to @YOU|your|the+invoice|the+payment|the+contract|payment|invoice|the+deadline|the+balance`,
    ],
  },
];
