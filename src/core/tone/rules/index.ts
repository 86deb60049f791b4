// Every tone rule, in the order the options page lists them.

import type { ToneRuleInfo } from '../types';
import { breakupRules } from './breakup';
import { passiveRules } from './passive';
import type { ToneRule } from './rule';
import { scoldingRules } from './scolding';

/** Context-only: another plain chase after the fatigue guard tripped (DOMAIN.md). */
export const FATIGUE_RULE: ToneRule = {
  id: 'fatigue-chase',
  category: 'passive',
  title: 'Another plain chase',
  description: 'After several unanswered touches, one more email of the same kind is unlikely to be the one that works.',
  examples: ['A fourth "any thoughts on the proposal?" with nothing new in it.'],
  better: 'Change the channel or the strategy: call with an idea, send something useful, or let the prospect rest as dormant.',
  message: 'This would be one more unanswered chase in a row, with nothing new in it; another email of the same kind rarely gets the reply the last ones did not.',
  suggestion: 'Change the channel or the strategy: call with an idea, send something useful, or let the prospect rest as dormant.',
  frames: [],
};

export const allRules: readonly ToneRule[] = [...passiveRules, FATIGUE_RULE, ...scoldingRules, ...breakupRules];

/** The rule list with examples, for the options page. */
export const toneRules: readonly ToneRuleInfo[] = allRules.map((r) => ({
  id: r.id,
  category: r.category,
  title: r.title,
  description: r.description,
  examples: r.examples,
  better: r.better,
}));

export type { ToneRule };
