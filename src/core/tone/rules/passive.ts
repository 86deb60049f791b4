// Passive: the empty check-in. It tells the prospect you are waiting and gives
// them nothing new to answer: checking in, following up, bumping, asking whether
// the email arrived, apologising for writing, and asks with no content.

import type { ToneRule } from './rule';

const LEAD = 'Lead with something new (an idea, a result, news about them), then ask one clear question, e.g. "Would Tuesday at 10 work to walk through it?"';
const ASK = 'Ask one specific question they can answer in a line, e.g. "Is the Q3 budget approved, or should I plan for Q4?"';
// The user's own plan ("I'll check in with you in May", "let's touch base Tuesday") is a next step, not a chase.
const PLAN = '@I? will|would|can|could|should|shall|may|might|happy+to|please';
// "following up with legal", "checking in at the hotel": the user doing their own job.
// Following up with something in hand ("on the points raised, with a short proposal") is not an empty chase.
const OTHERS = 'with @THIRD !! ~8 with|by the|a|an|some|my|our? two|three|new|fresh|updated|revised|more|full|short|brief|quick|detailed|written? notes|details|slides|proposal|summary|recap|numbers|figures|quote|deck|agenda|answers|answer|report|files|file|link|contract|draft|options|information|info|case+study|results|data|pricing|estimate|invoice|schedule|timeline|plan|mock+ups|designs|photos|document|documents|ideas|email+with+the+details|details+by+email';
// Asking after news from a third party ("any update from the insurer?") is not chasing the reader.
const FROM_THIRD = '!! ~2 from|with|at|by the|our|my ~1 @THIRD';
const WHEN = 'on|in|at|by|around|before|after|next|this|again? @DAY';
// A meeting, not a chase: "a follow-up call on Tuesday", "the check-in desk".
const MEETING = 'guide|guides|pack|kit|sheet|checklist|document|doc|video|article|resource|resources|summary|report|course|post|deck|pdf|call|calls|meeting|meetings|session|sessions|appointment|visit|question|questions|date|desk|counter|time|times|form|process|window|code|procedure|survey|email+template|plan|task|tasks|item|items|point|points|study|interview|consultation|review|discussion|chat|demo|workshop|training|clinic|exam|treatment|care|visit|period|flight|luggage|baggage|online|kiosk|details|instructions|info|information|link|confirmation|reminder|page|app';

// What one checks arrived that is not a message: money and goods ("confirm you received the deposit").
const NOT_A_MESSAGE = 'deposit|payment|payments|goods|parcel|package|delivery|shipment|keys|order|refund|transfer|wire|funds|samples|cheque|money|balance';
// An offer to resend, not a question: "let me know if the invoice didn't come through".
const OFFER_IF = 'let+me+know+if|let+us+know+if|tell+me+if|shout+if|just+shout+if|in+case|and+if';

