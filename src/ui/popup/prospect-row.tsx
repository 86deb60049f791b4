// One prospect in the list: who, where, the last touch and when, and the
// one-line reason. Text only: names and subjects come from email and are
// rendered as text, never as markup.
import type { ProspectView } from '../../shared/views';
import { touchKind, touchLabel } from '../shared/channels';
import { Icon } from '../shared/icon';
import { relativeTime, shortDate } from '../shared/relative-time';
import { ROW_HEIGHT } from './layout';
import { displayName, domainOf } from './row-actions';

interface Props {
  prospect: ProspectView;
  index: number;
  top: number;
  now: number;
  active: boolean;
  setSize: number;
  posInSet: number;
  onFocus: (index: number) => void;
  onOpen: (p: ProspectView) => void;
  onMenu: (p: ProspectView, button: HTMLElement) => void;
}

export function ProspectRow({ prospect: p, index, top, now, active, setSize, posInSet, onFocus, onOpen, onMenu }: Props) {
  const name = displayName(p);
  const org = p.org || domainOf(p);
  const last = p.lastTouch;
  const lastText = last ? `${touchLabel(last)} · ${relativeTime(last.at, now)}` : 'No touch yet';
  const tab = active ? 0 : -1;
  return (
    <li
      class={`row kind-${p.status.overdue ? 'overdue' : p.status.kind}`}
      data-testid="prospect-row"
      data-index={index}
      data-prospect-id={p.id}
      tabIndex={tab}
      aria-label={`${name}, ${org}. ${p.status.reason}`}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      style={{ top: `${top}px`, height: `${ROW_HEIGHT}px` }}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus(index);
      }}
    >
      <div class="row-main">
        <div class="row-line">
          <span class="row-name">{name}</span>
          <span class="row-org">{org}</span>
        </div>
        <div class="row-reason">{p.status.reason}</div>
        <div class="row-meta">
          {last && <Icon name={touchKind(last)} size={13} />}
          <span title={last ? shortDate(last.at) : undefined}>{lastText}</span>
          {p.nextStep && (
            <span class="row-next" title={shortDate(p.nextStep.at)}>
              <Icon name="flag" size={12} />
              {p.nextStep.what} · {relativeTime(p.nextStep.at, now)}
            </span>
          )}
        </div>
      </div>
      <div class="row-actions">
        {p.canOpenThread && (
          <button type="button" class="ft-icon-button" tabIndex={tab} aria-label={`Open the thread with ${name}`} title="Open the thread" onClick={() => onOpen(p)}>
            <Icon name="open" />
          </button>
        )}
        <button
          type="button"
          class="ft-icon-button"
          tabIndex={tab}
          aria-haspopup="menu"
          aria-label={`Actions for ${name}`}
          title="Log a touch, snooze, next step, close…"
          onClick={(e) => onMenu(p, e.currentTarget)}
        >
          <Icon name="more" />
        </button>
      </div>
    </li>
  );
}
