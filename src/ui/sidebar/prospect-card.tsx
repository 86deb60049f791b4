// Who the user is writing to: name, company, status and its reason, the next
// step and the fatigue guard. The timeline is shown further down, after the
// tone coach, so the coach stays in view while writing.
import type { StatusKind } from '../../core/model';
import type { ComposeProspect } from '../../shared/views';
import { Icon } from '../shared/icon';
import { relativeTime, shortDate } from '../shared/relative-time';

const STATUS_LABEL: Record<StatusKind, string> = {
  replied: 'Owed a reply',
  due: 'Due',
  waiting: 'Waiting on them',
  dormant: 'Dormant',
  snoozed: 'Snoozed',
  won: 'Won',
  lost: 'Lost',
  'do-not-contact': 'Do not contact',
};

export function fatigueLine(p: ComposeProspect['prospect']): string | null {
  const { fatigue, recommendation, ghostings } = p.status;
  if (recommendation === 'move-to-dormant' || ghostings >= 2) return `${ghostings} missed next steps: consider letting this one rest as dormant.`;
  if (fatigue.tripped) return `${fatigue.unansweredInRow} unanswered in a row: try another channel or something new.`;
  return null;
}

export function ProspectCard({ entry, now }: { entry: ComposeProspect; now: number }) {
  const p = entry.prospect;
  const name = p.name || p.addresses[0] || 'Unknown';
  const status = p.status;
  const kind = status.kind === 'due' && status.overdue ? 'overdue' : status.kind;
  const fatigue = fatigueLine(p);
  return (
    <section class="card" aria-label={`Prospect ${name}`} data-testid="sidebar-prospect">
      <h3 class="card-name">{name}</h3>
      <p class="card-org">{p.org || p.addresses[0]}</p>
      <p class="card-status">
        <span class={`status-chip ${kind}`}>{kind === 'overdue' ? 'Overdue' : STATUS_LABEL[status.kind]}</span>
        <span class="card-reason">{status.reason}</span>
      </p>
      {p.nextStep && (
        <p class="card-line">
          <Icon name="flag" size={13} />
          <span>Next step: {p.nextStep.what}, <span title={shortDate(p.nextStep.at)}>{relativeTime(p.nextStep.at, now)}</span></span>
        </p>
      )}
      {p.stepsDays && (
        <p class="card-line" data-testid="own-cadence">
          <Icon name="snooze" size={13} />
          <span>Own cadence: follow up after {p.stepsDays.join(', ')} days</span>
        </p>
      )}
      {fatigue && <p class="card-line fatigue" data-testid="fatigue">{fatigue}</p>}
      {status.kind === 'do-not-contact' && <p class="card-line fatigue">You marked this prospect do-not-contact.</p>}
    </section>
  );
}
