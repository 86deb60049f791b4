// Frames: a rule says who does what to whom as a row of slots, each a word
// class or a few words, so one frame covers the ways people say one thing.
//
//   "@I @NEG @EVER? @HEAR back|from"     "i haven't heard back", "we never got word from"
//
// Syntax, one slot per space-separated item:
//   word | a|b|in+case   literal words; `+` joins a phrase, `|` separates alternatives
//   @CLASS               a word class from the lexicon (entries may be phrases)
//   x?                   the slot may be left out (a literal "?" alone is the question mark)
//   ~N                   up to N words of anything, never across a clause end
//   <start> / <end>      first / last item only: the match starts / ends a sentence
//   A !! B               A, unless B follows right after it ("following up !! with @THIRD")
//   A !< B               A, unless B ends right before it ("check in !< i will")
// Every frame is bounded (gaps have a maximum), so matching stays linear in the text.

import { isClauseEnd, isSentenceEnd, tokenise, type Tokens } from './tokens';

/**
 * One slot. Sets and gaps share one shape (a gap has max >= 0 and empty sets), so
 * the matcher's property reads stay monomorphic on this hot path.
 */
export interface Slot {
  kind: 'set' | 'gap';
  words: ReadonlySet<string>;
  /** Phrases of two or more words, by their first word. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  optional: boolean;
  /** Gaps only: up to this many words; -1 for a set. */
  max: number;
  /** Whether the set takes any number ("#num") or ordinal ("#ord") as a word. */
  numbers: boolean;
}
export type SetSlot = Slot;

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map();

export interface Frame {
  slots: Slot[];
  atStart: boolean;
  atEnd: boolean;
  notFollowedBy: Frame[];
  notPrecededBy: Frame[];
  source: string;
}

export type Lexicon = Readonly<Record<string, readonly string[]>>;

const SUFFIXES: Record<string, string> = { "'m": 'am', "'re": 'are', "'ve": 'have', "'ll": 'will', "'s": 'is', "'d": "'d" };

// Word classes are spelled into every slot that names them, so the same entries
// come back thousands of times while the matcher is built: each is spelled once.
const spelled = new Map<string, readonly string[]>();

/** An entry spelled as the tokeniser spells text: "won't" -> will not, "follow-up" -> follow up. */
function canonical(entry: string): readonly string[] {
  const known = spelled.get(entry);
  if (known) return known;
  const out: string[] = [];
  for (const part of entry.split(/[ +]/)) {
    if (!part) continue;
    if (part.startsWith('#')) out.push(part);
    else if (part.startsWith("'")) out.push(SUFFIXES[part] ?? part.slice(1));
    else out.push(...tokenise(part).word);
  }
  spelled.set(entry, out);
  return out;
}

/**
 * A lexicon entry may be written as a small product, its words separated by
 * spaces, each word with `|` alternatives and `?` when it may be left out:
 * "lack of a? reply|response" is "lack of reply", "lack of a reply", "lack of
 * response" and "lack of a response". A lone "?" is the question mark.
 */
export function expandEntry(entry: string): string[] {
  if (!entry.includes('|') && !/.\?(?:\s|$)/.test(entry)) return [entry];
  let out = [''];
  for (const part of entry.split(' ')) {
    if (!part) continue;
    const optional = part.length > 1 && part.endsWith('?');
    const alts = (optional ? part.slice(0, -1) : part).split('|');
    const next: string[] = [];
    for (const head of out) {
      if (optional) next.push(head);
      for (const alt of alts) next.push(head ? `${head} ${alt}` : alt);
    }
    out = next;
  }
  return out.filter(Boolean);
}

function setSlot(entries: readonly string[], optional: boolean): SetSlot {
  const words = new Set<string>();
  const phrases = new Map<string, (readonly string[])[]>();
  for (const entry of entries.flatMap(expandEntry)) {
    const parts = canonical(entry);
    if (parts.length === 1) words.add(parts[0]!);
    else if (parts.length > 1) {
      const list = phrases.get(parts[0]!) ?? [];
      list.push(parts);
      phrases.set(parts[0]!, list);
    }
  }
  // Longest phrases first, so a slot takes "a couple of" before "a couple".
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return { kind: 'set', words, phrases, optional, max: -1, numbers: words.has('#num') || words.has('#ord') };
}

function parseItem(item: string, lexicon: Lexicon, source: string): Slot {
  if (/^~[0-9]{1,2}$/.test(item)) return { kind: 'gap', words: NO_WORDS, phrases: NO_PHRASES, optional: false, max: Number(item.slice(1)), numbers: false };
  if (item.startsWith('~')) throw new Error(`tone frame "${source}": a gap is ~0 to ~99, not "${item}"`);
  const optional = item.length > 1 && item.endsWith('?');
  const body = optional ? item.slice(0, -1) : item;
  const entries: string[] = [];
  for (const alt of body.split('|')) {
    if (alt.startsWith('@')) {
      const cls = lexicon[alt.slice(1)];
      if (!cls) throw new Error(`tone frame "${source}": unknown word class ${alt}`);
      entries.push(...cls);
    } else if (alt) entries.push(alt);
  }
  if (entries.length === 0) throw new Error(`tone frame "${source}": empty slot "${item}"`);
  return setSlot(entries, optional);
}

function parseOne(source: string, lexicon: Lexicon): Frame {
  const items = source.trim().split(/\s+/);
  const atStart = items[0] === '<start>';
  if (atStart) items.shift();
  const atEnd = items[items.length - 1] === '<end>';
  if (atEnd) items.pop();
  return { slots: items.map((it) => parseItem(it, lexicon, source)), atStart, atEnd, notFollowedBy: [], notPrecededBy: [], source };
}

