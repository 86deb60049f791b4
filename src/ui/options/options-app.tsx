// The options page. Every change goes to the background, which checks and
// saves it (a new cadence applies to every prospect at once); a quiet
// "Saved" confirms it, or the background's reason says why not (#18).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToneRuleInfo } from '../../core/tone';
import type { SettingsView } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { errorText } from '../shared/client';
import { CadenceSection } from './cadence-section';
import { DataSection } from './data-section';
import type { OptionsClient } from './options-client';
import { PageHealthSection } from './page-health-section';
import { IgnoredSection, RemindersSection } from './privacy-section';
import { ToneRulesSection } from './tone-rules-section';

export function OptionsApp({ client, rules }: { client: OptionsClient; rules: readonly ToneRuleInfo[] }) {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ text: string; error: boolean } | null>(null);
  // Remounts the cadence form after an import or delete-all so its typed draft starts again.
  const [generation, setGeneration] = useState(0);
  const latest = useRef<SettingsView | null>(null);

  const show = (next: SettingsView) => {
    latest.current = next;
    setView(next);
  };

  const reload = async () => {
    try {
      show(await client.request('settings/get', {}));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorText(err));
    }
  };

  useEffect(() => {
    void reload();
    return client.watchSettings(() => void reload());
  }, []);

  const change = async (patch: Partial<Settings>) => {
    // Shown at once; the background's answer (or the stored value, on a refusal) follows.
    if (latest.current) show({ ...latest.current, settings: { ...latest.current.settings, ...patch } });
    try {
      show(await client.request('settings/save', { patch }));
      setSaved({ text: 'Saved', error: false });
    } catch (err) {
      setSaved({ text: `Not saved: ${errorText(err).replace(/^Not saved: /, '')}`, error: true });
      await reload();
    }
  };

  const ignore = async (kind: 'person' | 'domain', value: string, add: boolean): Promise<string | null> => {
    try {
      const next = add ? await client.request('ignore/add', { kind, value }) : await client.request('ignore/remove', { kind, value });
      show(next);
      const removed = 'removed' in next ? next.removed : 0;
      setSaved({ text: removed ? `Saved; forgot ${removed} prospect${removed === 1 ? '' : 's'}` : 'Saved', error: false });
      return null;
    } catch (err) {
      return errorText(err);
    }
  };

  const fresh = () => {
    void reload().then(() => setGeneration((g) => g + 1));
  };

  const settings = view?.settings;
  return (
    <div class="options">
      <header class="page-head">
        <div>
          <h1>FollowThrough settings</h1>
          <p class="ft-hint">Saved as you change them. The settings on this page sync with your browser profile; your prospects and ignore lists stay in this browser.</p>
        </div>
        <p class={saved?.error ? 'saved error' : 'saved'} role="status" data-testid="saved">{saved?.text ?? ''}</p>
      </header>
      {loadError && <p class="ft-hint error" role="alert">{loadError}</p>}
      {!view || !settings ? (
        !loadError && <p class="ft-hint">Loading…</p>
      ) : (
        <div class="sections">
          <CadenceSection key={generation} settings={settings} onChange={(p) => void change(p)} />
          <ToneRulesSection rules={rules} settings={settings} onChange={(p) => void change(p)} />
          <IgnoredSection ignored={view.ignored} onIgnore={ignore} />
          <RemindersSection settings={settings} onChange={(p) => void change(p)} />
          <DataSection client={client} onDeleted={fresh} onImported={fresh} />
          <PageHealthSection client={client} />
        </div>
      )}
    </div>
  );
}
