// Which conversation is open, and how much of it Gmail shows. Gmail keeps
// earlier conversation views in the DOM, hidden, when the user moves on; only
// the visible one is the open conversation (gmail.js and FlowCrypt filter
// `:visible`). A long thread folds its middle messages away ("super
// collapsed" `.kQ`/`.kx`, counted in `.adv .adx span`; InboxSDK): those
// messages exist but cannot be read, so the thread is partial.
import { closestWithClass } from './dom';
import { allOutside, gmailSelectors, pick, pickUnion, type SelectorEntry } from './selectors';

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
const MESSAGE_CSS = gmailSelectors.message.map((s) => s.css).join(', ');
const FOLDED_CSS = gmailSelectors.foldedMessage.map((s) => s.css).join(', ');

/** Hidden by itself or an ancestor, by the attributes and inline styles Gmail hides views with. */
export function hiddenByMarkup(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    // Not aria-hidden: Gmail may set it on the page behind a dialog that is still on screen.
    if (n.hasAttribute('hidden')) return true;
    const style = n.getAttribute('style');
    if (style && HIDING_STYLE.test(style)) return true;
  }
  return false;
}

/** In a browser with layout, the engine's own answer; happy-dom has none (every box is 0×0), so markup decides there. */
function hidden(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  const body = el.ownerDocument?.body;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || !body || body.getBoundingClientRect().width === 0) return false;
  return !check.call(el, { visibilityProperty: true });
}

export interface ConversationView {
  heading: { el: Element; entry: SelectorEntry } | null;
  /** The subtree holding the open conversation's heading and messages. */
  root: ParentNode;
  messages: Element[];
  messageEntry: SelectorEntry | null;
  /** Messages Gmail folded away: max of the notice's number and the folded elements found. */
  folded: number;
  foldedMatched: Partial<Record<'foldedMessage' | 'foldedCount', string>>;
}

/** The visible conversation view under `root`, or null when none is open. */
export function findConversationView(root: ParentNode): ConversationView | null {
  const headings = allOutside(root, gmailSelectors.convHeading.map((s) => s.css).join(', '));
  let heading: ConversationView['heading'] = null;
  let viewRoot: ParentNode = root;
  if (headings.length) {
    const visible = headings.length === 1 ? headings.filter((h) => !hiddenByMarkup(h)) : headings.filter((h) => !hidden(h));
    // Only cached, hidden views: no conversation is open.
    if (!visible.length) return null;
    const el = visible[0]!;
    const entry = gmailSelectors.convHeading.find((s) => el.matches(s.css))!;
    heading = { el, entry };
    viewRoot = viewOf(el, root, headings);
  }
  const { els, entry } = pickUnion(viewRoot, 'message');
  // A message element inside another is part of it (and one inside mail content was dropped already).
  const found = new Set(els);
  const messages = els.filter((el) => {
    for (let n = el.parentElement; n && n !== viewRoot; n = n.parentElement) if (found.has(n)) return false;
    return true;
  });
  if (!heading && !messages.length) return null;
  return { heading, root: viewRoot, messages, messageEntry: messages.length ? entry : null, ...folded(viewRoot) };
}

/** The smallest ancestor of the heading that holds messages and no other view's heading. */
function viewOf(heading: Element, root: ParentNode, headings: Element[]): ParentNode {
  let prev: ParentNode = heading.parentElement ?? root;
  for (let n = heading.parentElement; n && n !== root; n = n.parentElement) {
    // Climbed into the parent of other (cached) views: this view holds no messages.
    if (headings.some((h) => h !== heading && n!.contains(h))) return prev;
    if (n.querySelector(MESSAGE_CSS + ', ' + FOLDED_CSS)) return n;
    prev = n;
  }
  return headings.length > 1 ? prev : root;
}

function folded(view: ParentNode): Pick<ConversationView, 'folded' | 'foldedMatched'> {
  const notice = pick(view, 'foldedCount');
  const n = notice ? Number((notice.el.textContent ?? '').trim()) : 0;
  // A notice whose number cannot be read still says that something is folded.
  const shown = Number.isInteger(n) && n > 0 && n < 10_000 ? n : notice ? 1 : 0;
  const els = allOutside(view, FOLDED_CSS).length;
  const foldedMatched: ConversationView['foldedMatched'] = {};
  if (notice) foldedMatched.foldedCount = notice.entry.id;
  if (els) foldedMatched.foldedMessage = gmailSelectors.foldedMessage[0].id;
  return { folded: Math.max(shown, els), foldedMatched };
}

const FOLDED_CLASSES = ['kQ', 'kx'];

/** Whether this message element is folded away (its own class or its message view's, below `view`). */
export function isFolded(el: Element, view: ParentNode): boolean {
  return closestWithClass(el, FOLDED_CLASSES, view) !== null;
}
