// How a tone rule is declared: what it is called and shown as, and the
// patterns that find it in the normalised working text (lower case, straight
// quotes, single spaces; see normalise.ts).
//
// Patterns must stay linear: no nested unbounded quantifiers; gaps are bounded
// character classes such as [^.!?\n]{0,40}. A 100 KB paste must not hang a tab.

import type { ToneCategory, ToneRuleInfo } from '../types';

export interface ToneRule extends ToneRuleInfo {
  patterns: readonly RegExp[];
  /** Break-up only: bitter or desperate wording is always strong; a close can be calm. */
  tone?: 'bitter' | 'close';
  /** Tested on the text just before a match: when it matches, the match does not count. */
  notAfter?: RegExp;
  /** False when the phrase carries its own "not" ("I don't want to be a pest"). */
  negatable?: boolean;
  /** Shown beside the finding: why it reads badly. */
  message: string;
  /** Shown beside the finding: what to write instead. */
  suggestion: string;
}

/** A global regex from a raw template, so fragments can be shared without double escaping. */
export function re(parts: TemplateStringsArray, ...subs: string[]): RegExp {
  return new RegExp(String.raw(parts, ...subs), 'g');
}

export type RuleList = readonly ToneRule[];
export type { ToneCategory };

// Shared fragments.
export const HAVENT = String.raw`(?:haven'?t|have not)`;
export const DIDNT = String.raw`(?:didn'?t|did not)`;
export const DONT = String.raw`(?:don'?t|do not)`;
export const MSG = String.raw`(?:emails?|notes?|messages?|voicemails?|texts?|mail|linkedin messages?)`;
export const COUNT = String.raw`(?:several|multiple|many|numerous|a number of|a few|a couple of|a couple|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2}|countless|so many|half a dozen|a dozen)`;
