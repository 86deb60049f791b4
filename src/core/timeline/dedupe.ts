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

/** One touch per id, ordered by time; ties keep their input order (Array.prototype.sort is stable). */
export function dedupeTouches(touches: readonly Touch[]): Touch[] {
  const byId = new Map<string, Touch>();
  for (const t of touches) {
    const seen = byId.get(t.id);
    byId.set(t.id, seen ? mergeCopies(seen, t) : t);
  }
  const out = Array.from(byId.values());
  out.sort((a, b) => a.at - b.at);
  return out;
}
