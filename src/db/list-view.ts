// The popup's list as rows become views, grouped into sections: shared by
// the background's overview (queries.ts) and the popup's own read of every
// row (every-row-reader.ts), and kept light for the second (no settings, no
// cadence engine).
import { domainOf } from '../core/counterpart';
import type { ProspectStatus } from '../core/model';
import type { Overview, ProspectView } from '../shared/views';
import type { SectionCounts } from './section-counts';
import { SECTION_ORDER, sectionOfRank, type Section } from './layout';
import type { ProspectRow } from './schema';

export function viewOf(p: ProspectRow, status: ProspectStatus): ProspectView {
  return {
    id: p.id,
    account: p.account,
    name: p.name ?? null,
    org: p.company ?? domainOf(p.addresses[0] ?? '') ?? null,
    addresses: p.addresses,
    status,
    lastTouch: status.lastTouch ?? null,
    nextStep: p.nextStep ? { what: p.nextStep.what, at: p.nextStep.at } : null,
    canOpenThread: !!p.lastThread,
    stepsDays: p.cadence?.stepsDays ?? null,
  };
}

/** Ranked rows in display order: by rank, then by id as the rank index orders them. */
function byRank(a: ProspectRow, b: ProspectRow): number {
  return a.rank! - b.rank! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every ranked row (of one account), in display order, with the section counts. */
export function everyRow(all: readonly ProspectRow[], account?: string): { counts: SectionCounts; rows: ProspectRow[] } {
  const rows = all.filter((p) => p.rank !== undefined && (!account || p.account === account)).sort(byRank);
  const counts = Object.fromEntries(SECTION_ORDER.map((id) => [id, 0])) as SectionCounts;
  for (const p of rows) counts[sectionOfRank(p.rank!)]++;
  return { counts, rows };
}

/** Rows in display order grouped into the popup's sections, with the counts and the badge's total. */
export function sectionsOf(rows: readonly ProspectRow[], counts: SectionCounts, statusOf: (p: ProspectRow) => ProspectStatus): Pick<Overview, 'sections' | 'dueCount' | 'total'> {
  const rowsBySection = new Map<Section, ProspectRow[]>(SECTION_ORDER.map((id) => [id, []]));
  for (const p of rows) rowsBySection.get(sectionOfRank(p.rank!))!.push(p);
  const sections: Overview['sections'] = [];
  let dueCount = 0;
  let total = 0;
  for (const id of SECTION_ORDER) {
    const count = counts[id];
    total += count;
    if (id === 'replied' || id === 'due-today' || id === 'overdue') dueCount += count;
    sections.push({ id, count, rows: rowsBySection.get(id)!.map((p) => viewOf(p, statusOf(p))) });
  }
  return { sections, dueCount, total };
}
