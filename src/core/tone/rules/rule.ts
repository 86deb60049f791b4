// How a tone rule is declared: what it is called and shown as, and the frames
// (frame.ts) that find it among the words of the user's new text. One frame
// says one thing in slots and word classes (lexicon.ts), so it covers the ways
// people say it; the guards (guards.ts) then drop mentions and denials.

import type { ToneCategory, ToneRuleInfo } from '../types';

/** Its title, description and examples are in catalogue.ts, for the options page only. */
export interface ToneRule extends Pick<ToneRuleInfo, 'id' | 'category'> {
  /** Frame sources, see frame.ts for the syntax. */
  frames: readonly string[];
  /** Break-up only: bitter or desperate wording is always strong; a close can be calm. */
  tone?: 'bitter' | 'close';
  /** Tested on the working text just before a match: when it matches, the match does not count. */
  notAfter?: RegExp;
  /** False when the phrase carries its own "not" ("I don't want to be a pest"). */
  negatable?: boolean;
  /** Shown beside the finding: why it reads badly. */
  message: string;
  /** Shown beside the finding: what to write instead. */
  suggestion: string;
}

export type RuleList = readonly ToneRule[];
export type { ToneCategory };

/**
 * A denial right before the phrase ("I won't close your file", "rather than a final
 * notice", "I don't want to be the one who closes your file"), for rules that set
 * `negatable: false` so that a "not" in an earlier part of the sentence ("since I never
 * heard back I'll close your file", "without a reply I'll assume…") does not hide the
 * phrase. A bare "not" or "never" must touch the phrase (one of be/have/ever/really/just/
 * even/yet may come between); a cue that states the intent ("rather than", "don't want
 * to") may stand up to two words before it.
 */
export const NEAR_DENIAL = /\b(?:(?:not|never|no|won[’']?t|will not|don[’']?t|do not|didn[’']?t|did not|cannot|can[’']?t|without)(?:\s+(?:be|have|ever|really|just|even|yet))?|(?:rather than|instead of|no need to|not (?:going|planning|trying|about) to|(?:don[’']?t|do not|didn[’']?t|did not) (?:want|mean|need|plan|intend) to|avoid(?:ing)?|skip(?:ping)?|spare you|nobody (?:likes|needs|wants)|no one (?:likes|needs|wants)|hate (?:getting|receiving|sending))(?:\s+[^\s.,;:!?]+){0,2})\s*$/;

// A notice about a date on their side or ours ("a final reminder that early-bird pricing ends Friday"), not a chase.
export const NOTICE_AFTER = '!! that|:|-|about|of|for+your+diary|for+your+calendar|for+your+records|for+the+diary|for+the+calendar|for+tomorrow|for+today ~7 ends|end|closes|close|expires|expire|starts|start|begins|begin|opens|open|takes+place|runs+out|run+out|goes+up|go+up|kicks+off|goes+live|is+tomorrow|is+today|is+this|is+next|is+on|is+at|are+on|are+at|is+valid|are+valid|is+only+valid|is+good|is+only+good|applies|apply|is+available|are+available|is+still+available|is+due|are+due|moves|move|relocates|changes|change|reopens|reopen|is+closed|are+closed|will+be+closed|will+reopen|will+move|is+booked|are+booked|is+scheduled|are+scheduled|is+confirmed|are+confirmed|is+set+for|are+set+for|is+coming+up|are+coming+up|is+monday|is+tuesday|is+wednesday|is+thursday|is+friday|is+saturday|is+sunday|is+tomorrow|falls+on|is+due+on';
