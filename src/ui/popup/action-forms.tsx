// The forms inside the popup's sheet, one per action that needs input.
import { useState } from 'preact/hooks';
import type { LoggedChannel } from '../../shared/protocol';
import type { ProspectView } from '../../shared/views';
import { LOGGED_CHANNELS } from '../shared/channels';
import { dateField, daysFrom, fromDateField } from './dates';
import { displayName, domainOf } from './row-actions';

type Submit<T> = (value: T) => void;

function Buttons({ label, onCancel, danger = false, disabled = false }: { label: string; onCancel: () => void; danger?: boolean; disabled?: boolean }) {
  return (
    <div class="sheet-buttons">
      <button type="button" class="ft-button quiet" onClick={onCancel}>Cancel</button>
      <button type="submit" class={danger ? 'ft-button primary danger' : 'ft-button primary'} disabled={disabled}>{label}</button>
    </div>
  );
}

export function LogTouchForm({ channel, onSubmit, onCancel }: { channel: LoggedChannel; onSubmit: Submit<{ channel: LoggedChannel; note: string }>; onCancel: () => void }) {
  const [picked, setPicked] = useState(channel);
  const [note, setNote] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit({ channel: picked, note: note.trim() }); }}>
      <label class="ft-label" for="log-channel">Channel</label>
      <select id="log-channel" class="ft-select full" value={picked} onChange={(e) => setPicked(e.currentTarget.value as LoggedChannel)}>
        {LOGGED_CHANNELS.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
      </select>
      <label class="ft-label" for="log-note">Note <span class="ft-hint">(optional)</span></label>
      <textarea id="log-note" data-autofocus class="ft-textarea" maxLength={5000} placeholder="What did you talk about? What comes next?" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <Buttons label="Log it" onCancel={onCancel} />
    </form>
  );
}

export function SnoozeDateForm({ now, onSubmit, onCancel }: { now: number; onSubmit: Submit<number>; onCancel: () => void }) {
  const [value, setValue] = useState(dateField(daysFrom(now, 7)));
  const until = fromDateField(value);
  const valid = until !== null && until > now;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (valid) onSubmit(until); }}>
      <label class="ft-label" for="snooze-date">Snooze until</label>
      <input id="snooze-date" data-autofocus class="ft-input full" type="date" min={dateField(daysFrom(now, 1))} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      {!valid && <p class="ft-hint" role="status">Pick a day after today.</p>}
      <Buttons label="Snooze" onCancel={onCancel} disabled={!valid} />
    </form>
  );
}

export function NextStepForm({ prospect, now, onSubmit, onCancel }: { prospect: ProspectView; now: number; onSubmit: Submit<{ what: string; at: number }>; onCancel: () => void }) {
  const current = prospect.nextStep;
  const [what, setWhat] = useState(current?.what ?? '');
  const [day, setDay] = useState(dateField(current?.at ?? daysFrom(now, 2)));
  const [time, setTime] = useState(current ? new Date(current.at).toTimeString().slice(0, 5) : '09:00');
  const at = fromDateField(day, time);
  const valid = what.trim().length > 0 && at !== null;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (valid) onSubmit({ what: what.trim(), at }); }}>
      <label class="ft-label" for="next-what">What was agreed</label>
      <input id="next-what" data-autofocus class="ft-input full" maxLength={500} placeholder="Call to review the proposal" value={what} onInput={(e) => setWhat(e.currentTarget.value)} />
      <div class="field-pair">
        <div>
          <label class="ft-label" for="next-date">Date</label>
          <input id="next-date" class="ft-input full" type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        </div>
        <div>
          <label class="ft-label" for="next-time">Time</label>
          <input id="next-time" class="ft-input full" type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
      </div>
      <p class="ft-hint">If the date passes with no word from {displayName(prospect)}, FollowThrough counts it and nudges you.</p>
      <Buttons label={current ? 'Change next step' : 'Set next step'} onCancel={onCancel} disabled={!valid} />
    </form>
  );
}

export function IgnoreForm({ prospect, scope, onSubmit, onCancel }: { prospect: ProspectView; scope: 'person' | 'domain'; onSubmit: () => void; onCancel: () => void }) {
  const who = scope === 'person' ? displayName(prospect) : `everyone at ${domainOf(prospect)}`;
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <p>
        FollowThrough will forget the timeline of {who} and will not track {scope === 'person' ? 'this address' : 'this domain'} again.
        You can undo this in Settings, but the forgotten timeline does not come back.
      </p>
      <Buttons label={scope === 'person' ? 'Ignore this person' : 'Ignore the domain'} onCancel={onCancel} danger />
    </form>
  );
}
