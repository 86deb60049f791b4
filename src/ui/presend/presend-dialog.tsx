// The pre-send dialog: why the send was held, each finding with the words
// that caused it and what to write instead, and exactly three choices.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ToneReport } from '../../core/tone';
import type { PresendChoice } from '../../content/compose-ui-api';
import { trapTab } from '../shared/focus-trap';
import { CATEGORY_LABEL, isMoment, leadFor, orderFindings } from './wording';

export type { PresendChoice };

interface Props {
  report: ToneReport;
  /** The recipient as the compose shows them. */
  name: string | null;
  /** Saves tomorrow's reminder: true once saved. */
  sleepOnIt: () => Promise<boolean>;
  onChoice: (choice: PresendChoice) => void;
}

type Sleep = 'idle' | 'saving' | 'failed';

export function PresendDialog({ report, name, sleepOnIt, onChoice }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [sleep, setSleep] = useState<Sleep>('idle');
  const lead = leadFor(report, name);
  const held = report.findings.filter((f) => f.severity !== 'info');
  const findings = orderFindings(held.length > 0 ? held : report.findings);

  useLayoutEffect(() => {
    // Focus the gentlest choice: "Sleep on it" for a break-up, otherwise "Edit".
    ref.current?.querySelector<HTMLElement>(lead.moment ? '[data-choice="sleep"]' : '[data-choice="edit"]')?.focus({ preventScroll: true });
  }, []);

  // "Sleep on it" closes only once the reminder is saved; if it could not be, the dialog says so and the draft stays.
  const onSleep = async () => {
    if (sleep === 'saving') return;
    setSleep('saving');
    let saved = false;
    try {
      saved = await sleepOnIt();
    } catch {
      saved = false;
    }
    if (saved) onChoice('sleep');
    else setSleep('failed');
  };

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
          <button type="button" class={lead.moment ? 'ft-button primary' : 'ft-button'} data-choice="sleep" aria-disabled={sleep === 'saving'} onClick={() => void onSleep()}>
            {sleep === 'saving' ? 'Saving reminder…' : sleep === 'failed' ? 'Try again' : 'Sleep on it'}
          </button>
        </div>
        {sleep === 'failed' ? (
          <p class="sleep-failed footnote" role="alert" data-testid="sleep-failed">
            The reminder could not be saved, so nothing will remind you tomorrow. Your draft is still here, unsent and unchanged.
          </p>
        ) : (
          <p class="ft-hint footnote">Sleep on it keeps the draft unsent and reminds you tomorrow morning.</p>
        )}
      </div>
    </div>
  );
}
