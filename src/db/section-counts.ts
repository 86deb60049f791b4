// How many prospects each of the popup's sections holds, kept in `meta` and
// changed in the same transaction as every write that moves a prospect's
// rank (#18). Counting the rank index instead walks every entry of it, which
// in Chromium costs about 60 ms at 10,000 prospects: most of the popup's
// first screen. The index stays the truth: when no counts are kept (a new or
// upgraded store, after an import) the next read counts it once and keeps that.
import { rankRange, SECTION_ORDER, sectionOfRank, type FollowThroughDb, type Section } from './schema';

export type SectionCounts = Record<Section, number>;

const COUNTS_META = 'section-counts';

/** The kept counts, or null when none are kept. */
export async function keptCounts(db: FollowThroughDb): Promise<SectionCounts | null> {
  const row = await db.meta.get(COUNTS_META);
  if (!row) return null;
  try {
    const parsed = JSON.parse(row.value) as Partial<SectionCounts>;
    return SECTION_ORDER.every((id) => Number.isInteger(parsed[id])) ? (parsed as SectionCounts) : null;
  } catch {
    return null;
  }
}

/** Counts through the rank index and keeps the answer. Inside a rw transaction on prospects and meta. */
export async function recount(db: FollowThroughDb): Promise<SectionCounts> {
  const n = await Promise.all(SECTION_ORDER.map((id) => db.prospects.where('rank').between(...rankRange(id), true, true).count()));
  const counts = Object.fromEntries(SECTION_ORDER.map((id, i) => [id, n[i]!])) as SectionCounts;
  await db.meta.put({ key: COUNTS_META, value: JSON.stringify(counts) });
  return counts;
}

/** A prospect's rank before and after a write; undefined for a row that is absent or not ranked yet. */
export type RankMove = readonly [before: number | undefined, after: number | undefined];

/**
 * Applies rank moves to the kept counts. Inside the rw transaction that
 * writes them, with meta in it; `read`: the counts this transaction read
 * already (keptCounts), when nothing else in it moved them since.
 */
export async function moveRanks(db: FollowThroughDb, moves: Iterable<RankMove>, read?: SectionCounts | null): Promise<void> {
  const delta = new Map<Section, number>();
  for (const [before, after] of moves) {
    if (before === after) continue;
    if (before !== undefined) delta.set(sectionOfRank(before), (delta.get(sectionOfRank(before)) ?? 0) - 1);
    if (after !== undefined) delta.set(sectionOfRank(after), (delta.get(sectionOfRank(after)) ?? 0) + 1);
  }
  if ([...delta.values()].every((d) => d === 0)) return;
  const counts = read === undefined ? await keptCounts(db) : read && { ...read };
  // None kept: the next read counts the index.
  if (!counts) return;
  for (const [id, d] of delta) counts[id] += d;
  if (SECTION_ORDER.some((id) => counts[id] < 0)) await forgetCounts(db);
  else await db.meta.put({ key: COUNTS_META, value: JSON.stringify(counts) });
}

/** After a bulk write that does not track ranks (an import): the next read counts again. */
export async function forgetCounts(db: FollowThroughDb): Promise<void> {
  await db.meta.delete(COUNTS_META);
}