/** One frame string, parsed; a frame whose first slot is optional becomes two frames. */
export function parseFrame(source: string, lexicon: Lexicon): Frame[] {
  const parts = source.split(/\s(!!|!<)\s/);
  const main = parseOne(parts[0]!, lexicon);
  for (let i = 1; i < parts.length; i += 2) {
    const guard = parseOne(parts[i + 1]!, lexicon);
    (parts[i] === '!!' ? main.notFollowedBy : main.notPrecededBy).push(guard);
  }
  return expand(main);
}

/** A frame whose first slot is optional is two frames: with it, and without it. */
function expand(frame: Frame): Frame[] {
  const first = frame.slots[0];
  if (!first || first.max >= 0) throw new Error(`tone frame "${frame.source}": must start with words, not a gap`);
  if (!first.optional) return [frame];
  const rest = frame.slots.slice(1);
  const withFirst: Frame = { ...frame, slots: [{ ...first, optional: false }, ...rest] };
  return rest.length === 0 ? [withFirst] : [withFirst, ...expand({ ...frame, slots: rest })];
}

/** Words of the first slot: the index key of the frame. */
export function firstWords(frame: Frame): string[] {
  const first = frame.slots[0] as SetSlot;
  return [...first.words, ...first.phrases.keys()];
}

function wordMatches(slot: Slot, w: string): boolean {
  if (slot.words.has(w)) return true;
  if (!slot.numbers) return false;
  const c = w.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return (/^[0-9]+$/.test(w) && slot.words.has('#num')) || (/^[0-9]+(?:st|nd|rd|th)$/.test(w) && slot.words.has('#ord'));
}

/** A later word of a phrase against a token: itself, or a number class ("by the #ord" takes "by the 14th"). */
function phraseWord(p: string, w: string | undefined): boolean {
  if (w === undefined) return false;
  if (p === w) return true;
  if (p.charCodeAt(0) !== 35) return false; // '#'
  return (p === '#num' && /^[0-9]+$/.test(w)) || (p === '#ord' && /^[0-9]+(?:st|nd|rd|th)$/.test(w));
}

/** The end of a match of slots[k..] from token i, or -1; with a target, only a match ending exactly there. */
function matchSlots(slots: readonly Slot[], k: number, t: Tokens, i: number, atEnd: boolean, target = -1): number {
  // <end> holds before a sentence end, or right after one the frame matched itself ("any update? Thanks").
  if (k === slots.length) return (target < 0 || i === target) && (!atEnd || i >= t.word.length || isSentenceEnd(t.word[i]!) || (i > 0 && isSentenceEnd(t.word[i - 1]!))) ? i : -1;
  const slot = slots[k]!;
  if (slot.max >= 0) {
    let j = i;
    for (let g = 0; g <= slot.max; g++) {
      const r = matchSlots(slots, k + 1, t, j, atEnd, target);
      if (r >= 0) return r;
      const w = t.word[j];
      if (w === undefined || isClauseEnd(w)) break;
      j++;
    }
    return -1;
  }
  const w = t.word[i];
  if (w !== undefined) {
    // Phrases (longest first), then the single word.
    const list = slot.phrases.size === 0 ? undefined : slot.phrases.get(w);
    if (list) {
      for (const p of list) {
        let n = 1;
        while (n < p.length && phraseWord(p[n]!, t.word[i + n])) n++;
        if (n === p.length) {
          const r = matchSlots(slots, k + 1, t, i + n, atEnd, target);
          if (r >= 0) return r;
        }
      }
    }
    if (wordMatches(slot, w)) {
      const r = matchSlots(slots, k + 1, t, i + 1, atEnd, target);
      if (r >= 0) return r;
    }
  }
  return slot.optional ? matchSlots(slots, k + 1, t, i, atEnd, target) : -1;
}

/** The token end of the frame matched at token i, or -1. */
export function matchAt(frame: Frame, t: Tokens, i: number): number {
  const r = matchOrVeto(frame, t, i);
  return r >= 0 ? r : -1;
}

/**
 * Like matchAt, but a match that its own exceptions (`!!`, `!<`) turn down is told
 * apart: it comes back as -2 - end. The frame saw the wording and judged it innocent.
 */
export function matchOrVeto(frame: Frame, t: Tokens, i: number): number {
  if (frame.atStart && t.sentence[i] !== i && !afterOpener(t, i)) return -1;
  const end = matchSlots(frame.slots, 0, t, i, frame.atEnd);
  if (end < 0) return -1;
  for (const g of frame.notFollowedBy) if (matchSlots(g.slots, 0, t, end, g.atEnd) >= 0) return -2 - end;
  for (const g of frame.notPrecededBy) {
    for (let s = Math.max(0, i - 6); s < i; s++) if (matchSlots(g.slots, 0, t, s, false, i) === i) return -2 - end;
  }
  return end;
}

// A sentence may open with a greeting or a filler and a comma: "Hi Sam, any update?"
const OPENERS = new Set(['hi', 'hey', 'hello', 'so', 'and', 'but', 'ok', 'okay', 'well', 'also', 'anyway', 'again', 'yo', 'dear', 'morning', 'afternoon', 'quick', 'question', 'just', 'ps', 'p']);
function afterOpener(t: Tokens, i: number): boolean {
  const s = t.sentence[i];
  if (s === undefined || i - s > 4 || t.word[i - 1] !== ',') return false;
  return OPENERS.has(t.word[s]!);
}
