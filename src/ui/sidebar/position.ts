// Where the sidebar sits: beside the compose window, on whichever side has
// room (Gmail's compose windows hug the right edge, so usually the left),
// else over the page's right edge. Pure arithmetic over rectangles.
export const SIDEBAR_WIDTH = 320;
export const COLLAPSED_WIDTH = 44;
const GAP = 8;
// Tall enough for the prospect, the tone coach and a few timeline entries without scrolling.
const MIN_HEIGHT = 460;

export interface Place {
  top: number;
  left: number;
  height: number;
  visible: boolean;
}

type Rect = { top: number; left: number; right: number; bottom: number; width: number; height: number };

export function placeBeside(anchor: Rect, viewport: { width: number; height: number }, width: number): Place {
  if (anchor.width === 0 && anchor.height === 0) return { top: 0, left: 0, height: 0, visible: false };
  const top = Math.max(GAP, Math.min(anchor.top, viewport.height - MIN_HEIGHT - GAP));
  const height = Math.max(Math.min(MIN_HEIGHT, viewport.height - 2 * GAP), Math.min(viewport.height - top - GAP, Math.max(anchor.height, MIN_HEIGHT)));
  let left: number;
  if (anchor.right + GAP + width <= viewport.width - GAP) left = anchor.right + GAP;
  else if (anchor.left - GAP - width >= GAP) left = anchor.left - GAP - width;
  else left = viewport.width - width - GAP;
  return { top, left: Math.max(GAP, left), height, visible: true };
}
