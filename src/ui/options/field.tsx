// One labelled setting: the control, its label and a line of help, tied
// together for screen readers.
import type { ComponentChildren } from 'preact';

export function Field({ id, label, help, children }: { id: string; label: string; help?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label class="ft-label" for={id}>{label}</label>
      {children}
      {help && <p class="ft-hint" id={`${id}-help`}>{help}</p>}
    </div>
  );
}

export function Toggle({ id, label, help, checked, onChange }: { id: string; label: string; help?: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="toggle">
      <input id={id} type="checkbox" checked={checked} aria-describedby={help ? `${id}-help` : undefined} onChange={(e) => onChange(e.currentTarget.checked)} />
      <div>
        <label for={id} class="toggle-label">{label}</label>
        {help && <p class="ft-hint" id={`${id}-help`}>{help}</p>}
      </div>
    </div>
  );
}
