// Every tone rule, in the order the options page lists them (their text for
// that page is in catalogue.ts).

import type { ToneCategory } from '../types';
import { breakupRules } from './breakup';
import { passiveRules } from './passive';
import type { ToneRule } from './rule';
import { scoldingRules } from './scolding';
import { subjectRules } from './subject';

/** Context-only: another plain chase after the fatigue guard tripped (DOMAIN.md). */
export const FATIGUE_RULE: ToneRule = {
  id: 'fatigue-chase',
  category: 'passive',
  message: 'This would be one more unanswered chase in a row, with nothing new in it; another email of the same kind rarely gets the reply the last ones did not.',
  suggestion: 'Change the channel or the strategy: call with an idea, send something useful, or let the prospect rest as dormant.',
  frames: [],
};

/**
 * The learned layer's findings (model/classify.ts), one rule per category: a whole
 * sentence that reads that way although no frame names the phrase.
 */
export const MODEL_RULES: Readonly<Record<ToneCategory, ToneRule>> = {
  passive: {
    id: 'passive/model',
    category: 'passive',
    message: 'This sentence reads like an empty check-in: it says you are waiting, not why they should answer.',
    suggestion: 'Lead with something new (an idea, a result, news about them), then ask one clear question, e.g. "Would Tuesday at 10 work to walk through it?"',
    frames: [],
  },
  scolding: {
    id: 'scolding/model',
    category: 'scolding',
    message: 'This sentence may read as a reproach about their silence or a promise; you never know what is going on in their world.',
    suggestion: 'Ask the important question again as if for the first time, e.g. "Is onboarding still the priority for Q3?"',
    frames: [],
  },
  breakup: {
    id: 'breakup/model',
    category: 'breakup',
    tone: 'close',
    message: 'This sentence may read as closing the door or pushing for a reply; a pause is not an ending.',
    suggestion: 'If the cadence is spent, leave the door open instead of closing it: "I will stop writing for now; when the timing is right, I am one reply away."',
    frames: [],
  },
};

export const allRules: readonly ToneRule[] = [...passiveRules, FATIGUE_RULE, ...scoldingRules, ...breakupRules, ...Object.values(MODEL_RULES), ...subjectRules];

/** Rules of the body only; the subject is checked with these and the subject rules. */
export const bodyRules: readonly ToneRule[] = allRules.filter((r) => !subjectRules.includes(r));
export { subjectRules };

export type { ToneRule };
