// checkDraft: the user's new text in, findings and metrics out (issue 4).

import type { ToneContext } from '../model';
import { isMention, isNegated } from './guards';
import { buildMatcher } from './matcher';
import { measureText } from './metrics';
import { newTextOf } from './new-text';
import { normalise, toDraftSpan, type Working } from './normalise';
import { modelHits } from './model/classify';
import { allRules, FATIGUE_RULE, MODEL_RULES, type ToneRule } from './rules';
import { isFatiguedChase, severityFor, type DraftFacts } from './severity';
import { tokenise, type Tokens } from './tokens';
import { worstOf, type CheckOptions, type Finding, type Severity, type ToneReport } from './types';

interface Hit {
  rule: ToneRule;
  start: number;
  end: number;
}

const scan = buildMatcher(allRules);

function findHits(w: Working, disabled: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  const t = tokenise(w.text);
  for (const { rule, start, end } of scan(t)) {
    if (disabled.has(rule.id)) continue;
    if (rule.notAfter && rule.notAfter.test(w.text.slice(Math.max(0, start - 24), start))) continue;
    if (isMention(w.text, start, end)) continue;
    if (rule.negatable !== false && isNegated(w.text, start)) continue;
    hits.push({ rule, start, end });
  }
  return dedupe([...hits, ...learnedHits(t, hits, disabled)]);
}

/** Sentences the learned layer flags where no frame of that category already found something. */
function learnedHits(t: Tokens, frameHits: readonly Hit[], disabled: ReadonlySet<string>): Hit[] {
  const out: Hit[] = [];
  for (const m of modelHits(t)) {
    const rule = MODEL_RULES[m.category];
    if (disabled.has(rule.id)) continue;
    // The sentence without its end mark, so the span is the words.
    let last = m.to - 1;
    while (last > m.from && !/[a-z0-9]/.test(t.word[last]!.charAt(0))) last--;
    const start = t.start[m.from]!;
    const end = t.end[last]!;
    if (frameHits.some((h) => h.rule.category === m.category && h.start < end && h.end > start)) continue;
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
  const score = (h: Hit) => (h.rule.tone === 'bitter' ? 1e9 : 0) + (h.end - h.start);
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

function toFinding(draft: string, w: Working, hit: Hit, severity: Severity): Finding {
  const { start, end } = toDraftSpan(w, hit.start, hit.end);
  return {
    rule: hit.rule.id,
    category: hit.rule.category,
    severity,
    start,
    end,
    text: draft.slice(start, end),
    message: hit.rule.message,
    suggestion: hit.rule.suggestion,
  };
}

export function checkDraft(draft: string, context?: ToneContext, options: CheckOptions = {}): ToneReport {
  const disabled = new Set(options.disabledRules ?? []);
  const spans = newTextOf(draft);
  const w = normalise(draft, spans);
  const hits = findHits(w, disabled);
  const chase = hits.filter((h) => h.rule.category !== 'breakup');
  const metrics = measureText(w.text, options.subject, chase);
  const facts: DraftFacts = {
    metrics,
    context,
    scoldingCount: hits.filter((h) => h.rule.category === 'scolding').length,
    hasBreakup: hits.some((h) => h.rule.category === 'breakup'),
  };
  const findings = hits.map((h) => toFinding(draft, w, h, severityFor(h.rule, facts)));
  const hasPassive = hits.some((h) => h.rule.category === 'passive');
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
