// checkDraft: the user's new text in, findings and metrics out (issue 4).

import type { ToneContext } from '../model';
import { isMention, isNegated } from './guards';
import { buildMatcher } from './matcher';
import { measureText } from './metrics';
import { newTextOf, type TextSpan } from './new-text';
import { deliversAfter, givesReason, hasSubstance, spanIndex } from './substance';
import { normalise, toDraftSpan, type Working } from './normalise';
import { modelHits } from './model/classify';
import { allRules, FATIGUE_RULE, MODEL_RULES, subjectRules, type ToneRule } from './rules';
import { innocentRules } from './rules/innocent';
import { isFatiguedChase, severityFor, type DraftFacts } from './severity';
import { tokenise, type Tokens } from './tokens';
import { worstOf, type CheckOptions, type DraftInput, type Finding, type Severity, type ToneCategory, type ToneReport } from './types';

interface Hit {
  rule: ToneRule;
  start: number;
  end: number;
}

// Built on the first check, not when the compose UI loads, so loading stays quick.
let matcher: ReturnType<typeof buildMatcher> | undefined;
const scan: ReturnType<typeof buildMatcher> = (t) => (matcher ??= buildMatcher([...allRules, ...innocentRules]))(t);
const INNOCENT = new Set<ToneRule>(innocentRules);
const SUBJECT_ONLY = new Set<ToneRule>(subjectRules);
/** Passive asks that a reason turns into a real question ("…? We order on Friday, so I need the size."). */
const ASKS = new Set(['any-update', 'had-a-chance']);
/** Words of new text from which a body says enough on its own for a chasing subject not to count. */
const SUBSTANTIAL_BODY = 40;
/** "Re: ", "Fwd: ", "AW: " and the like, repeated, at the start of a subject. */
const SUBJECT_PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|sv|tr|rv|antw)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+/i;

/** Frame hits (and, in the body, the learned layer's) that pass the guards, one per stretch and category. */
function findHits(w: Working, disabled: ReadonlySet<string>, field: 'body' | 'subject'): Hit[] {
  const hits: Hit[] = [];
  // Wording a frame matched and then judged innocent (its exceptions, a quote, a denial).
  const cleared: Hit[] = [];
  const t = tokenise(w.text);
  for (const { rule, start, end, vetoed } of scan(t)) {
    if (disabled.has(rule.id) || (field === 'body' && SUBJECT_ONLY.has(rule))) continue;
    if (vetoed || INNOCENT.has(rule) || (rule.notAfter && rule.notAfter.test(w.text.slice(Math.max(0, start - 24), start))) || isMention(w.text, start, end) || (rule.negatable !== false && isNegated(w.text, start))) {
      cleared.push({ rule, start, end });
      continue;
    }
    hits.push({ rule, start, end });
  }
  return dedupe(field === 'body' ? [...hits, ...learnedHits(t, hits, cleared, disabled)] : hits);
}

/**
 * Sentences the learned layer flags where no frame of that category already found
 * something, nor looked at the same words and judged them innocent ("as I mentioned
 * on the call" is a frame's exception; the model must not bring it back).
 */
function learnedHits(t: Tokens, frameHits: readonly Hit[], cleared: readonly Hit[], disabled: ReadonlySet<string>): Hit[] {
  const out: Hit[] = [];
  const found = modelHits(t);
  if (found.length === 0) return out;
  // Per category, the stretches a frame found or judged innocent.
  const spansOf = (c: ToneCategory) => [...frameHits, ...cleared].filter((h) => h.rule.category === c);
  const quiet = { passive: spanIndex(spansOf('passive')), scolding: spanIndex(spansOf('scolding')), breakup: spanIndex(spansOf('breakup')) };
  for (const m of found) {
    const rule = MODEL_RULES[m.category];
    if (disabled.has(rule.id)) continue;
    // The sentence without its end mark, so the span is the words.
    let last = m.to - 1;
    while (last > m.from && !/[a-z0-9]/.test(t.word[last]!.charAt(0))) last--;
    const start = t.start[m.from]!;
    const end = t.end[last]!;
    if (quiet[m.category](start, end)) continue;
    out.push({ rule, start, end });
  }
  return out;
}

/**
 * One finding per stretch of text and category: the bitter rule wins, else the
 * longest match, and its span grows to cover the matches it absorbed. A sweep
 * over each category's hits in order keeps this linear in the number of hits
 * (a pasted wall of "checking in" must not cost quadratic time).
 */
function dedupe(hits: Hit[]): Hit[] {
  // Bitter first, then a subject rule (its wording is about the subject), then the longest.
  const score = (h: Hit) => (h.rule.tone === 'bitter' ? 1e9 : 0) + (h.end - h.start) + (SUBJECT_ONLY.has(h.rule) ? 1e6 : 0);
  const byCategory = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byCategory.get(h.rule.category);
    if (list) list.push(h);
    else byCategory.set(h.rule.category, [h]);
  }
  const kept: Hit[] = [];
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let best: Hit | null = null;
    let start = 0;
    let end = -1;
    const flush = () => {
      if (best) kept.push({ ...best, start, end });
    };
    for (const h of list) {
      if (best && h.start < end) {
        if (score(h) > score(best)) best = h;
        end = Math.max(end, h.end);
      } else {
        flush();
        best = h;
        start = h.start;
        end = h.end;
      }
    }
    flush();
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Passive hits that are not chases at all: a phrase a colon turns into a delivery, and
 * an ask that gives its reason, are dropped. Above news, answers or a plan of the email's
 * own (`substantial`), a check-in opener stays, shown as a habit (see severityFor), but a
 * question ("any feedback from your team?") and the learned layer's guess are its asks.
 */
