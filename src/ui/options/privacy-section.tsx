// Who is never tracked, the daily summary, and incognito tabs.
import type { Settings } from '../../shared/settings';
import { Toggle } from './field';
import { IgnoredList, cleanAddress, cleanDomain } from './ignored-list';

export function IgnoredSection({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <section class="card" aria-labelledby="ignored-title">
      <h2 id="ignored-title">Ignored people and domains</h2>
      <p class="section-intro">FollowThrough never tracks these: colleagues, suppliers, newsletters. Removing one here lets it be tracked again from the next email.</p>
      <div class="two-columns">
        <IgnoredList id="ignored-people" title="People" placeholder="name@example.com" items={settings.ignoredPeople} clean={cleanAddress} invalidText="That does not look like an email address." onChange={(ignoredPeople) => onChange({ ignoredPeople })} />
        <IgnoredList id="ignored-domains" title="Domains" placeholder="example.com" items={settings.ignoredDomains} clean={cleanDomain} invalidText="That does not look like a domain, such as example.com." onChange={(ignoredDomains) => onChange({ ignoredDomains })} />
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
    </section>
  );
}
