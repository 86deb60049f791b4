// The pre-send dialog: why the send was held, each finding with the words
// that caused it and what to write instead, and exactly three choices.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ToneReport } from '../../core/tone';
import type { ComposeContext } from '../../shared/views';
import { trapTab } from '../shared/focus-trap';
import { CATEGORY_LABEL, isMoment, leadFor, orderFindings } from './wording';

export type PresendChoice = 'send' | 'edit' | 'sleep';

interface Props {
  report: ToneReport;
  context: ComposeContext | null;
  onChoice: (choice: PresendChoice) => void;
}

export function PresendDialog({ report, context, onChoice }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const first = context?.prospects[0]?.prospect;
  const name = first ? first.name || first.addresses[0] || null : null;
  const lead = leadFor(report, name);
  const held = report.findings.filter((f) => f.severity !== 'info');
  const findings = orderFindings(held.length > 0 ? held : report.findings);

  useLayoutEffect(() => {
    // Focus the gentlest choice: "Sleep on it" for a break-up, otherwise "Edit".
    ref.current?.querySelector<HTMLElement>(lead.moment ? '[data-choice="sleep"]' : '[data-choice="edit"]')?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys stay inside the dialog: the mail app's shortcuts must not act on them.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onChoice('edit');
    } else if (ref.current) trapTab(e, ref.current);
  };

  return (
    <div class="backdrop">
      <div
        ref={ref}
        class={lead.moment ? 'dialog moment' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby="ft-presend-title"
        aria-describedby="ft-presend-lead"
        onKeyDown={onKeyDown}
        onKeyUp={(e) => e.stopPropagation()}
        onKeyPress={(e) => e.stopPropagation()}
      >
        <p class="eyebrow">FollowThrough · tone check</p>
        <h2 id="ft-presend-title" class="title">{lead.title}</h2>
        <p id="ft-presend-lead" class="lead">{lead.body}</p>
        <ul class="findings" aria-label="What the tone check found" tabIndex={0}>
          {findings.map((f, i) => (
            <li key={`${f.rule}:${f.start}`} class={`finding ${f.category} ${f.severity}`} data-testid="presend-finding">
              <span class="chip">{CATEGORY_LABEL[f.category]}{isMoment(f) ? '' : f.severity === 'strong' ? ' · strong' : ''}</span>
              <blockquote class="quote">“{f.text}”</blockquote>
              <p class="message">{f.message}</p>
              {/* Several phrases of one kind share their advice: give it once, after the first. */}
              {findings.findIndex((g) => g.suggestion === f.suggestion) === i && <p class="suggestion"><span class="suggestion-label">Instead: </span>{f.suggestion}</p>}
            </li>
          ))}
        </ul>
        <div class="choices">
          <button type="button" class="ft-button quiet send" data-choice="send" onClick={() => onChoice('send')}>Send anyway</button>
          <span class="spacer" />
          <button type="button" class={lead.moment ? 'ft-button' : 'ft-button primary'} data-choice="edit" onClick={() => onChoice('edit')}>Edit</button>
          <button type="button" class={lead.moment ? 'ft-button primary' : 'ft-button'} data-choice="sleep" onClick={() => onChoice('sleep')}>Sleep on it</button>
        </div>
        <p class="ft-hint footnote">Sleep on it keeps the draft unsent and reminds you tomorrow morning.</p>
      </div>
    </div>
  );
}
