// The tone coach beside the draft: what reads badly and what to write
// instead, the measures, and the two questions a good follow-up answers.
// It only reads the draft; it never changes it.
import type { ToneReport } from '../../core/tone';
import { CATEGORY_LABEL, orderFindings } from '../presend/wording';
import { MetricsBar } from './metrics-bar';

/** Below this many words the draft is still being started: no prompts yet. */
const PROMPT_FROM_WORDS = 8;

export function ToneCoach({ report, hasSubject }: { report: ToneReport | null; hasSubject: boolean }) {
  if (!report || report.metrics.wordCount === 0) {
    return <p class="ft-hint">Start writing: the tone coach reads along and suggests, it never changes your draft.</p>;
  }
  const m = report.metrics;
  const prompts: { id: string; title: string; body: string }[] = [];
  if (m.wordCount >= PROMPT_FROM_WORDS && !m.bringsNew) {
    prompts.push({ id: 'new', title: 'Lead with something new', body: 'An idea, news about them, a useful link or a congratulation gives them a reason to reply today.' });
  }
  if (m.wordCount >= PROMPT_FROM_WORDS && !m.asksConcrete) {
    prompts.push({ id: 'ask', title: 'Ask for one concrete next step', body: 'A question they can answer in a line, or a time and a date: "Would Tuesday at 10 work for 20 minutes?"' });
  }
  const findings = orderFindings(report.findings);
  return (
    <div class="coach" aria-live="polite">
      <MetricsBar metrics={m} hasSubject={hasSubject} />
      {findings.length === 0 && prompts.length === 0 && <p class="all-good">Reads well: clear, kind and specific.</p>}
      {findings.length > 0 && (
        <ul class="findings" aria-label="Tone findings">
          {findings.map((f) => (
            <li key={`${f.field ?? 'body'}:${f.rule}:${f.start}`} class={`finding ${f.category} ${f.severity}`} data-testid="sidebar-finding" data-field={f.field ?? 'body'}>
              <span class="chip">{CATEGORY_LABEL[f.category]}</span>
              {f.field === 'subject' && <span class="chip where">In the subject</span>}
              <q class="quote">{f.text}</q>
              <p class="message">{f.message}</p>
              <p class="suggestion"><span class="suggestion-label">Instead: </span>{f.suggestion}</p>
            </li>
          ))}
        </ul>
      )}
      {prompts.length > 0 && (
        <ul class="prompts" aria-label="Suggestions">
          {prompts.map((p) => (
            <li key={p.id} class="prompt" data-testid={`prompt-${p.id}`}>
              <strong>{p.title}</strong>
              <span>{p.body}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
