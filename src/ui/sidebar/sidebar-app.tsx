// The sidebar's state for one compose window: the context the background
// sent, the live tone report, and whether the user collapsed it. It listens
// to the compose window (never writes into it) and to its own preferences.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CheckOptions, ToneReport } from '../../core/tone';
import type { ToneContext } from '../../core/model';
import type { ComposeHandle } from '../../providers/types';
import type { ComposeContext } from '../../shared/views';
import { liveCheck } from './live-check';
import { SidebarPanel } from './sidebar-panel';

export interface SidebarDeps {
  check: (draft: string, context?: ToneContext, options?: CheckOptions) => ToneReport;
  loadCollapsed: () => Promise<boolean>;
  saveCollapsed: (collapsed: boolean) => Promise<void>;
  /** Calls back when the collapsed preference changes elsewhere (another compose window). */
  watchCollapsed: (onChange: (collapsed: boolean) => void, signal: AbortSignal) => void;
  track: (account: string, address: string) => Promise<void>;
  clock?: () => number;
}

interface Props {
  compose: ComposeHandle;
  getContext: () => ComposeContext | null;
  deps: SidebarDeps;
  signal: AbortSignal;
  onCollapsed?: (collapsed: boolean) => void;
}

export function SidebarApp({ compose, getContext, deps, signal, onCollapsed }: Props) {
  const [context, setContext] = useState(getContext);
  const [report, setReport] = useState<ToneReport | null>(null);
  const [collapsed, setCollapsed] = useState(context?.sidebarCollapsed ?? false);
  const [tracking, setTracking] = useState<ReadonlyMap<string, 'pending' | 'done'>>(new Map());
  const clock = deps.clock ?? Date.now;

  const runCheck = () => {
    try {
      const ctx = getContext();
      const snap = compose.snapshot();
      const options: CheckOptions = { disabledRules: ctx?.disabledToneRules ?? [] };
      if (snap.subject) options.subject = snap.subject;
      setReport(deps.check(compose.draftText(), ctx?.prospects[0]?.tone, options));
    } catch {
      // A page we cannot read right now: keep the last report rather than show an error while typing.
    }
  };

  useEffect(() => {
    const local = new AbortController();
    const stop = () => local.abort();
    signal.addEventListener('abort', stop, { once: true });
    const schedule = liveCheck(runCheck, local.signal);
    const onContext = () => {
      setContext(getContext());
      runCheck();
    };
    const opts = { signal: local.signal, passive: true } as const;
    // On the compose root, not the editor: editors get replaced, and input/keyup from them bubble here.
    compose.root.addEventListener('followthrough:context', onContext, opts);
    compose.root.addEventListener('input', schedule, opts);
    compose.root.addEventListener('keyup', schedule, opts);
    // The context may have arrived between the first render and this effect: take it now.
    onContext();
    if (!getContext()) void deps.loadCollapsed().then(setCollapsed).catch(() => undefined);
    deps.watchCollapsed(setCollapsed, local.signal);
    return () => {
      signal.removeEventListener('abort', stop);
      local.abort();
    };
  }, [compose]);

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
      // Ask the content script for a fresh context: the timeline of the one just tracked.
      compose.root.dispatchEvent(new CustomEvent('followthrough:refresh'));
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
  }, [compose, context]);

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
