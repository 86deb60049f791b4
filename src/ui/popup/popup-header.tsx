// Title, how many need a touch, search, and the way to Settings.
import { Icon } from '../shared/icon';
import { countText } from '../shared/relative-time';

interface Props {
  dueCount: number | null;
  query: string;
  onQuery: (q: string) => void;
  onSettings: () => void;
  showSearch: boolean;
}

export function PopupHeader({ dueCount, query, onQuery, onSettings, showSearch }: Props) {
  return (
    <header class="header">
      <div class="header-top">
        <h1 class="brand">FollowThrough</h1>
        {dueCount !== null && (
          <span class={dueCount > 0 ? 'ft-badge due-count hot' : 'ft-badge due-count'}>
            {dueCount === 0 ? 'All caught up' : `${countText(dueCount)} need${dueCount === 1 ? 's' : ''} a touch`}
          </span>
        )}
        <button type="button" class="ft-icon-button settings" aria-label="Settings" title="Settings" onClick={onSettings}>
          <Icon name="settings" />
        </button>
      </div>
      {showSearch && (
        <div class="search">
          <Icon name="search" size={14} />
          <input
            type="search"
            class="search-input"
            aria-label="Search prospects by name or address"
            placeholder="Search by name or address"
            value={query}
            onInput={(e) => onQuery(e.currentTarget.value)}
          />
        </div>
      )}
    </header>
  );
}
