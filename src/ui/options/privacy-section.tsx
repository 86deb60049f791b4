// Who is never tracked, the daily summary, incognito tabs, and what syncs.
import type { SettingsView } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { Toggle } from './field';
import { IgnoredList, cleanAddress, cleanDomain } from './ignored-list';

type Ignore = (kind: 'person' | 'domain', value: string, add: boolean) => Promise<string | null>;

export function IgnoredSection({ ignored, onIgnore }: { ignored: SettingsView['ignored']; onIgnore: Ignore }) {
  return (
    <section class="card" aria-labelledby="ignored-title">
      <h2 id="ignored-title">Ignored people and domains</h2>
      <p class="section-intro">
        FollowThrough never tracks these: colleagues, suppliers, newsletters. Adding one forgets the prospects it covers, as Ignore in the popup does;
        removing one lets it be tracked again from the next email. A public mail domain such as gmail.com cannot be ignored as a whole. Kept in this browser only.
      </p>
      <div class="two-columns">
        <IgnoredList id="ignored-people" title="People" placeholder="name@example.com" items={ignored.people} clean={cleanAddress} invalidText="That does not look like an email address." onChange={(v, add) => onIgnore('person', v, add)} />
        <IgnoredList id="ignored-domains" title="Domains" placeholder="example.com" items={ignored.domains} clean={cleanDomain} invalidText="That does not look like a domain, such as example.com." onChange={(v, add) => onIgnore('domain', v, add)} />
      </div>
    </section>
  );
}

export function RemindersSection({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders and privacy</h2>
      <Toggle id="daily-summary" label="Daily summary" help="One notification each morning when someone needs a touch. The toolbar badge shows the count either way." checked={settings.dailySummary} onChange={(v) => onChange({ dailySummary: v })} />
      <Toggle
        id="record-incognito"
        label="Record mail read in incognito windows"
        help="Off by default: what you open in a private window leaves no trace. Turn it on if you do your prospecting there. The browser must also allow FollowThrough in incognito (Manage extension)."
        checked={settings.recordIncognito}
        onChange={(v) => onChange({ recordIncognito: v })}
      />
      <h3>What syncs</h3>
      <p class="ft-hint" data-testid="synced-list">
        Only these settings travel with your browser profile (its own sync, if you turned it on): the follow-up steps, the dormant interval,
        business days, the due hour, the time zone, the change-channel threshold, the tone rules you turned off, the daily summary, whether the
        sidebar is folded and incognito recording. Prospects, timelines, notes and the ignore lists never leave this browser.
      </p>
    </section>
  );
}
