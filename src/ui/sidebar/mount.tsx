// Entry point for the content script: a panel beside one compose window, in
// an open shadow root on <followthrough-sidebar>. It follows the compose
// window as it moves (resize, scroll, and a cheap periodic look, because
// Gmail slides compose windows sideways when another one opens) and goes
// away when `signal` aborts.
import { render } from 'preact';
import { checkDraft } from '../../core/tone';
import type { ComposeHandle, MailProvider } from '../../providers/types';
import { browser } from '../../shared/browser';
import { request } from '../../shared/messaging';
import type { ComposeContext } from '../../shared/views';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { hostResetCss, tokensCss } from '../shared/tokens';
import { COLLAPSED_WIDTH, SIDEBAR_WIDTH, placeBeside } from './position';
import { SidebarApp, type SidebarDeps } from './sidebar-app';
import { sidebarCss } from './sidebar-css';

const HOST_TAG = 'followthrough-sidebar';
const LOOK_EVERY_MS = 400;

const deps: SidebarDeps = {
  check: checkDraft,
  loadCollapsed: async () => Boolean((await browser.storage.sync.get('sidebarCollapsed')).sidebarCollapsed),
  saveCollapsed: (collapsed) => browser.storage.sync.set({ sidebarCollapsed: collapsed }),
  watchCollapsed: (onChange, signal) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && 'sidebarCollapsed' in changes) onChange(Boolean(changes.sidebarCollapsed?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  },
  track: async (account, address) => {
    await request('prospect/track', { account, address });
  },
};

/**
 * The sidebar shows the prospect's whole timeline (calls, notes, LinkedIn
 * messages: nothing the mail page knows), so its shadow root is closed: the
 * page's scripts cannot read it. Our own code and tests reach it through this
 * map, which lives in the content script's isolated world.
 */
export const sidebarRoots = new WeakMap<Element, ShadowRoot>();

export function mountSidebar(provider: MailProvider, compose: ComposeHandle, getContext: () => ComposeContext | null, signal: AbortSignal, using: SidebarDeps = deps): void {
  if (signal.aborted) return;
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  sidebarRoots.set(host, shadow);
  adoptStyles(shadow, hostResetCss + tokensCss(':host') + controlsCss + sidebarCss);
  const mountPoint = document.createElement('div');
  mountPoint.style.height = '100%';
  shadow.append(mountPoint);
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('z-index', '2147483000');
  document.body.append(host);

  let width = SIDEBAR_WIDTH;
  let last = '';
  const place = () => {
    let anchor: Element = compose.root;
    try {
      anchor = provider.sidebarAnchor?.(compose) ?? compose.root;
    } catch {
      // Fall back to the compose root.
    }
    const p = placeBeside(anchor.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }, width);
    const key = `${p.visible}:${p.top}:${p.left}:${p.height}:${width}`;
    if (key === last) return;
    last = key;
    host.style.setProperty('display', p.visible ? 'block' : 'none');
    host.style.setProperty('top', `${p.top}px`);
    host.style.setProperty('left', `${p.left}px`);
    host.style.setProperty('width', `${width}px`);
    host.style.setProperty('height', width === SIDEBAR_WIDTH ? `${p.height}px` : `${COLLAPSED_WIDTH}px`);
  };
  let frame = 0;
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), place()));
  };

  window.addEventListener('resize', soon, { signal, passive: true });
  window.addEventListener('scroll', soon, { signal, passive: true, capture: true });
  const timer = setInterval(place, LOOK_EVERY_MS);
  const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(soon);
  ro?.observe(compose.root);

  const onCollapsed = (collapsed: boolean) => {
    width = collapsed ? COLLAPSED_WIDTH : SIDEBAR_WIDTH;
    place();
  };
  render(<SidebarApp compose={compose} getContext={getContext} deps={using} signal={signal} onCollapsed={onCollapsed} />, mountPoint);
  place();

  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      cancelAnimationFrame(frame);
      ro?.disconnect();
      render(null, mountPoint);
      host.remove();
    },
    { once: true },
  );
}