function checkedPassive(draft: string, spans: readonly TextSpan[], w: Working, found: Hit[]): { hits: Hit[]; substantial: boolean } {
  // A reason that is itself an ultimatum or a reproach ("My director needs an answer by tomorrow") does not excuse the ask.
  const pressed = found.some((h) => h.rule.category !== 'passive');
  const checked = found.filter((h) => h.rule.category !== 'passive' || !(deliversAfter(w.text, h.end) || (!pressed && ASKS.has(h.rule.id) && givesReason(w.text, h.end))));
  const substantial = hasSubstance(draft, spans, checked.map((h) => toDraftSpan(w, h.start, h.end)));
  if (!substantial) return { hits: checked, substantial };
  return { hits: checked.filter((h) => h.rule.category !== 'passive' || !(ASKS.has(h.rule.id) || h.rule === MODEL_RULES.passive)), substantial };
}

function toFinding(draft: string, w: Working, hit: Hit, severity: Severity, field?: 'subject'): Finding {
  const { start, end } = toDraftSpan(w, hit.start, hit.end);
  const { id: rule, category, message, suggestion } = hit.rule;
  const text = draft.slice(start, end);
  // Two literals rather than a spread: the same keys in the same order, without copying an object per finding.
  return field
    ? { rule, category, severity, field, start, end, text, message, suggestion }
    : { rule, category, severity, start, end, text, message, suggestion };
}

/**
 * The user's new text (quotes and signature left out) and, when given, the subject.
 * Either checkDraft(text, context, { subject }) or, from a compose session,
 * checkDraft({ text, subject, context }).
 */
export function checkDraft(input: string | DraftInput, context?: ToneContext, options: CheckOptions = {}): ToneReport {
  const draft = typeof input === 'string' ? input : input.text;
  const ctx = typeof input === 'string' ? context : (input.context ?? context);
  const subject = (typeof input === 'string' ? undefined : input.subject) ?? options.subject;
  const disabled = new Set(options.disabledRules ?? []);
  const spans = newTextOf(draft);
  const w = normalise(draft, spans);
  const found = findHits(w, disabled, 'body');
  const hasPassive = found.some((h) => h.rule.category === 'passive');
  const { hits, substantial } = hasPassive ? checkedPassive(draft, spans, w, found) : { hits: found, substantial: false };
  const prefix = subject === undefined ? 0 : (SUBJECT_PREFIX.exec(subject)?.[0].length ?? 0);
  // "Re:" or "Fwd:" means the subject came with the thread: the user did not write it now, so it is not theirs to fix.
  const sw = subject === undefined || prefix > 0 || prefix >= subject.length ? null : normalise(subject, [{ start: prefix, end: subject.length }]);
  const chase = hits.filter((h) => h.rule.category !== 'breakup');
  const metrics = measureText(w.text, subject, chase);
  // "Following up on my voicemail" above a body of some length that asks for something
  // concrete and holds no empty chase of its own is a label for the thread, not the chase.
  const plainBody = metrics.asksConcrete && metrics.wordCount >= SUBSTANTIAL_BODY && !hits.some((h) => h.rule.category === 'passive');
  const subjectHits = (sw ? findHits(sw, disabled, 'subject') : []).filter((h) => !(plainBody && h.rule.category === 'passive'));
  const all = [...subjectHits, ...hits];
  const facts: DraftFacts = {
    metrics,
    substantial,
    context: ctx,
    scoldingCount: all.filter((h) => h.rule.category === 'scolding').length,
    hasBreakup: all.some((h) => h.rule.category === 'breakup'),
  };
  const findings = [
    ...subjectHits.map((h) => toFinding(subject!, sw!, h, severityFor(h.rule, facts), 'subject')),
    ...hits.map((h) => toFinding(draft, w, h, severityFor(h.rule, facts))),
  ];
  if (!disabled.has(FATIGUE_RULE.id) && !hasPassive && spans.length > 0 && isFatiguedChase(facts)) {
    // No phrase to point at: the whole new text is the chase.
    const start = spans[0]!.start;
    const end = spans[spans.length - 1]!.end;
    findings.unshift({
      rule: FATIGUE_RULE.id,
      category: 'passive',
      severity: 'warn',
      start,
      end,
      text: draft.slice(start, end),
      message: FATIGUE_RULE.message,
      suggestion: FATIGUE_RULE.suggestion,
    });
  }
  let worst: Severity | null = null;
  for (const f of findings) worst = worstOf(worst, f.severity);
  return { findings, metrics, worst };
}
