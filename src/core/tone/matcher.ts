// Every frame of every rule, indexed by the words its first two slots accept,
// so one pass over the tokens tries only the frames that can start at each
// pair of words: a 2,000-word draft costs two map lookups per word and a few
// short matches. Frames whose second slot is a gap are indexed by one word.

import { matchOrVeto, parseFrame, type Frame, type Slot } from './frame';
import { lexicon } from './lexicon';
import type { ToneRule } from './rules';
import type { Tokens } from './tokens';

export interface RawMatch {
  rule: ToneRule;
  start: number;
  end: number;
  /** The frame matched, but its own exceptions turned the wording down as innocent. */
  vetoed?: true;
}

interface Entry {
  rule: ToneRule;
  frame: Frame;
  /** Index into the anchor table, or -1 when the frame has no anchor slot. */
  anchor: number;
  /** A second required slot, checked the same way; -1 when there is none. */
  anchor2: number;
  /** How far after the start each anchor slot can begin at most: the most tokens the slots before it can take. */
  reach: number;
  reach2: number;
}

// Words too common to make a good anchor: a frame is anchored on its rarest-looking slot.
const COMMON = new Set(['the', 'a', 'an', 'you', 'i', 'we', 'to', 'it', 'this', 'that', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'my', 'your', 'our', 'of', 'in', 'on', 'at', 'for', 'and', 'or', 'have', 'has', 'had', 'do', 'did', 'does', 'not', 'no', 'will', 'would', "'d", 'can', 'could', 'me', 'us', 'so', 'just', 'with', 'if', 'as', 'any', 'all', 'one', 'again', 'back', 'up', 'out', 'more', 'still', 'now', 'there', 'they', 'get', 'got', 'see', 'know']);

/** Size of the bit table that rules out most word pairs before the pair map is asked. */
const PAIR_BITS = 1 << 17;

function slotSpan(slot: Slot): number {
  if (slot.max >= 0) return slot.max;
  let n = 1;
  for (const list of slot.phrases.values()) for (const p of list) n = Math.max(n, p.length);
  return n;
}

function anchorScore(slot: Slot): number {
  const words = [...slot.words, ...slot.phrases.keys()];
  return words.length + 1000 * words.filter((w) => COMMON.has(w)).length;
}

