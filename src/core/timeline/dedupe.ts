import type { Touch } from '../model';

// The same message reaches us many times (every render of a thread, both
// webmails open, a re-read after an edit), so touches are deduplicated by id.
// A later copy wins field by field: it is the newer reading of the same touch
// (say, an auto-reply whose return date was parsed since). Fields a later copy
// leaves undefined keep the earlier value.

function mergeCopies(earlier: Touch, later: Touch): Touch {
  const merged: Touch = { ...earlier };
  for (const key of Object.keys(later) as (keyof Touch)[]) {
    if (later[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = later[key];
  }
  return merged;
}

/** Timelines are short: below this a linear scan and an insertion sort beat a Map and Array.sort. */
const SMALL = 32;

/** One touch per id, ordered by time; ties keep their first appearance's order. */
export function dedupeTouches(touches: readonly Touch[]): Touch[] {
  let out: Touch[];
  if (touches.length <= SMALL) {
    out = [];
    next: for (const t of touches) {
      for (let j = 0; j < out.length; j++) {
        if (out[j]!.id === t.id) {
          out[j] = mergeCopies(out[j]!, t);
          continue next;
        }
      }
      out.push(t);
    }
    // stable insertion sort by time
    for (let i = 1; i < out.length; i++) {
      const t = out[i]!;
      let j = i - 1;
      while (j >= 0 && out[j]!.at > t.at) {
        out[j + 1] = out[j]!;
        j--;
      }
      out[j + 1] = t;
    }
    return out;
  }
  const byId = new Map<string, Touch>();
  for (const t of touches) {
    const seen = byId.get(t.id);
    byId.set(t.id, seen ? mergeCopies(seen, t) : t);
  }
  out = Array.from(byId.values());
  out.sort((a, b) => a.at - b.at); // stable since ES2019
  return out;
}