export const passiveRules: readonly ToneRule[] = [
  {
    id: 'check-in',
    category: 'passive',
    message: '"Checking in" tells them you are waiting, but not why they should answer today.',
    suggestion: LEAD,
    frames: [
      `popping|pop|dropping|drop|stopping|stop in|by to see|to+check|to+ask how|where|what|whether|if`,
      `@JUST wondering|curious|keen+to+know|keen+to+hear|checking where|how things|it|this|everything|we @BE|are|is|stand|stands ~2 at|going|progressing|tracking|moving|ticking+along|looking ~3 with|on`,
      `@WANT to? get|do|have|take a @SMALL? pulse|temperature check`,
      `<start> hi|hello|hey? again? ,? @SMALL status|pulse check on|re|regarding`,
      `checking in !! ${OTHERS} !! at|for|to|into @THIRD|a|the|my|our|your !! ${MEETING} !! on+behalf+of !! to confirm|check|remind+you+of ~1 your|the ${MEETING}|booking|reservation|order|delivery`,
      `check|checked in !< ${PLAN} !< @DAY !< @DAY is !< weekly|monthly|daily|quarterly|biweekly|fortnightly|regular|usual|planning|team|status|project|progress|scheduled|next|q1|q2|q3|q4|standup|halfway|mid+project|midpoint !! ${OTHERS} !! ${WHEN} !! at|for !! ${MEETING} !< hotel|online|flight|airport|guest|guests|early|late|mobile|self|express|room|event|conference|registration|patient|baggage|luggage|venue !! opens|closes|open|starts|begins|is|are|from|until|ends|runs|desk|counter`,
      `a|another|one+more|my|this|our|@SMALL check in !! ${MEETING} !! ${WHEN} !! at|for|with !< hotel|online|flight|airport|guest|guests|early|late|mobile|self|express|room|event|conference|registration|patient|baggage|luggage|venue !! opens|closes|open|starts|begins|is|are|from|until|ends|runs|desk|counter`,
      `@JUST? checking|check back !< ${PLAN} !! ${OTHERS} !! ${WHEN} !! in+with|in+at`,
      `check|checking|checked back in !< ${PLAN} !! ${WHEN}`,
      `@JUST checking|check|checked|seeing if|whether|where|how|in|to+see|on|back !! at|with+reception|with+security|with+the+front+desk|online|here|upon+arrival|on+arrival`,
      `@CONTACT_V|touch+base|touching+base|try|trying|ring|call you|u? again ~5 if|unless @I @AUX_DO? not|@NEG? ~1 hear|hear+back|get+a+reply`,
    ],
  },
  {
    id: 'follow-up',
    category: 'passive',
    message: '"Following up" names the chase, not a reason to reply; it reads like the fifth of its kind.',
    suggestion: LEAD,
    frames: [
      `following|follow|followed up on|about|regarding|re @MY|our|the|this @EARLIER? @MSG|request|requests below|beneath`,
      `following up !< thanks+for|thank+you+for|for|appreciate+you|appreciate+your !! on|about|regarding|re the|our|your? action+items|next+steps|open+items|open+questions|points|questions|notes|decisions|actions|items|minutes !! ${OTHERS} !! on|from|after|re|regarding|about @RECAP !! on|from|after|re|regarding|about @DAY ${MEETING} !! ${MEETING} !! to+our|to+the|to+your|to+yesterday !! on|about|regarding|re|with invoice|invoices|order|po|ticket|case|claim|booking|reservation|payment|quote|estimate ~1 #num|no|number !! ~6 with+something+new|with+something+useful|with+a+new|with+an+idea|with+new|with+the+new|with+photos|with+results`,
      `@WANT to @JUST? follow up !! ${OTHERS} !! on|from|after|re|regarding|about @RECAP !! ${MEETING}`,
      `@SMALL follow up !! ${MEETING} !! ${WHEN} !! to|on|from|after|re|regarding|about @RECAP`,
      `a|my|this|another|one+more follow up to|on|re|regarding|about my|our @EARLIER? @MSG !< as|in`,
      `following|follow up on|about|regarding|re my|our|the @EARLIER @MSG`,
      `follow|following up again|once+more|one+more+time|once+again`,
      `revisiting|revisit|returning+to|coming+back+to|resurfacing|resurface|reviving|revive my|our @EARLIER? @MSG`,
      `just following up <end>`,
    ],
  },
  {
    id: 'touch-base',
    category: 'passive',
    message: '"Touching base" fills the space where a reason to reply should be.',
    suggestion: LEAD,
    frames: [`touch|touching|touched|touches base|bases !< ${PLAN} !! ${WHEN}`, `@WANT to @JUST? touch base|bases`],
  },
  {
    id: 'circle-back',
    category: 'passive',
    message: '"Circling back" walks over old ground; the prospect already knows what you sent.',
    suggestion: LEAD,
    frames: [
      `@JUST? circling|circle|looping|loop|swinging|swing around|round on|back|to !! and|to? thank|say+thanks|say+thank|share|congratulate|celebrate|let+you+know|introduce`,
      `following|follow back up`,
      `@JUST? popping|pop|dropping|jumping|hopping back in|into|on|onto|by`,
      `circling|looping|coming|swinging|bouncing back !< thanks+for|thank+you+for|thanks+so+much+for|for !! ${OTHERS} !! to+you+with|with+you+on+the`,
      `@WANT to @JUST? circle|loop|swing back|round !! and|to? thank|say+thanks|say+thank|share|congratulate|celebrate|let+you+know|introduce`,
    ],
  },
  {
    id: 'bump',
    category: 'passive',
    message: 'A bump moves your email up the inbox but gives them no new reason to open it.',
    suggestion: LEAD,
    frames: [
      `re+upping|re+up|reupping|reup|reviving|revive|revived|dusting+off|dust+off|dusted+off|resurfacing|resurface|resurfaced|bumpin this|the|my|our|that ~1 thread|note|email|message|below|up|one|request`,
      `flagging|flag|raising|highlighting|sending|surfacing this|it ~1 again|once+more`,
      `@BUMP_V @THIS back? up|again|to+the+top|to+the+front|to+your+attention|in+your+inbox|into+your+inbox|on+your+radar|back+on+your+radar|onto+your+radar|to+the+surface`,
      `bump|bumping|bumped @THIS`,
      `<start> bump|bumping <end>`,
      `on|to|at|onto|near|back+to|back+on the? top|front of @INBOX !< @YOUR|@MY|our case|ticket|request|order|job|claim|application|file|item|project|account|booking ~2`,
    ],
  },
  {
    id: 'ping',
    category: 'passive',
    message: 'A ping or a nudge asks for their attention without giving them something for it.',
    suggestion: LEAD,
    frames: [
      `@JUST? pinging|poking|nudging|prodding @THIS|you|again|back|in`,
      `@WANT to @JUST? ping|poke|nudge|prod you|this|again|in|about|on`,
      `a|another|one+more|just+a|@SMALL|my|this @SMALL? ping|nudge|poke|prod|bump !! of|on+the+price|in+price`,
      `ping|nudge|poke <end>`,
    ],
  },
  {
    id: 'drop-note',
    category: 'passive',
    message: '"Dropping a note" is about you writing, not about what they get from reading.',
    suggestion: LEAD,
    frames: [
      `dropping|drop|shooting|shoot|sending|send|firing you? a|another|one+more @SMALL? note|line|email !< will|'ll|shall|going+to|plan+to|would|can|could|happy+to|glad+to|i+will|i+'ll|we+will|we+'ll !! on+each|on+every|when|once|as+soon+as|after|whenever|every|each|of+thanks|to+say+thanks|to+say+thank|to+thank|to+congratulate|to+introduce|to+let+you+know|with|about+the+new|to+share`,
      `reach|reaching|writing|emailing|contacting|messaging out? again|once+more|one+more+time|once+again|back+out|another+time !! once|when|after|as+soon+as|in+a|in+the|next|with+the|with+news|with+an+update|tomorrow|later|soon|on+monday|on+tuesday|on+wednesday|on+thursday|on+friday|closer|before+the|ahead+of|because|to+let+you+know|to+share|to+confirm|to+tell+you|about+the+new`,
      `@JUST reaching|writing|emailing out? to+see|to+check|to+ask+if|to+ask+whether|to+follow|to+touch|to+circle|to+make+sure|to+remind|to+get|to+hear|in+case|again|back`,
      `thought|figured i 'd|i+would|i+'d try|give you|give+it another|again|once+more|one+more+shot|another+go`,
    ],
  },
  {
    id: 'any-update',
    category: 'passive',
    message: '"Any update?" asks them to write a status report for you; it is easy to put off.',
    suggestion: ASK,
    frames: [
      `<start> any @ADV? initial|early|first|quick? reactions|reaction|impressions|thoughts|comments|feedback on|to|about`,
      `<start> so? ,? what did|do you @ADV? think <end>`,
      `would+love|'d+love|hoping|hope|love to hear+back|get+a+reply|get+a+response|hear+your+thoughts|hear+from+you|get+your+take|hear+your+take ~3 when|whenever|if @YOU get|have|find a|some? @CHANCE`,
      `still keen|happy|interested|up+for|open to chat|talk|connect|catch+up|meet|hop+on+a+call|jump+on+a+call if|whenever|when you @BE|are|are+too`,
      `<start> @JUST? let me|us know either+way|one+way+or+the+other|yes+or+no <end>`,
      `wondering|wondered|curious if|whether @YOU @HEAR|@AUX_HAVE ~1 any|some @UPDATE_N`,
      `<start> @UPDATE_N|any+thoughts|your+thoughts|ideas ? <end>`,
      `<start> any @UPDATE_N ~4 <end>`,
      `any @UPDATE_N ~2 ? <end>`,
      `any @UPDATE_N on|about|regarding|re|from+your+side|from+your+end|here|yet !< send|send+you|share|give|give+you|pass|pass+on|post|forward|provide|email|email+you|get+you|bring|include|flag|report|relay|circulate|publish|announce|with !! ~5 is|are|would+be|'d+be|will+be @ADV? very|so|most|hugely|incredibly? welcome|useful|helpful|valuable`,
      `is|are there any|an @UPDATE_N ${FROM_THIRD}`,
      `do|did|have you @HEAR any|an @UPDATE_N`,
      `where do|did|are|is @THIS|we|you stand|land|at|landed|sit|standing`,
            `what is the @UPDATE_N|status|latest`,
      `love|appreciate|welcome|grateful+for an|any|a+quick|some @UPDATE_N`,
      `hoping|keen|eager to hear|get back|your+thoughts|some+feedback|an+update ${FROM_THIRD} !! back ${FROM_THIRD} !< looking+forward`,
      `@YOU decided|made+up+your+mind|come+to+a+decision <end>`,
      `<start> can|could|shall we meet|chat|talk|connect|speak ? <end>`,
      `where are|do we|things|you on|with @THIS|@MSG|the+proposal|the+quote|the+contract|the+deal ? <end>`,
      `@BE @THIS|you|it @STILL on+your+radar|a+priority|of+interest|happening|on+the+table|something+you+want ?`,
      `<start> @JUST? are you @STILL interested|keen|open|considering|up+for+it in+this|in+it|in+the+project|in+working+together|in+a+call|in+a+chat? ? <end>`,
      `<start> still keen|interested|up+for+it|open ~3 ? <end>`,
      `could|can|would you please? give|return me|us? a call|ring back? ? <end>`,
      `could|can|would you please? call me|us back ? <end>`,
      `@I? await|awaiting|look+forward+to @YOUR response|reply|answer|decision|feedback at your earliest convenience`,
      `have|did you decided|decide|made+a+decision|made+up+your+mind yet ?`,
      `<start> @JUST? are|r you still there|around|out+there|alive|with+me ?`,
      `get|hear your take|thoughts|feedback|views at+some+point`,
      `get|hear your take whenever|when+you+can|when+you+get+a+chance`,
      // The whole ask is a status: "Can you give me a quick status?"
      `can|could|would you please? give|send|share me|us? a|an @SMALL? status|update|status+update ? <end>`,
      `if|whether @THIS|it|the+project|the+proposal @BE @STILL on+your+radar`,
      `hoping|hope|keen|'d+love|would+love to reconnect|regroup|touch+base|connect on|about|re|regarding the? below|this|the+above|my+email|my+note|my+last+note`,
    ],
  },
  {
    id: 'had-a-chance',
    category: 'passive',
    message: '"Had a chance to…" politely asks why they have not done it yet.',
    suggestion: ASK,
    frames: [
      `<start> @JUST? had|have|got|get|found a|any|the @CHANCE ~2 to @LOOK`,
      `have|did you and|or the|your ~1 team|colleagues|boss|partner|manager|others ~1 had|get|got a|the|any chance|time|moment`,
      `has|have|did @THIRD|legal|finance|procurement|the+board|your+team|the+team had|got|get a|the|any chance|time|moment|opportunity to`,
      `did|have you get|got|gotten round|around to`,
      `could|can|would you take|have|give|cast a|another? @SMALL? look|glance|peek ~4 when|whenever|once|if you get|have|find a|the? second|sec|moment|minute|chance|spare+moment`,
      `hope|hoping @YOU @HEAR|@AUX_HAVE ~1 @CHANCE to @LOOK`,
      `any chance|luck @YOU @AUX_HAVE|@AUX_DO|were ~1 @HEAR|found @CHANCE to|for @LOOK`,
      `did|have|were|had you manage|managed|been+able|able to @LOOK`,
      `@AUX_HAVE|@AUX_DO|were|was @YOU|it ~1 @HEAR|found|find|been+given|made|make @CHANCE to|for|at|with !! enjoy|relax|rest|unwind|settle|recover|visit|travel|explore|celebrate|sightsee|catch+your+breath|meet !! try|test|use|play+with|trial ~2 new|latest|updated|redesigned|improved|beta`,
      `if|whether|that @YOU @AUX_HAVE|@AUX_DO|were? ~1 @HEAR|found|find|made @CHANCE to|for`,
      `@YOU @AUX_HAVE|were|are @STILL? been|be able to @LOOK`,
    ],
  },
  {
    id: 'did-you-get',
    category: 'passive',
    message: 'Asking whether they got your email gives them nothing new; they almost certainly saw it.',
    suggestion: ASK,
    frames: [
      `did|has|have|was|were @MY|the|our|this|that|your ~3 @MSG|cv|resume|portfolio|nda|invite|brief|wireframes|files|file|samples|abstract|mockups|mock+ups|designs|paperwork|forms ~4 come+through|arrive|arrived|make+it|made+it|reach|reached|get+to+you|got+to+you|land|landed|go+through|get+through|get+passed|passed+along|get+forwarded|received`,
      `@JUST? checking|check|making+sure|confirming|confirm this|it|my+email|the+email|that|my+note|my+message landed|arrived|came+through|got+through|reached+you|went+through`,
      `sure|certain ~4 came+through|arrived|landed|got+through|reached+you|went+through`,
      `let me|us know|confirm you|that+you got|received|saw|have+seen|'ve+got|have+got this|my+email|my+note|my+message|the+email`,
      `@JUST? making|make|wanted+to+make sure|certain ~8 reached|got+to|arrived+with|landed+with you`,
      `@JUST? make|making|made|wanted+to+make sure|certain ~4 @ARRIVE|got+to+you`,
      `in+case|if you missed|did+not+see|didn't+see|have+not+seen|haven't+seen|did+not+get|didn't+get @MY|the|our @EARLIER @MSG`,
      `<start> hello|hi|hey? ,? are|is you|anyone|anybody @STILL? there|out+there|around ?`,
      `@AUX_DO|@AUX_HAVE @YOU @STILL|@JUST|happen|manage? ~1 @SEE @MY|the|this|that @EARLIER? ~1 @MSG`,
      `did|have|has @YOU @JUST|happen|ever|actually? ~1 @SEE @THIS|them|those|these|everything ?`,
      `not+sure|unsure|wondering|checking|confirming|confirm|curious|hope|hoping|hopefully|verify|see|know|certain|sure if|whether|that @YOU ~1 @SEE @MY|the|this|it|them|these|those|that|everything !! deposit|payment|goods|parcel|package|delivery|shipment|keys|order|refund|transfer|funds|new|latest|updated|recent|announcement|news|article|post|video|report|launch|release|blog|page`,
      `make|making|made sure @YOU @SEE|have+seen|have+received|had+a+chance ~1 my|the|our|it|this|them|that !! correct|right|latest|updated|new|final|revised|corrected`,
      `make|making|made sure @THIS @ARRIVE|landed|arrived|reached|was+received`,
      `@AUX_DO|@AUX_HAVE|@MODAL @THIS|@MY|the @EARLIER? @MSG? ~1 @ARRIVE !! the+right|the+correct|your+new|the+new|your+correct|the+intended|the+right+person|the+right+address !< ${OFFER_IF}`,
      `@MY|the|this @EARLIER? @MSG @MODAL|@AUX_HAVE|@AUX_DO|@BE? ~1 @ARRIVE !! the+right|the+correct|your+new|the+new|your+correct|the+intended|the+right+person|the+right+address !< ${OFFER_IF} !< timed|scheduled|planned|set|arranged|want|need|expect|expected|asked+for|sending|send|sent|posting|post|mail|mailing`,
      `confirm|confirming @YOU|receipt @AUX_HAVE? @SEE|received|of !! this|these|the+following !! the|my|our|your|both? ${NOT_A_MESSAGE}`,
      `@JUST? checking|check|make+sure|making+sure|want+to+check|wanted+to+check you|that+you @SEE|have+seen|have+received|'d+seen ~1 @MY|this|it|the|them|my|everything|ok|okay !! correct|right|latest|updated|new|final|revised|corrected`,
      `@THIS|@MY|the @EARLIER? @MSG go|went|gone|ended|end|landed|land to|in|up+in your? spam|junk|promotions`,
      `hope|hoping|hopefully|trust @YOU @AUX_HAVE|@AUX_DO? @SEE|got|received|saw @MY|the|our @EARLIER? @MSG`,
    ],
  },
  {
    id: 'buried',
    category: 'passive',
    message: 'Wondering aloud if your email got lost suggests they missed or ignored it; neither helps.',
    suggestion: LEAD,
    frames: [
      `seems|seemed|appears|appeared|must|may|might to? have been|have|be|got|gotten @LOST`,
      `<start> @JUST? chasing|nudging on|re|regarding the? below|this|the+below|the+email+below|my+email+below|the+above|my+last|this+one`,
      `<start> @JUST? resending|re+sending|resent|sending+this+again|sending+it+again|sending+again`,
      `resending|re+sending|resend|sending+this+again|sending+it+again ~3 in+case|just+in+case`,
      `@MY|the|this @MSG end+up|ended+up|land|landed|go|went|get|got|wind+up|wound+up ~1 in|into|to your? spam|junk|promotions|clutter|filter|spam+folder|junk+folder`,
      `pasting|pasted|copying|copied|forwarding|resending|re+sending|including @MY|our @EARLIER @QUANT? @ATTEMPT|@MSG|email|emails|note|message below|again|here|underneath`,
      `make|making|made sure @THIS|@MY @EARLIER? @MSG? @AUX_DO|@AUX_HAVE|@BE|@MODAL not get|gets|got|fall|slip|go|been? @LOST`,
      `in case @THIS|@MY|the @EARLIER? @MSG? @AUX_HAVE|@BE|@MODAL|got|get? ~1 @LOST !! ,+here|,+here+are|,+here+is|,+i+have|,+we+have|,+these+are|,+this+is`,
      `got|get|gets|getting|was|been|is|be|went|gone @LOST in|under|among|beneath|down|amid @INBOX|the+shuffle|the+mix|the+noise|the+flood|all+the|the+pile|your+emails|everything`,
      `slipped|slipping|fell|falling|fallen|slip|fall through the cracks`,
      `keep|keeping|get|getting|stay|staying|put|putting @THIS|it|things? back? on|onto|in+front+of @INBOX`,
      `in case you @LOST @THIS|my|the|it !! webinar|event|session|talk|launch|announcement|news|call|meeting|livestream|stream|recording|video|post|article|newsletter|conference|demo|workshop|party|game|show|match|deadline !! ,+we|,+our|,+the|,+here|,+there|,+i+wrote|,+i+published|:+we|:+our|:+the|:+here`,
      `@THIS|my @EARLIER? @MSG? @AUX_HAVE|@BE|@MODAL|got|get ~1 slipped|fallen|slid|dropped|sunk|sank|been+buried down|off|below|under|through @INBOX|the|your`,
      `@AUX_DO|@AUX_HAVE|@MODAL|@BE @THIS|@MY|the @EARLIER? @MSG? ~1 get|got|gotten|go|been|went? @LOST`,
    ],
  },
  {
    id: 'apology',
    category: 'passive',
    message: 'Apologising for the email tells them it is not worth reading; a reason to write needs no apology.',
    suggestion: 'Write when you have a reason, and lead with it: "Saw your Series B news; here is how two similar teams scaled onboarding."',
    negatable: false,
    frames: [
      `@SORRY for|about @ADV? following+up|the+follow+up|chasing|the+chaser|nudging|the+nudge|pinging|the+ping|resending|re+sending|resharing|re+sharing|bugging|pestering|another+email|the+extra+email|the+repeat !! :|-|;|,|as|because|since|the|my|our ~10 wrong|incorrect|broken|missing|old|outdated|typo|typos|error|mistake|forgot|corrupt|corrupted|bounced|failed|glitch|link|attachment|added|attached|expired`,
      `@SORRY to|for ping|pinging|nudge|nudging|chase|chasing|email|emailing|write|writing|message|messaging|follow+up|following+up you|u ~2 again|once+more|on+this`,
      `pardon|excuse|forgive the|my interruption|intrusion`,
      `<start> hi|hello|hey? ,? it is|'s|is just? me again`,
      `@SORRY to|for|about|if @I? @BE|be|being|keep|again|for? @BOTHER !! you? on|at|over|during|so|this|late|early|with+an+urgent|with+something+urgent`,
      `@SORRY for|about|if @AGAIN_N|the|my|this|these? @AGAIN_N ~1 @ATTEMPT|persistence|intrusion|interruption|inbox+clutter !! :|-|;|,|as|because|since|the|my|our ~10 wrong|incorrect|broken|missing|old|outdated|typo|typos|error|mistake|forgot|corrupt|corrupted|bounced|failed|glitch|link|attachment|added|attached`,
      `@SORRY ~3 again <end>`,
      `re sending|send|sent|sharing|share|forwarding|forward|posting|post @THIS|below|in+case|again`,
      `resending|resend|resent|reforwarding|reforward|reposting|re+forwarding @THIS|below|in+case|again !! with|including|now|updated|corrected|fixed|new|plus|incl|because|as|since|after|to+fix|to+correct|,+now|and+the !< @MODAL|happy+to|glad+to|to|please|gladly|so+i+am|so+we+are|so+i|so+we|so+i+will|so+i+have|so+here+i+am|hence+i+am !< as+requested|as+asked|as+you+asked|per+your+request|at+your+request ~3`,
      `sending|send|forwarding|forward|sharing|share|resending|attaching|re+attaching|popping the|my|our|this ~1 again|once+more|one+more+time|over+again !! with|including|now|updated|plus|incl|and+the|,+now !< @MODAL|me+to|happy+to|glad+to|gladly`,
      `forgive|excuse|pardon the|my|me+for+the @AGAIN_N|persistence|follow|nagging`,
      // "I'm sure you get a hundred of these a day": the email calls itself clutter.
      `@YOU @AUX_DO? @JUST? get|receive|see a+hundred|hundreds|dozens|tons|loads|a+lot|so+many|plenty|a+ton|a+million|countless of? these|emails+like+this|pitches|messages+like+this|cold+emails`,
      `@SORRY for|about|to+be being? @SELF_LOW|persistent|so+persistent|so+pushy`,
      `@YOU @BE|must+be|are+probably|'re+probably ~1 sick|tired of hearing|seeing|getting ~1 from? me|my|us`,
    ],
  },
  {
    id: 'just-wanted',
    category: 'passive',
    message: '"Just wanted to…" makes the email small on purpose; it is easy to leave for later.',
    suggestion: LEAD,
    frames: [
      `@JUST? @WANT to @JUST? check|see|confirm|make+sure|find+out|know if|whether|that? @YOU @BE|are still interested|keen|on+board|up+for+it|open+to+it`,
      `@JUST @WANT to see|check+in|check+back|make+sure+you|make+sure+this|make+sure+it|make+sure+my|remind|get+back+on|put+this+back|say+hi|say+hello|stay+in+touch|keep+in+touch|bump|resurface|ping|nudge|poke|ask+again|see+where|see+how|see+whether|try+you|try+again|reach+out+again|reconnect|gauge+interest|hear+back|check+whether+you|check+if+you|check+on|get+an+update !! and+share|and+congrat|to+share|and+let+you+know|and+say+congrat|and+tell+you|and+send|and+introduce|and+show`,
      `@JUST seeing|checking if|whether|where|how`,
      `@JUST wondering|curious if|whether|where|how @YOU|there|things|it ~1 @AUX_HAVE|had|got|made|decided|any|is|stand|landed|were+able`,
      `wanted|want|wanting|writing|hoping to see if|whether|where|how you|your|things|it|this|there|the`,
      `wanted|writing to @JUST? make sure you|this|it|my|that|nothing|everything`,
    ],
  },
];
