// The sidebar's content for one compose window: each recipient prospect,
// recipients worth tracking, and the live tone coach. Collapsible to a
// narrow tab that still shows how many findings there are.
import type { ToneReport } from '../../core/tone';
import type { ComposeContext } from '../../shared/views';
import { Icon } from '../shared/icon';
import { ProspectCard } from './prospect-card';
import { Timeline } from './timeline';
import { ToneCoach } from './tone-coach';

interface Props {
  context: ComposeContext | null;
  report: ToneReport | null;
  collapsed: boolean;
  hasSubject: boolean;
  /** false: the compose shows no recipient fields, so who it goes to is not known. */
  recipientsShown?: boolean;
  now: number;
  tracking: ReadonlyMap<string, 'pending' | 'done'>;
  onToggle: () => void;
  onTrack: (address: string) => void;
}

export function SidebarPanel({ context, report, collapsed, hasSubject, recipientsShown = true, now, tracking, onToggle, onTrack }: Props) {
  const count = report?.findings.length ?? 0;
  if (collapsed) {
    return (
      <aside class="panel collapsed" aria-label="FollowThrough">
        <button type="button" class="expand" aria-expanded="false" aria-label={`Show FollowThrough${count ? `: ${count} tone ${count === 1 ? 'finding' : 'findings'}` : ''}`} onClick={onToggle}>
          <span class="expand-mark" aria-hidden="true">FT</span>
          {count > 0 && <span class="expand-count" aria-hidden="true">{count}</span>}
        </button>
      </aside>
    );
  }
  const prospects = context?.prospects ?? [];
  const untracked = context?.untracked ?? [];
  return (
    <aside class="panel" aria-label="FollowThrough">
      <header class="panel-head">
        <h2 class="panel-title">FollowThrough</h2>
        <button type="button" class="ft-icon-button" aria-expanded="true" aria-label="Collapse FollowThrough" title="Collapse" onClick={onToggle}>
          <Icon name="chevron" />
        </button>
      </header>
      <div class="panel-body">
        {context === null && <p class="ft-hint">Looking up who this goes to…</p>}
        {prospects.map((entry) => <ProspectCard key={entry.prospect.id} entry={entry} now={now} />)}
        {context !== null && prospects.length === 0 && untracked.length === 0 && (
          <p class="ft-hint">{recipientsShown ? 'No prospect among the recipients yet.' : 'The recipients are not shown yet: open the To line to see who this reply goes to.'}</p>
        )}
        <section class="card" aria-labelledby="ft-coach-title">
          <h3 id="ft-coach-title" class="subhead">Tone coach</h3>
          <ToneCoach report={report} hasSubject={hasSubject} />
        </section>
        {prospects.map((entry) => (
          <section key={entry.prospect.id} class="card" aria-label={`Timeline with ${entry.prospect.name || entry.prospect.addresses[0]}`}>
            <h3 class="subhead">{prospects.length > 1 ? `Timeline · ${entry.prospect.name || entry.prospect.addresses[0]}` : 'Timeline'}</h3>
            <Timeline touches={entry.timeline} now={now} />
          </section>
        ))}
        {untracked.length > 0 && (
          <section class="card untracked" aria-label="Not tracked yet">
            <h3 class="subhead">Not tracked yet</h3>
            <p class="ft-hint">Track a recipient to keep their timeline and be reminded when they need a touch.</p>
            {untracked.map((address) => (
              <div key={address} class="untracked-row">
                {tracking.get(address) === 'done' ? (
                  <span class="tracked" role="status">Tracked. Their timeline fills in as you write.</span>
                ) : (
                  <button type="button" class="ft-button small" disabled={tracking.has(address)} onClick={() => onTrack(address)}>
                    {tracking.has(address) ? 'Tracking…' : `Track ${address}`}
                  </button>
                )}
              </div>
            ))}
          </section>
        )}
      </div>
    </aside>
  );
}
