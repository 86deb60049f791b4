// One prospect's own follow-up steps (#18): a slow enterprise deal waits
// longer between touches, a hot lead shorter. Or back to the defaults.
import { useState } from 'preact/hooks';
import type { ProspectView } from '../../shared/views';
import { parseStepsText } from '../shared/steps-text';
import { displayName } from './row-actions';

export const CADENCE_PRESETS = [
  { id: 'slow', label: 'Slow enterprise deal', steps: [7, 14, 30] },
  { id: 'hot', label: 'Hot lead', steps: [1, 3, 7] },
] as const;

const same = (a: readonly number[] | null, b: readonly number[]) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

export function CadenceForm({ prospect, defaultSteps, onSubmit, onCancel }: { prospect: ProspectView; defaultSteps: number[]; onSubmit: (steps: number[] | null) => void; onCancel: () => void }) {
  const current = prospect.stepsDays;
  const preset = current ? (CADENCE_PRESETS.find((p) => same(current, p.steps))?.id ?? 'custom') : 'default';
  const [choice, setChoice] = useState<string>(preset);
  const [custom, setCustom] = useState((current ?? defaultSteps).join(', '));
  const customSteps = parseStepsText(custom);
  const steps = choice === 'default' ? null : choice === 'custom' ? customSteps : [...CADENCE_PRESETS.find((p) => p.id === choice)!.steps];
  const valid = choice !== 'custom' || customSteps !== null;
  const option = (id: string, label: string) => (
    <label class="choice" key={id}>
      <input type="radio" name="cadence" value={id} checked={choice === id} onChange={() => setChoice(id)} {...(id === preset ? { 'data-autofocus': true } : {})} />
      <span>{label}</span>
    </label>
  );
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (valid) onSubmit(steps); }}>
      <fieldset class="choices">
        <legend class="ft-label">Follow up with {displayName(prospect)} after</legend>
        {option('default', `The default: ${defaultSteps.join(', ')} days`)}
        {CADENCE_PRESETS.map((p) => option(p.id, `${p.label}: ${p.steps.join(', ')} days`))}
        {option('custom', 'Days of my own')}
      </fieldset>
      {choice === 'custom' && (
        <>
          <label class="ft-label" for="cadence-days">Days, counted from your last unanswered touch</label>
          <input id="cadence-days" class="ft-input full" inputMode="numeric" value={custom} aria-invalid={!valid} aria-describedby="cadence-help" onInput={(e) => setCustom(e.currentTarget.value)} />
          <p class="ft-hint" id="cadence-help" role={valid ? undefined : 'alert'}>{valid ? 'For example 5, 10, 20: three follow-ups.' : 'Write one to ten whole numbers of days from 1 to 365, separated by commas.'}</p>
        </>
      )}
      <div class="sheet-buttons">
        <button type="button" class="ft-button quiet" onClick={onCancel}>Cancel</button>
        <button type="submit" class="ft-button primary" disabled={!valid}>Save cadence</button>
      </div>
    </form>
  );
}
