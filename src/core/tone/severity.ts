// How strong a finding is, given the draft and what we know of the prospect.
// DOMAIN.md: strong for a bitter tone or an early break-up, mild for a polite
// close after the cadence is spent; a passive phrase in an email that brings
// something new and asks something concrete, or that says enough of its own
// around it, is only a habit.

import type { ToneContext } from '../model';
import type { ToneRule } from './rules';
import type { Severity, ToneMetrics } from './types';

/** A break-up this early (touches so far, this draft not counted) is always strong. */
export const EARLY_TOUCHES = 2;

export interface DraftFacts {
  metrics: ToneMetrics;
  /** The email says enough of its own besides its findings (substance.ts). */
  substantial: boolean;
  context: ToneContext | undefined;
  scoldingCount: number;
  hasBreakup: boolean;
}

export function severityFor(rule: ToneRule, facts: DraftFacts): Severity {
  const { metrics, context } = facts;
  switch (rule.category) {
    case 'passive':
      return facts.substantial || (metrics.bringsNew && metrics.asksConcrete) ? 'info' : 'warn';
    case 'scolding':
      return facts.scoldingCount >= 2 || facts.hasBreakup ? 'strong' : 'warn';
    case 'breakup':
      if (rule.tone === 'bitter') return 'strong';
      if (context && context.touchesSoFar <= EARLY_TOUCHES) return 'strong';
      if (context?.cadenceSpent) return 'info';
      return 'warn';
  }
}

/** Another plain chase after the fatigue guard tripped: no new content and no break-up. */
export function isFatiguedChase(facts: DraftFacts): boolean {
  return facts.context?.fatigueTripped === true && !facts.metrics.bringsNew && !facts.hasBreakup && facts.metrics.wordCount > 0;
}
