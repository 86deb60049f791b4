// The popup: who needs a touch now, in sections, with one-click actions per
// prospect. Pure over its client: it asks the background for the overview
// and sends what the user does; it keeps no data of its own.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Overview, ProspectView, SectionId } from '../../shared/views';
import { Menu } from '../shared/menu';
import { IgnoreForm, LogTouchForm, NextStepForm, SnoozeDateForm } from './action-forms';
import { CadenceForm } from './cadence-form';
import { errorText, type PopupClient } from './client';
import { EmptyState } from './empty-state';
import { filterSections } from './filter';
import { performAction, type Performed } from './perform-action';
import { PopupHeader } from './popup-header';
import { ProblemBanner } from './problem-banner';
import { ProspectList } from './prospect-list';
import { displayName, rowMenu, type RowAction } from './row-actions';
import { COLLAPSED_BY_DEFAULT } from './sections';
import { Sheet } from './sheet';

import { FIRST_SCREEN_ROWS } from '../../shared/first-screen';

export { FIRST_SCREEN_ROWS };
/** While the day's statuses are being recomputed, how often the popup asks again. */
const UPDATING_RETRY_MS = 1000;

type SheetState = { p: ProspectView; action: Extract<RowAction, { kind: 'log' | 'snooze-pick' | 'next-step' | 'cadence' | 'ignore' }> };

interface Props {
  client: PopupClient;
  /** The overview to start from (tests); otherwise it is asked for. */
  initial?: Overview;
  /** The first screen's request, already sent before the popup's first render (main.tsx does, #18). */
  firstScreen?: Promise<Overview>;
  /** The first screen the background kept ready (null when none is still true): painted until `firstScreen` answers. */
  kept?: Promise<Overview | null>;
  clock?: () => number;
}

async function everyRowAfter(client: PopupClient, first: Overview): Promise<Overview> {
  if (client.everyRow) {
    try {
      return await client.everyRow(first);
    } catch {
      // Asked of the background instead.
    }
  }
  return client.request('overview/get', {});
}

