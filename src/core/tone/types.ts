// The tone coach's plain data: findings, metrics and the report checkDraft returns.

import type { ToneContext } from '../model';

export type ToneCategory = 'passive' | 'scolding' | 'breakup';
export type Severity = 'info' | 'warn' | 'strong';

/** Mildest first, so an index is a rank. */
export const SEVERITIES: readonly Severity[] = ['info', 'warn', 'strong'];
export const TONE_CATEGORIES: readonly ToneCategory[] = ['passive', 'scolding', 'breakup'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** The stronger of two severities; null counts as none. */
export function worstOf(a: Severity | null, b: Severity): Severity {
  return a === null || severityRank(b) > severityRank(a) ? b : a;
}

export interface Finding {
  rule: string;
  category: ToneCategory;
  severity: Severity;
  /**
   * Where the span is: in the draft's text (the default when absent) or in its subject.
   * Offsets are into that string exactly as given: text === draft.slice(start, end), or
   * subject.slice(start, end) for a subject finding.
   */
  field?: 'body' | 'subject';
  start: number;
  end: number;
  text: string;
  /** Why this reads badly, kindly and specifically. */
  message: string;
  /** What to write instead. */
  suggestion: string;
}

export type Band = 'short' | 'best' | 'long';

/** Respondable's published measures, plus the two questions a good follow-up answers. */
export interface ToneMetrics {
  wordCount: number;
  /** 50-125 words got the most replies. */
  wordBand: Band;
  subjectWords: number | null;
  /** 3-4 words got the most replies. */
  subjectBand: Band | null;
  questionCount: number;
  /** 1-3 questions got the most replies. */
  questionBand: Band;
  /** Flesch-Kincaid grade of the new text; about grade 3 did best. */
  readingGrade: number;
  /** A real question, a time or a date that the prospect can answer. */
  asksConcrete: boolean;
  /** A link, news, an idea or an attachment: a reason to write today. */
  bringsNew: boolean;
  /** Which kinds of new content were seen, for the composer's hint. */
  newSignals: NewSignal[];
}

export type NewSignal = 'link' | 'attachment' | 'news' | 'idea';

export interface ToneReport {
  findings: Finding[];
  metrics: ToneMetrics;
  worst: Severity | null;
}

export interface ToneRuleInfo {
  id: string;
  category: ToneCategory;
  title: string;
  description: string;
  /** Wording this rule catches. */
  examples: string[];
  /** What to write instead. */
  better: string;
}

export interface CheckOptions {
  /** The compose's subject: checked too, and measured (subject length). */
  subject?: string;
  disabledRules?: readonly string[];
}

/** What a compose session passes in one object: checkDraft({ text, subject, context }). */
export interface DraftInput {
  text: string;
  subject?: string;
  context?: ToneContext;
}
