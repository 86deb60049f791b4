// Where each message of the open conversation is (#15). OWA marks a message
// by its parts, not by one element: a sender (`[id^=MSG_][id$=_FROM]`, or a
// localised "From:" label) and a time stamp (`SentReceivedSavedTime`, which
// a collapsed message keeps when it loses its "From:" line). Anchors are
// taken outside bodies and composes only, paired in document order, and each
// message is the largest ancestor of its anchors that holds no other
// message's anchors.
import { type BodyGuard, outside } from './bodies';
import { SELECTORS } from './selectors';

export interface MessageUnit {
  container: Element;
  sender: Element | null;
  stamp: Element | null;
  /** Shown collapsed (`aria-expanded="false"`): the sender has no "From:" line. */
  collapsed: boolean;
}

export interface Anchors {
  units: MessageUnit[];
  /** Which selector entries found senders ("msg-from-id", "from-label"). */
  senderEntries: string[];
}

const ITEM = SELECTORS.messageItem[0].css;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function docOrder(a: Element, b: Element): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

/** Outermost first: an anchor inside another anchor (a "From:" button in a "From:" heading) is the same sender. */
function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let p: Element | null = a; p; p = p.parentElement) if (p.contains(b)) return p;
  return null;
}

function itemOf(el: Element, root: Element): Element | null {
  const item = el.closest(ITEM);
  return item && root.contains(item) && item !== root ? item : null;
}

interface Group { els: Element[]; sender: Element | null; stamp: Element | null }

/** Whether `a` and `b` belong to one message: nothing else between them, and not in two different message items. */
function together(a: Element, b: Element, all: readonly Element[], root: Element): boolean {
  const ia = itemOf(a, root);
  const ib = itemOf(b, root);
  if (ia && ib && ia !== ib) return false;
  const lca = commonAncestor(a, b);
  return !!lca && !all.some((x) => x !== a && x !== b && lca.contains(x));
}

function containerOf(group: Group, root: Element, prev: Group | undefined, next: Group | undefined): Element {
  let el = group.els.length > 1 ? commonAncestor(group.els[0]!, group.els[1]!)! : group.els[0]!;
  const holdsOther = (p: Element) => [prev, next].some((g) => g?.els.some((x) => p.contains(x)));
  for (let parent = el.parentElement; parent && parent !== root && root.contains(parent); parent = parent.parentElement) {
    if (holdsOther(parent)) break;
    el = parent;
  }
  return el;
}

export function findMessageUnits(root: Element, inBody: BodyGuard, exclude: readonly Element[]): Anchors {
  const senderEntries: string[] = [];
  const raw: Element[] = [];
  for (const entry of [...SELECTORS.messageFrom, ...SELECTORS.sender]) {
    const found = outside(root.querySelectorAll(entry.css), inBody, exclude);
    if (found.length) senderEntries.push(entry.id);
    raw.push(...found);
  }
  const senders = outermost([...new Set(raw)]);
  const stamps = outermost(outside(root.querySelectorAll(SELECTORS.messageTime[0].css), inBody, exclude)).filter((s) => !senders.some((x) => x.contains(s)));
  const all = [...senders, ...stamps].sort(docOrder);
  const isSender = new Set(senders);

  const groups: Group[] = [];
  for (const el of all) {
    const last = groups[groups.length - 1];
    if (isSender.has(el)) {
      if (last && !last.sender && last.stamp && together(last.stamp, el, all, root)) {
        last.sender = el;
        last.els.push(el);
      } else groups.push({ els: [el], sender: el, stamp: null });
    } else if (last && last.sender && !last.stamp && together(last.sender, el, all, root)) {
      last.stamp = el;
      last.els.push(el);
    } else groups.push({ els: [el], sender: null, stamp: el });
  }
  const units = groups.map((g, i): MessageUnit => {
    const container = containerOf(g, root, groups[i - 1], groups[i + 1]);
    const item = itemOf(g.els[0]!, root);
    return { container, sender: g.sender, stamp: g.stamp, collapsed: !g.sender || item?.getAttribute('aria-expanded') === 'false' };
  });
  return { units, senderEntries };
}