/** The slot after the first whose words are least common, if any is required. */
function anchorSlot(frame: Frame): Slot | null {
  let best: Slot | null = null;
  let bestScore = Infinity;
  for (let k = 1; k < frame.slots.length; k++) {
    const slot = frame.slots[k]!;
    if (slot.max >= 0 || slot.optional) continue;
    const score = anchorScore(slot);
    if (score < bestScore) {
      best = slot;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The next least common required slot after the first, other than `first`. A
 * token that is a number is looked up by its class (#num, #ord), so a slot that
 * names a digit or a class is never chosen here.
 */
function secondAnchorSlot(frame: Frame, first: Slot): Slot | null {
  let best: Slot | null = null;
  let bestScore = Infinity;
  for (let k = 1; k < frame.slots.length; k++) {
    const slot = frame.slots[k]!;
    if (slot === first || slot.max >= 0 || slot.optional) continue;
    if ([...slot.words, ...slot.phrases.keys()].some((w) => /^[0-9#]/.test(w))) continue;
    const score = anchorScore(slot);
    if (score < bestScore) {
      best = slot;
      bestScore = score;
    }
  }
  return best;
}

/** Words that can start slots[k..]; null when anything can (a gap, or the frame's end). */
function startWords(slots: readonly Slot[], k: number): Set<string> | null {
  const slot = slots[k];
  if (!slot || slot.max >= 0) return null;
  const own = new Set([...slot.words, ...slot.phrases.keys()]);
  if (!slot.optional) return own;
  const rest = startWords(slots, k + 1);
  return rest === null ? null : new Set([...own, ...rest]);
}

/** The key of a token for the index: digits stand for their class too. */
function numberKey(w: string): string | null {
  const c = w.charCodeAt(0);
  if (c < 48 || c > 57) return null;
  return /^[0-9]+$/.test(w) ? '#num' : /^[0-9]+(?:st|nd|rd|th)$/.test(w) ? '#ord' : null;
}

/** The frames of `list` that can start at token i (their anchor word is near enough), matched there. */
function tryAll(list: readonly Entry[], t: Tokens, i: number, nextSeen: Int32Array, out: RawMatch[]): void {
  for (let k = 0; k < list.length; k++) {
    const e = list[k]!;
    if (e.anchor >= 0 && (nextSeen[e.anchor]! - i > e.reach || (e.anchor2 >= 0 && nextSeen[e.anchor2]! - i > e.reach2))) continue;
    const end = matchOrVeto(e.frame, t, i);
    if (end > i) out.push({ rule: e.rule, start: t.start[i]!, end: t.end[end - 1]! });
    else if (end <= -2 && -2 - end > i) out.push({ rule: e.rule, start: t.start[i]!, end: t.end[-3 - end]!, vetoed: true });
  }
}

export function buildMatcher(rules: readonly ToneRule[]): (t: Tokens) => RawMatch[] {
  // Every word a frame can start with, follow with, or anchor on gets a number, so a
  // token costs one string lookup and the rest is array indexing.
  const vocab = new Map<string, number>();
  const idOf = (w: string) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    return id;
  };
  const one: Entry[][] = [];
  const two: Map<number, Entry[]>[] = [];
  const anchors: number[][] = [];
  const addOne = (w: string, entry: Entry) => {
    const list = (one[idOf(w)] ??= []);
    if (list[list.length - 1] !== entry) list.push(entry);
  };
  const addTwo = (a: string, b: string, entry: Entry) => {
    const inner = (two[idOf(a)] ??= new Map());
    const key = idOf(b);
    const list = inner.get(key);
    if (!list) inner.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  // Anchors: a frame is tried at a word only when its anchor words occur close enough after it.
  // Frames that anchor on the same words (one word class, say) share one anchor, so a
  // token updates each distinct word set once, not once per frame.
  const anchorIds = new Map<string, number>();
  const anchorOf = (slot: Slot): number => {
    const words = [...new Set([...slot.words, ...slot.phrases.keys()])].sort();
    const key = words.join(' ');
    let id = anchorIds.get(key);
    if (id === undefined) {
      anchorIds.set(key, (id = anchorIds.size));
      for (const w of words) (anchors[idOf(w)] ??= []).push(id);
    }
    return id;
  };
  // Bitter rules first, so they win when two frames start at the same word.
  const ordered = [...rules].sort((a, b) => (b.tone === 'bitter' ? 1 : 0) - (a.tone === 'bitter' ? 1 : 0));
  for (const rule of ordered) {
    for (const source of rule.frames) {
      for (const frame of parseFrame(source, lexicon)) {
        const a = anchorSlot(frame);
        const a2 = a ? secondAnchorSlot(frame, a) : null;
        const before = (slot: Slot | null) => (slot ? frame.slots.slice(0, frame.slots.indexOf(slot)).reduce((n, sl) => n + slotSpan(sl), 0) : 0);
        const entry: Entry = { rule, frame, anchor: a ? anchorOf(a) : -1, anchor2: a2 ? anchorOf(a2) : -1, reach: before(a), reach2: before(a2) };
        const first = frame.slots[0]!;
        if (first.max >= 0) continue;
        for (const [w, list] of first.phrases) for (const p of list) addTwo(w, p[1]!, entry);
        const second = startWords(frame.slots, 1);
        for (const w of first.words) {
          if (second === null) addOne(w, entry);
          else for (const s of second) addTwo(w, s, entry);
        }
      }
    }
  }
  // Pairs in one map keyed by both word numbers: one lookup per token instead of two.
  // Most adjacent words start no pair; a bit per key hash says so without the lookup.
  const V = vocab.size;
  const pairs = new Map<number, Entry[]>();
  const mayPair = new Uint32Array(PAIR_BITS >>> 5);
  two.forEach((inner, a) =>
    inner.forEach((all, b) => {
      // A frame already tried at word a by itself ("close|close+out") is not tried again for the pair.
      const singles = one[a];
      const list = singles ? all.filter((e) => !singles.includes(e)) : all;
      if (list.length === 0) return;
      const key = a * V + b;
      pairs.set(key, list);
      mayPair[(key & (PAIR_BITS - 1)) >>> 5]! |= 1 << (key & 31);
    }),
  );
  two.length = 0;
  return (t) => {
    const out: RawMatch[] = [];
    const n = t.word.length;
    // nextSeen[a]: the nearest token after i holding anchor word a (filled walking backwards).
    const nextSeen = new Int32Array(anchorIds.size).fill(0x7fffffff);
    // Word numbers are looked up on the way back, so token i + 1's is at hand as `nid`.
    let nid = -1;
    for (let i = n - 1; i >= 0; i--) {
      // Token i + 1 is now the nearest anchor position for its words.
      if (nid >= 0) {
        const list = anchors[nid];
        if (list) for (let k = 0; k < list.length; k++) nextSeen[list[k]!] = i + 1;
      }
      const w = t.word[i]!;
      const id = vocab.get(numberKey(w) ?? w) ?? -1;
      const next = nid;
      nid = id;
      if (id < 0) continue;
      const single = one[id];
      if (single) tryAll(single, t, i, nextSeen, out);
      if (next >= 0) {
        const key = id * V + next;
        if (mayPair[(key & (PAIR_BITS - 1)) >>> 5]! & (1 << (key & 31))) {
          const pair = pairs.get(key);
          if (pair) tryAll(pair, t, i, nextSeen, out);
        }
      }
    }
    return out;
  };
}
