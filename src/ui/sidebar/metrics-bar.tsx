// The draft's measures as one compact row of chips, each green when it sits
// in the range that got the most replies and amber when it does not.
import type { ToneMetrics } from '../../core/tone';

interface Chip {
  id: string;
  label: string;
  value: string;
  good: boolean;
  aim: string;
}

function chips(m: ToneMetrics): Chip[] {
  const list: Chip[] = [
    { id: 'words', label: 'Words', value: String(m.wordCount), good: m.wordBand === 'best', aim: 'aim for 50-125' },
    { id: 'questions', label: 'Questions', value: String(m.questionCount), good: m.questionBand === 'best', aim: 'aim for 1-3' },
  ];
  list.push(
    m.subjectWords === null
      ? { id: 'subject', label: 'Subject', value: 'none', good: false, aim: 'aim for 3-4 words' }
      : { id: 'subject', label: 'Subject', value: `${m.subjectWords} ${m.subjectWords === 1 ? 'word' : 'words'}`, good: m.subjectBand === 'best', aim: 'aim for 3-4 words' },
    { id: 'grade', label: 'Grade', value: String(Math.round(m.readingGrade)), good: m.readingGrade <= 6, aim: 'simple words read best (about grade 3)' },
    { id: 'asks', label: 'Asks', value: m.asksConcrete ? 'yes' : 'no', good: m.asksConcrete, aim: 'one concrete next step' },
    { id: 'new', label: 'New', value: m.bringsNew ? 'yes' : 'no', good: m.bringsNew, aim: 'something new for them' },
  );
  return list;
}

export function MetricsBar({ metrics, hasSubject }: { metrics: ToneMetrics; hasSubject: boolean }) {
  const shown = chips(metrics).filter((c) => c.id !== 'subject' || hasSubject);
  return (
    <ul class="metrics" aria-label="Draft measures" data-testid="metrics">
      {shown.map((c) => (
        <li key={c.id} class={c.good ? 'metric good' : 'metric off'} title={`${c.label}: ${c.value} (${c.aim})`} data-metric={c.id}>
          <span class="metric-dot" aria-hidden="true" />
          <span class="metric-label">{c.label}</span>
          <span class="metric-value">{c.value}</span>
          <span class="ft-visually-hidden">{`, ${c.good ? 'in range' : c.aim}`}</span>
        </li>
      ))}
    </ul>
  );
}