export function PopupApp({ client, initial, firstScreen, kept, clock = Date.now }: Props) {
  const [overview, setOverview] = useState<Overview | null>(initial ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<SectionId>>(() => new Set(COLLAPSED_BY_DEFAULT));
  const [menu, setMenu] = useState<{ p: ProspectView; anchor: HTMLElement } | null>(null);
  const [sheet, setSheet] = useState<SheetState | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);

  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const load = useCallback(async (sent?: Promise<Overview>, ready?: Promise<Overview | null>) => {
    try {
      // The first screen first (a few rows, exact counts), then the whole list
      // for scrolling and search: with 10,000 prospects the popup paints at once.
      const asked = sent ?? client.request('overview/get', { limit: FIRST_SCREEN_ROWS });
      if (ready) {
        // What the background kept ready, unless its own answer comes first.
        const early = await Promise.race([ready, asked.then(() => null, () => null)]);
        if (early) setOverview((shown) => shown ?? early);
      }
      const first = await asked;
      setOverview(first);
      setLoadError(null);
      if (retry.current) clearTimeout(retry.current);
      // Statuses from before today, shown as such: ask again until they are recomputed.
      if (first.updating) retry.current = setTimeout(() => void load(), UPDATING_RETRY_MS);
      else if (first.complete === false) {
        // Timed as a user-timing measure, which the benchmark reads.
        const start = performance.now();
        setOverview(await everyRowAfter(client, first));
        performance.measure('followthrough:every-row', { start });
      }
    } catch (err) {
      setLoadError(errorText(err));
    }
  }, [client]);

  // A layout effect runs before the first paint, not after it: the answer is
  // shown the moment it arrives rather than a frame later.
  useLayoutEffect(() => {
    if (!initial) void load(firstScreen, kept);
  }, []);
  useEffect(
    () => () => {
      if (retry.current) clearTimeout(retry.current);
    },
    [],
  );

  const sections = useMemo(() => (overview ? filterSections(overview.sections, query) : []), [overview, query]);
  // While searching, matches in snoozed and closed show too.
  const shownCollapsed = useMemo(() => (query.trim() ? new Set<SectionId>() : collapsed), [query, collapsed]);

  const run = async (p: ProspectView, a: Performed) => {
    setSheet(null);
    try {
      setNotice({ text: await performAction(client, p, a, clock()), error: false });
      if (a.kind !== 'open') await load();
    } catch (err) {
      setNotice({ text: errorText(err), error: true });
    }
  };

  const act = (p: ProspectView, a: RowAction) => {
    if (a.kind === 'log' || a.kind === 'snooze-pick' || a.kind === 'next-step' || a.kind === 'cadence' || a.kind === 'ignore') setSheet({ p, action: a });
    else void run(p, a);
  };

  const toggle = (id: SectionId) => {
    const next = new Set(collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setCollapsed(next);
  };

  const empty = overview !== null && overview.total === 0;
  const noMatches = !empty && overview !== null && query.trim() !== '' && sections.every((s) => s.rows.length === 0);

  return (
    <div class="popup">
      <PopupHeader dueCount={overview ? overview.dueCount : null} query={query} onQuery={setQuery} onSettings={client.openOptions} showSearch={!empty} />
      {overview && <ProblemBanner problems={overview.problems} request={client.request} />}
      {loadError && <p class="banner error" role="alert">{loadError}</p>}
      {overview?.updating && <p class="banner" role="status">These statuses are from before today. Updating them now…</p>}
      {overview === null && !loadError && <p class="loading" aria-busy="true">Loading your prospects…</p>}
      {empty && <EmptyState />}
      {noMatches && <p class="no-matches" role="status">No prospect matches “{query.trim()}”.</p>}
      {overview && !empty && (
        <ProspectList
          sections={sections}
          collapsed={shownCollapsed}
          now={overview.now}
          onToggle={toggle}
          onOpen={(p) => act(p, { kind: 'open' })}
          onMenu={(p, anchor) => setMenu({ p, anchor })}
        />
      )}
      <p class={notice?.error ? 'notice error' : 'notice'} role="status" aria-live="polite">{notice?.text ?? ''}</p>
      {menu && (
        <Menu
          label={`Actions for ${displayName(menu.p)}`}
          entries={rowMenu(menu.p, (a) => act(menu.p, a))}
          anchor={menu.anchor.getBoundingClientRect()}
          onClose={(reason) => {
            const anchor = menu.anchor;
            setMenu(null);
            // Back to the row, so a form opened from the menu returns focus there too.
            if (reason !== 'outside') (anchor.closest<HTMLElement>('[data-index]') ?? anchor).focus();
          }}
        />
      )}
      {sheet && <SheetFor state={sheet} now={overview?.now ?? clock()} defaultSteps={overview?.stepsDays ?? []} onClose={() => setSheet(null)} run={run} />}
    </div>
  );
}

function SheetFor({ state: { p, action }, now, defaultSteps, onClose, run }: { state: SheetState; now: number; defaultSteps: number[]; onClose: () => void; run: (p: ProspectView, a: Performed) => void }) {
  const name = displayName(p);
  switch (action.kind) {
    case 'log':
      return (
        <Sheet title={`Log a touch with ${name}`} onClose={onClose}>
          <LogTouchForm channel={action.channel} onCancel={onClose} onSubmit={({ channel, note }) => run(p, { kind: 'log-note', channel, note })} />
        </Sheet>
      );
    case 'snooze-pick':
      return (
        <Sheet title={`Snooze ${name}`} onClose={onClose}>
          <SnoozeDateForm now={now} onCancel={onClose} onSubmit={(until) => run(p, { kind: 'snooze-at', until })} />
        </Sheet>
      );
    case 'next-step':
      return (
        <Sheet title={`Next step with ${name}`} onClose={onClose}>
          <NextStepForm prospect={p} now={now} onCancel={onClose} onSubmit={({ what, at }) => run(p, { kind: 'set-next-step', what, at })} />
        </Sheet>
      );
    case 'cadence':
      return (
        <Sheet title={`Cadence for ${name}`} onClose={onClose}>
          <CadenceForm prospect={p} defaultSteps={defaultSteps} onCancel={onClose} onSubmit={(stepsDays) => run(p, { kind: 'set-cadence', stepsDays })} />
        </Sheet>
      );
    case 'ignore':
      return (
        <Sheet title={action.scope === 'person' ? `Ignore ${name}?` : 'Ignore the whole domain?'} onClose={onClose}>
          <IgnoreForm prospect={p} scope={action.scope} onCancel={onClose} onSubmit={() => run(p, action)} />
        </Sheet>
      );
  }
}
