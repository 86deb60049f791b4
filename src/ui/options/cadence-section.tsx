// Cadence defaults: when each follow-up falls due, and when the fatigue
// guard steps in.
import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { parseStepsText } from '../shared/steps-text';
import { Field, Toggle } from './field';

type Change = (patch: Partial<Settings>) => void;


function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function CadenceSection({ settings, onChange }: { settings: Settings; onChange: Change }) {
  const [steps, setSteps] = useState(settings.stepsDays.join(', '));
  const [stepsError, setStepsError] = useState(false);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const commitSteps = () => {
    const parsed = parseStepsText(steps);
    setStepsError(parsed === null);
    if (parsed) onChange({ stepsDays: parsed });
  };
  const wholeNumber = (value: string, min: number, max: number): number | null => {
    const n = Number(value);
    return Number.isInteger(n) && n >= min && n <= max ? n : null;
  };
  return (
    <section class="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">Cadence</h2>
      <p class="section-intro">When a follow-up falls due after you write and hear nothing back. One prospect can have steps of its own (a slow enterprise deal, a hot lead): choose “Cadence…” in its menu in the popup. A change here applies to every other prospect at once.</p>
      <Field id="steps" label="Follow up after (days)">
        <input
          id="steps"
          class="ft-input"
          inputMode="numeric"
          value={steps}
          aria-invalid={stepsError}
          aria-describedby="steps-help"
          onInput={(e) => setSteps(e.currentTarget.value)}
          onChange={commitSteps}
        />
        <p class="ft-hint" id="steps-help">
          {stepsError ? 'Write whole numbers of days from 1 to 365, separated by commas: for example 3, 7, 14.' : 'Each number is one step, counted from your last unanswered touch: 3, 7, 14 means three follow-ups.'}
        </p>
      </Field>
      <Field id="dormant" label="Dormant nudge every (days)" help="After the last step the prospect rests as dormant, with an occasional nudge to bring something new.">
        <input id="dormant" class="ft-input narrow" type="number" min={1} max={365} value={settings.dormantEveryDays} aria-describedby="dormant-help" onChange={(e) => {
          const n = wholeNumber(e.currentTarget.value, 1, 365);
          if (n !== null) onChange({ dormantEveryDays: n });
        }} />
      </Field>
      <Toggle id="business-days" label="Count business days only" help="Weekends do not count toward a follow-up's day." checked={settings.businessDays} onChange={(v) => onChange({ businessDays: v })} />
      <div class="field-row">
        <Field id="due-hour" label="Touches fall due at">
          <select id="due-hour" class="ft-select" value={String(settings.dueHour)} onChange={(e) => onChange({ dueHour: Number(e.currentTarget.value) })}>
            {HOURS.map((h) => <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>)}
          </select>
        </Field>
        <Field id="time-zone" label="Time zone">
          <select id="time-zone" class="ft-select" value={settings.timeZone} onChange={(e) => onChange({ timeZone: e.currentTarget.value })}>
            <option value="">{`The browser's own (${browserZone})`}</option>
            {zones().map((z) => <option key={z} value={z}>{z.replace(/_/g, ' ')}</option>)}
          </select>
        </Field>
      </div>
      <Field id="fatigue" label="Change channel after (unanswered in a row)" help="After this many unanswered touches in a row, FollowThrough suggests another channel or something new instead of another chase.">
        <input id="fatigue" class="ft-input narrow" type="number" min={1} max={20} value={settings.fatigueInARow} aria-describedby="fatigue-help" onChange={(e) => {
          const n = wholeNumber(e.currentTarget.value, 1, 20);
          if (n !== null) onChange({ fatigueInARow: n });
        }} />
      </Field>
    </section>
  );
}
