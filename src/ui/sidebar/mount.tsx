// Entry point for the content script: a panel beside one compose window, in
// a closed shadow root on <followthrough-sidebar>. It follows the compose
// window as it moves (resize, scroll, and a cheap periodic look, because
// Gmail slides compose windows sideways when another one opens) and goes
// away when `signal` aborts.
//
// Nothing about it that the page can observe depends on the prospect's
// timeline (#17): the host carries no attributes and no inline style (its box
// is a rule inside the shadow root), `all: initial !important` and
// `contain: strict` keep page CSS out and its size fixed, fonts are generic
// families set inside the root, and it talks to the content script only
// through the ComposeView closures, never through events on page elements.
import { render } from 'preact';
import type { ComposeView } from '../../content/compose-ui-api';
import type { MailProvider } from '../../providers/types';
import { adoptStyles, liveStyle } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { shadowRootCss } from '../shared/tokens';
import { COLLAPSED_WIDTH, SIDEBAR_WIDTH, placeBeside, type Place } from './position';
import { SidebarApp, type SidebarDeps } from './sidebar-app';
import { sidebarCss } from './sidebar-css';

const HOST_TAG = 'followthrough-sidebar';
const LOOK_EVERY_MS = 400;

/**
 * The sidebar shows the prospect's whole timeline (calls, notes, LinkedIn
 * messages: nothing the mail page knows), so its shadow root is closed: the
 * page's scripts cannot read it. Our own code and tests reach it through this
 * map, which lives in the content script's isolated world.
 */
export const sidebarRoots = new WeakMap<Element, ShadowRoot>();

/** The host's box, as a rule inside the shadow root: fixed, of the size we give it, whatever it holds. */
export function hostBox(p: Place, width: number): string {
  const height = width === SIDEBAR_WIDTH ? p.height : COLLAPSED_WIDTH;
  return `:host { position: fixed !important; z-index: 2147483000 !important; display: ${p.visible ? 'block' : 'none'} !important; top: ${p.top}px !important; left: ${p.left}px !important; width: ${width}px !important; height: ${height}px !important; }`;
}

/** `using` comes from the content script (content/sidebar-deps.ts), which owns the extension APIs. */
export function mountSidebar(provider: MailProvider, view: ComposeView, signal: AbortSignal, using: SidebarDeps): void {
  if (signal.aborted) return;
  const { compose } = view;
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  sidebarRoots.set(host, shadow);
  adoptStyles(shadow, shadowRootCss('', controlsCss, sidebarCss));
  const box = liveStyle(shadow);
  const mountPoint = document.createElement('div');
  mountPoint.className = 'ft-root';
  shadow.append(mountPoint);

  let width = SIDEBAR_WIDTH;
  let last = '';
  const place = () => {
    let anchor: Element = compose.root;
    try {
      anchor = provider.sidebarAnchor?.(compose) ?? compose.root;
    } catch {
      // Fall back to the compose root.
    }
    const css = hostBox(placeBeside(anchor.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }, width), width);
    if (css === last) return;
    last = css;
    box(css);
  };
  place(); // the box is set before the host is on the page: it never shows at any other size
  document.body.append(host);
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
  render(<SidebarApp view={view} deps={using} signal={signal} onCollapsed={onCollapsed} />, mountPoint);

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
