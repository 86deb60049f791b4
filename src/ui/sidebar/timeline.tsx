// A prospect's timeline on every channel, newest first. Subjects and notes
// are rendered as text.
import { useState } from 'preact/hooks';
import type { Touch } from '../../core/model';
import { touchDetail, touchKind, touchLabel } from '../shared/channels';
import { Icon } from '../shared/icon';
import { relativeTime, shortDate } from '../shared/relative-time';

const FIRST_SHOWN = 8;

export function Timeline({ touches, now }: { touches: Touch[]; now: number }) {
  const [all, setAll] = useState(false);
  if (touches.length === 0) return <p class="ft-hint">No touches yet.</p>;
  const newest = [...touches].sort((a, b) => b.at - a.at);
  const shown = all ? newest : newest.slice(0, FIRST_SHOWN);
  return (
    <div>
      <ol class="timeline" aria-label="Timeline">
        {shown.map((t) => {
          const kind = touchKind(t);
          const detail = touchDetail(t);
          return (
            <li key={t.id} class={`touch ${kind} dir-${t.direction}`} data-testid="timeline-touch">
              <span class="touch-icon"><Icon name={kind} size={14} /></span>
              <span class="touch-body">
                <span class="touch-head">
                  <span class="touch-label">{touchLabel(t)}</span>
                  <time class="touch-when" dateTime={new Date(t.at).toISOString()} title={shortDate(t.at)}>{relativeTime(t.at, now)}</time>
                </span>
                {detail && <span class="touch-detail">{detail}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {newest.length > FIRST_SHOWN && (
        <button type="button" class="ft-button quiet small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${newest.length} touches`}
        </button>
      )}
    </div>
  );
}
