// The store's layout as plain values, with no Dexie in it: the database's
// name and the popup's sections with the ranks that order them. Shared by
// the schema (schema.ts) and the popup's own read of every row, which loads
// no Dexie.
import type { StatusKind } from '../core/model';

export const DB_NAME = 'followthrough';

/** The popup's sections, in the order it shows them. */
export const SECTION_ORDER = ['replied', 'due-today', 'overdue', 'waiting', 'dormant', 'snoozed', 'closed'] as const;
export type Section = (typeof SECTION_ORDER)[number];

// Due instants are epoch milliseconds (< 1e13), so a section's place times
// 1e13 plus the instant orders by section, then by when.
const SECTION_SPAN = 1e13;
const NO_DUE = SECTION_SPAN - 1;

export function sectionFor(kind: StatusKind, overdue: boolean): Section {
  switch (kind) {
    case 'replied':
      return 'replied';
    case 'due':
      return overdue ? 'overdue' : 'due-today';
    case 'waiting':
    case 'dormant':
    case 'snoozed':
      return kind;
    default:
      return 'closed';
  }
}

export function rankOf(kind: StatusKind, overdue: boolean, dueAt: number | null): number {
  const due = dueAt === null ? NO_DUE : Math.min(Math.max(dueAt, 0), NO_DUE);
  return SECTION_ORDER.indexOf(sectionFor(kind, overdue)) * SECTION_SPAN + due;
}

/** The section a rank belongs to (the inverse of rankOf's first part). */
export function sectionOfRank(rank: number): Section {
  return SECTION_ORDER[Math.min(SECTION_ORDER.length - 1, Math.max(0, Math.floor(rank / SECTION_SPAN)))]!;
}

export function rankRange(section: Section): [number, number] {
  const at = SECTION_ORDER.indexOf(section) * SECTION_SPAN;
  return [at, at + SECTION_SPAN - 1];
}

