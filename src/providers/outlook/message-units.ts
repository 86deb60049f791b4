// Where each message of the open conversation is (#15). OWA marks a message
// by its parts, not by one element: a sender (`[id^=MSG_][id$=_FROM]`, or a
// localised "From:" label) and a time stamp (`SentReceivedSavedTime`, which
// a collapsed message keeps when it loses its "From:" line). Anchors are
// taken outside bodies and composes only, paired in document order, and each
// message is the largest ancestor of its anchors that holds no other
// message's anchors.
import { type BodyGuard, outside, within } from './bodies';
import { FROM_PREFIXES } from './locale';
import { SELECTORS } from './selectors';

export interface MessageUnit {
  container: Element;
  /** The smallest element holding both sender and stamp (the header), when both are there; else the container. */
  header: Element;
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

const SENDER_CSS = [...SELECTORS.messageFrom, ...SELECTORS.sender].map((e) => e.css).join(', ');
const STAMP_CSS = SELECTORS.messageTime[0].css;
const NOT_ITEM_ROLES = new Set(['button', 'menuitem', 'combobox', 'treeitem', 'option']);

// The same tests as the selector table's entries, in code: element.matches() re-parses its selector on
// every call in happy-dom, and these run for every anchor of a long conversation.
const isMsgFrom = (el: Element) => el.id.startsWith('MSG_') && el.id.endsWith('_FROM');
const isFromLabel = (el: Element) => {
  const label = el.getAttribute('aria-label');
  return !!label && FROM_PREFIXES.some((p) => label.startsWith(p));
};
const isStamp = (el: Element) => el.getAttribute('data-testid') === 'SentReceivedSavedTime';
/** SELECTORS.messageItem: an aria-expanded element that is not a control. */
const isItem = (el: Element) => el.hasAttribute('aria-expanded') && el.localName !== 'button' && !NOT_ITEM_ROLES.has(el.getAttribute('role') ?? '');

/** Outermost first: an anchor inside another anchor (a "From:" button in a "From:" heading) is the same sender. */
function outermost(els: readonly Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

function commonAncestor(a: Element, b: Element): Element | null {
  const up = new Set<Element>();
  for (let p: Element | null = a; p; p = p.parentElement) up.add(p);
  for (let p: Element | null = b; p; p = p.parentElement) if (up.has(p)) return p;
  return null;
}

function itemOf(el: Element, root: Element): Element | null {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (isItem(p)) return p;
  return null;
}

interface Group { els: Element[]; sender: Element | null; stamp: Element | null }

/**
 * Whether anchors `i` and `i + 1` (neighbours in document order) belong to one
 * message: not in two different message items, and their common ancestor
 * holds no other anchor. A subtree is a run in document order, so only the
 * anchors just before and just after need checking.
 */
function together(anchors: readonly Element[], i: number, root: Element): boolean {
  const a = anchors[i]!;
  const b = anchors[i + 1]!;
  const ia = itemOf(a, root);
  const ib = itemOf(b, root);
  if (ia && ib && ia !== ib) return false;
  const lca = commonAncestor(a, b);
  const before = anchors[i - 1];
  const after = anchors[i + 2];
  return !!lca && !(before && within(before, lca)) && !(after && within(after, lca));
}

function containerOf(group: Group, root: Element, prev: Group | undefined, next: Group | undefined): Element {
  let el = group.els.length > 1 ? commonAncestor(group.els[0]!, group.els[1]!)! : group.els[0]!;
  const holdsOther = (p: Element) => [prev, next].some((g) => g?.els.some((x) => within(x, p)));
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (holdsOther(parent)) break;
    el = parent;
  }
  return el;
}

export function findMessageUnits(root: Element, inBody: BodyGuard, exclude: readonly Element[]): Anchors {
  // One query in document order for every anchor; bodies and composes left out.
  const found = outside(root.querySelectorAll(`${SENDER_CSS}, ${STAMP_CSS}`), inBody, exclude);
  const senders = outermost(found.filter((el) => isMsgFrom(el) || isFromLabel(el)));
  const isSender = new Set(senders);
  const inSender = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (isSender.has(p)) return true;
    return false;
  };
  const all = found.filter((el) => isSender.has(el) || (!inSender(el) && isStamp(el) && !isMsgFrom(el) && !isFromLabel(el)));
  const stamps = new Set(outermost(all.filter((el) => !isSender.has(el))));
  const anchors = all.filter((el) => isSender.has(el) || stamps.has(el));
  const senderEntries: string[] = [];
  if (senders.some(isMsgFrom)) senderEntries.push(SELECTORS.messageFrom[0].id);
  if (senders.some(isFromLabel)) senderEntries.push(SELECTORS.sender[0].id);

  const groups: Group[] = [];
  anchors.forEach((el, i) => {
    // The last group, when it has one anchor, holds the anchor just before this one.
    const last = groups[groups.length - 1];
    if (isSender.has(el)) {
      if (last && !last.sender && last.stamp && together(anchors, i - 1, root)) {
        last.sender = el;
        last.els.push(el);
      } else groups.push({ els: [el], sender: el, stamp: null });
    } else if (last && last.sender && !last.stamp && together(anchors, i - 1, root)) {
      last.stamp = el;
      last.els.push(el);
    } else groups.push({ els: [el], sender: null, stamp: el });
  });
  const units = groups.map((g, i): MessageUnit => {
    const container = containerOf(g, root, groups[i - 1], groups[i + 1]);
    const item = itemOf(g.els[0]!, root);
    const header = g.els.length > 1 ? commonAncestor(g.els[0]!, g.els[1]!) ?? container : container;
    return { container, header, sender: g.sender, stamp: g.stamp, collapsed: !g.sender || item?.getAttribute('aria-expanded') === 'false' };
  });
  return { units, senderEntries };
}
