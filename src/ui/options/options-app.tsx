// The options page. Every change is validated with parseSettings and saved
// to storage.sync at once; a quiet "Saved" confirms it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToneRuleInfo } from '../../core/tone';
import { parseSettings, type Settings } from '../../shared/settings';
import { errorText } from '../shared/client';
import { CadenceSection } from './cadence-section';
import { DataSection } from './data-section';
import type { OptionsClient } from './options-client';
import { PageHealthSection } from './page-health-section';
import { IgnoredSection, RemindersSection } from './privacy-section';
import { ToneRulesSection } from './tone-rules-section';

export function OptionsApp({ client, rules }: { client: OptionsClient; rules: readonly ToneRuleInfo[] }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<{ text: string; error: boolean } | null>(null);
  // Remounts the cadence form after an import or delete-all so its typed draft starts again.
  const [generation, setGeneration] = useState(0);
  const latest = useRef<Settings | null>(null);

  const reload = async () => {
    const s = await client.loadSettings();
    latest.current = s;
    setSettings(s);
  };

  useEffect(() => {
    void reload();
    return client.watchSettings(() => void reload());
  }, []);

  const change = async (patch: Partial<Settings>) => {
    const next = parseSettings({ ...latest.current, ...patch });
    latest.current = next;
    setSettings(next);
    try {
      await client.saveSettings(next);
      setSaved({ text: 'Saved', error: false });
    } catch (err) {
      setSaved({ text: `Not saved: ${errorText(err)}`, error: true });
    }
  };

  const fresh = () => {
    void reload().then(() => setGeneration((g) => g + 1));
  };

  return (
    <div class="options">
      <header class="page-head">
        <div>
          <h1>FollowThrough settings</h1>
          <p class="ft-hint">Saved as you change them, and synced with your browser profile.</p>
        </div>
        <p class={saved?.error ? 'saved error' : 'saved'} role="status" data-testid="saved">{saved?.text ?? ''}</p>
      </header>
      {settings === null ? (
        <p class="ft-hint">Loading…</p>
      ) : (
        <div class="sections">
          <CadenceSection key={generation} settings={settings} onChange={(p) => void change(p)} />
          <ToneRulesSection rules={rules} settings={settings} onChange={(p) => void change(p)} />
          <IgnoredSection settings={settings} onChange={(p) => void change(p)} />
          <RemindersSection settings={settings} onChange={(p) => void change(p)} />
          <DataSection client={client} onDeleted={fresh} onImported={fresh} />
          <PageHealthSection client={client} />
        </div>
      )}
    </div>
  );
}
