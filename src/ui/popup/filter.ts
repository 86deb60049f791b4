// Search by name or address (company too, since people remember it). The
// haystacks are built once per overview, so typing stays cheap at 10,000.
import type { Overview, ProspectView, SectionId } from '../../shared/views';

export type Sections = { id: SectionId; rows: ProspectView[]; count?: number }[];

const haystacks = new WeakMap<ProspectView, string>();

function haystack(p: ProspectView): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = [p.name ?? '', p.org ?? '', ...p.addresses].join('\n').toLowerCase();
    haystacks.set(p, h);
  }
  return h;
}

export function filterSections(sections: Overview['sections'], query: string): Sections {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return sections;
  return sections.map((s) => ({ id: s.id, rows: s.rows.filter((p) => words.every((w) => haystack(p).includes(w))) }));
}
