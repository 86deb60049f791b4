// One editable list of ignored addresses or domains.
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  placeholder: string;
  items: string[];
  /** Returns the cleaned value, or null with nothing added when it is not valid. */
  clean: (value: string) => string | null;
  invalidText: string;
  onChange: (items: string[]) => void;
}

export function IgnoredList({ id, title, placeholder, items, clean, invalidText, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const value = clean(draft);
    setInvalid(value === null);
    if (value === null) return;
    if (!items.includes(value)) onChange([...items, value].sort());
    setDraft('');
  };
  return (
    <div class="ignored">
      <h3 id={`${id}-title`}>{title}</h3>
      {items.length === 0 ? (
        <p class="ft-hint">None.</p>
      ) : (
        <ul class="chips" aria-labelledby={`${id}-title`}>
          {items.map((item) => (
            <li key={item} class="chip-item">
              <span>{item}</span>
              <button type="button" class="ft-icon-button small" aria-label={`Stop ignoring ${item}`} onClick={() => onChange(items.filter((x) => x !== item))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-row" onSubmit={add}>
        <input id={`${id}-add`} class="ft-input" aria-label={`Add to ${title.toLowerCase()}`} aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined} placeholder={placeholder} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="ft-button">Add</button>
      </form>
      {invalid && <p id={`${id}-error`} class="ft-hint error" role="alert">{invalidText}</p>}
    </div>
  );
}

export function cleanAddress(value: string): string | null {
  const v = value.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 320 ? v : null;
}

export function cleanDomain(value: string): string | null {
  const v = value.trim().toLowerCase().replace(/^@/, '');
  return /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/.test(v) ? v : null;
}
