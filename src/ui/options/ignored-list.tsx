// One editable list of ignored addresses or domains. The background checks
// and stores each change (a public mail domain is refused with its reason).
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  placeholder: string;
  items: readonly string[];
  /** Returns the cleaned value, or null with nothing sent when it is not valid. */
  clean: (value: string) => string | null;
  invalidText: string;
  /** Adds (true) or removes (false); resolves to an error to show, or null. */
  onChange: (value: string, add: boolean) => Promise<string | null>;
}

export function IgnoredList({ id, title, placeholder, items, clean, invalidText, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (value: string, add: boolean) => {
    setBusy(true);
    const refused = await onChange(value, add);
    setBusy(false);
    setError(refused);
    if (!refused && add) setDraft('');
  };
  const add = (e: Event) => {
    e.preventDefault();
    const value = clean(draft);
    if (value === null) return setError(invalidText);
    if (items.includes(value)) {
      setError(null);
      return setDraft('');
    }
    void run(value, true);
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
              <button type="button" class="ft-icon-button small" disabled={busy} aria-label={`Stop ignoring ${item}`} onClick={() => void run(item, false)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-row" onSubmit={add}>
        <input id={`${id}-add`} class="ft-input" aria-label={`Add to ${title.toLowerCase()}`} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} placeholder={placeholder} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="ft-button" disabled={busy}>Add</button>
      </form>
      {error && <p id={`${id}-error`} class="ft-hint error" role="alert">{error}</p>}
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
