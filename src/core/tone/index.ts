// The tone coach (issue 4): pure, no browser API. See DOMAIN.md for the categories.

export { checkDraft } from './check-draft';
export { dismissalKey } from './dismissal';
export { newTextOf, type TextSpan } from './new-text';
export { toneRules } from './rules/catalogue';
export {
  SEVERITIES,
  TONE_CATEGORIES,
  severityRank,
  worstOf,
  type Band,
  type CheckOptions,
  type DraftInput,
  type Finding,
  type NewSignal,
  type Severity,
  type ToneCategory,
  type ToneMetrics,
  type ToneReport,
  type ToneRuleInfo,
} from './types';
