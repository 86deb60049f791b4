// Every frame of every rule, indexed by the words its first two slots accept,
// so one pass over the tokens tries only the frames that can start at each
// pair of words: a 2,000-word draft costs two map lookups per word and a few
// short matches. Frames whose second slot is a gap are indexed by one word.

import { matchAt, parseFrame, type Frame, type Slot } from './frame';
import { lexicon } from './lexicon';
import type { ToneRule } from './rules';
import type { Tokens } from './tokens';

export interface RawMatch {
  rule: ToneRule;
  start: number;
  end: number;
}

interface Entry {
  rule: ToneRule;
  frame: Frame;
}

/** Words that can start slots[k..]; null when anything can (a gap, or the frame's end). */
function startWords(slots: readonly Slot[], k: number): Set<string> | null {
  const slot = slots[k];
  if (!slot || slot.kind === 'gap') return null;
  const own = new Set([...slot.words, ...slot.phrases.keys()]);
  if (!slot.optional) return own;
  const rest = startWords(slots, k + 1);
  return rest === null ? null : new Set([...own, ...rest]);
}

function add(index: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = index.get(key);
  if (list) {
    if (list[list.length - 1] !== entry) list.push(entry);
  } else index.set(key, [entry]);
}

/** The key of a token for the index: digits stand for their class too. */
function numberKey(w: string): string | null {
  const c = w.charCodeAt(0);
  if (c < 48 || c > 57) return null;
  return /^[0-9]+$/.test(w) ? '#num' : /^[0-9]+(?:st|nd|rd|th)$/.test(w) ? '#ord' : null;
}

export function buildMatcher(rules: readonly ToneRule[]): (t: Tokens) => RawMatch[] {
  // One lookup per token: the frames it starts alone, and by the word after it.
  const byWord = new Map<string, { one: Entry[]; two: Map<string, Entry[]> }>();
  const slot = (w: string) => {
    let s = byWord.get(w);
    if (!s) byWord.set(w, (s = { one: [], two: new Map() }));
    return s;
  };
  const addOne = (w: string, entry: Entry) => {
    const list = slot(w).one;
    if (list[list.length - 1] !== entry) list.push(entry);
  };
  const addTwo = (a: string, b: string, entry: Entry) => add(slot(a).two, b, entry);
  // Bitter rules first, so they win when two frames start at the same word.
  const ordered = [...rules].sort((a, b) => (b.tone === 'bitter' ? 1 : 0) - (a.tone === 'bitter' ? 1 : 0));
  for (const rule of ordered) {
    for (const source of rule.frames) {
      for (const frame of parseFrame(source, lexicon)) {
        const entry = { rule, frame };
        const first = frame.slots[0]!;
        if (first.kind === 'gap') continue;
        for (const [w, list] of first.phrases) for (const p of list) addTwo(w, p[1]!, entry);
        const second = startWords(frame.slots, 1);
        for (const w of first.words) {
          if (second === null) addOne(w, entry);
          else for (const s of second) addTwo(w, s, entry);
        }
      }
    }
  }
  return (t) => {
    const out: RawMatch[] = [];
    const n = t.word.length;
    const tryAll = (list: Entry[] | undefined, i: number) => {
      if (!list || list.length === 0) return;
      for (const { rule, frame } of list) {
        const end = matchAt(frame, t, i);
        if (end > i) out.push({ rule, start: t.start[i]!, end: t.end[end - 1]! });
      }
    };
    for (let i = 0; i < n; i++) {
      const w = t.word[i]!;
      const next = i + 1 < n ? t.word[i + 1]! : '';
      const own = byWord.get(w);
      if (own) {
        tryAll(own.one, i);
        if (own.two.size > 0) {
          tryAll(own.two.get(next), i);
          const nn = numberKey(next);
          if (nn) tryAll(own.two.get(nn), i);
        }
      }
      const wn = numberKey(w);
      if (wn) {
        const num = byWord.get(wn);
        if (num) {
          tryAll(num.one, i);
          tryAll(num.two.get(next), i);
        }
      }
    }
    return out;
  };
}
