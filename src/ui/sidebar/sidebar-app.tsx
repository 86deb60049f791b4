// The sidebar's state for one compose window: the context the background
// sent, the tone report (the compose session's, the same one the pre-send
// check uses), and whether the user collapsed it. It hears about changes
// through the ComposeView's closures, never through events on the page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComposeView } from '../../content/compose-ui-api';
import { SidebarPanel } from './sidebar-panel';

export interface SidebarDeps {
  loadCollapsed: () => Promise<boolean>;
  saveCollapsed: (collapsed: boolean) => Promise<void>;
  /** Calls back when the collapsed preference changes elsewhere (another compose window). */
  watchCollapsed: (onChange: (collapsed: boolean) => void, signal: AbortSignal) => void;
  track: (account: string, address: string) => Promise<void>;
  clock?: () => number;
}

interface Props {
  view: ComposeView;
  deps: SidebarDeps;
  signal: AbortSignal;
  onCollapsed?: (collapsed: boolean) => void;
}

export function SidebarApp({ view, deps, signal, onCollapsed }: Props) {
  const { compose } = view;
  const [context, setContext] = useState(view.context);
  const [report, setReport] = useState(view.report);
  const [collapsed, setCollapsed] = useState(context?.sidebarCollapsed ?? false);
  const [tracking, setTracking] = useState<ReadonlyMap<string, 'pending' | 'done'>>(new Map());
  const clock = deps.clock ?? Date.now;

  useEffect(() => {
    const local = new AbortController();
    const stop = () => local.abort();
    signal.addEventListener('abort', stop, { once: true });
    view.onChange(() => {
      setContext(view.context());
      setReport(view.report());
    }, local.signal);
    setContext(view.context());
    setReport(view.report());
    if (!view.context()) void deps.loadCollapsed().then(setCollapsed).catch(() => undefined);
    deps.watchCollapsed(setCollapsed, local.signal);
    return () => {
      signal.removeEventListener('abort', stop);
      local.abort();
    };
  }, [view]);

  useEffect(() => onCollapsed?.(collapsed), [collapsed]);

  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    void deps.saveCollapsed(next).catch(() => undefined);
  };

  const track = async (address: string) => {
    const account = compose.snapshot().account;
    if (!account) return;
    const mark = (state: 'pending' | 'done' | null) =>
      setTracking((now) => {
        const next = new Map(now);
        if (state) next.set(address, state);
        else next.delete(address);
        return next;
      });
    mark('pending');
    try {
      await deps.track(account, address);
      // A fresh context: the timeline of the one just tracked.
      view.refresh();
      mark('done');
    } catch {
      mark(null); // the button comes back: trying again is the only sensible next step
    }
  };

  const hasSubject = useMemo(() => {
    try {
      const snap = compose.snapshot();
      return snap.kind === 'new' || (snap.kind === 'popout' && snap.threadKey === null);
    } catch {
      return false;
    }
  }, [view, context]);

  // An Outlook inline reply with its To/Cc collapsed: the recipients are unknown, not none (#15).
  const recipientsShown = useMemo(() => {
    try {
      return compose.snapshot().recipientsShown !== false;
    } catch {
      return true;
    }
  }, [compose, context]);

  return (
    <SidebarPanel
      context={context}
      report={report}
      collapsed={collapsed}
      hasSubject={hasSubject}
      recipientsShown={recipientsShown}
      now={clock()}
      tracking={tracking}
      onToggle={toggle}
      onTrack={(a) => void track(a)}
    />
  );
}
