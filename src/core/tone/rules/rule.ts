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
