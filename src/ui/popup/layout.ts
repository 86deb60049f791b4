// Where every section and row sits in the windowed list. Rows have one fixed
// height, so finding the visible ones is arithmetic, not measurement: the
// popup stays fast with 10,000 prospects because only those are rendered.
import type { ProspectView, SectionId } from '../../shared/views';

export const ROW_HEIGHT = 72;
export const HEADER_HEIGHT = 38;
export const OVERSCAN = 4;

export interface SectionBlock {
  id: SectionId;
  rows: ProspectView[];
  /** The section's full size, when only its first rows are loaded yet. */
  count?: number;
  collapsed: boolean;
  /** Offset of the section's header from the top of the list. */
  top: number;
  height: number;
  /** Flat index (over expanded rows of every section) of this section's first row. */
  firstIndex: number;
}

export interface ListLayout {
  blocks: SectionBlock[];
  total: number;
  /** How many rows can take focus (expanded sections only). */
  rowCount: number;
}

export function layoutSections(sections: { id: SectionId; rows: ProspectView[]; count?: number }[], collapsed: ReadonlySet<SectionId>): ListLayout {
  const blocks: SectionBlock[] = [];
  let top = 0;
  let rowCount = 0;
  for (const s of sections) {
    if (s.rows.length === 0) continue;
    const isCollapsed = collapsed.has(s.id);
    const height = HEADER_HEIGHT + (isCollapsed ? 0 : s.rows.length * ROW_HEIGHT);
    blocks.push({ id: s.id, rows: s.rows, ...(s.count !== undefined ? { count: s.count } : {}), collapsed: isCollapsed, top, height, firstIndex: rowCount });
    top += height;
    if (!isCollapsed) rowCount += s.rows.length;
  }
  return { blocks, total: top, rowCount };
}

/** The rows of `block` that intersect the viewport (plus a few either side): [start, end). */
export function visibleRows(block: SectionBlock, scrollTop: number, viewportHeight: number): [number, number] {
  if (block.collapsed) return [0, 0];
  const rowsTop = block.top + HEADER_HEIGHT;
  const start = Math.floor((scrollTop - rowsTop) / ROW_HEIGHT) - OVERSCAN;
  const end = Math.ceil((scrollTop + viewportHeight - rowsTop) / ROW_HEIGHT) + OVERSCAN;
  return [Math.max(0, start), Math.min(block.rows.length, Math.max(0, end))];
}

/** Which section and row a flat index points at, and the row's offset in the list. */
export function locate(layout: ListLayout, index: number): { block: SectionBlock; row: number; top: number } | null {
  for (const block of layout.blocks) {
    if (block.collapsed) continue;
    const row = index - block.firstIndex;
    if (row >= 0 && row < block.rows.length) return { block, row, top: block.top + HEADER_HEIGHT + row * ROW_HEIGHT };
  }
  return null;
}

/** The scrollTop that brings [top, top + height) into view, moving as little as possible. */
export function scrollToShow(scrollTop: number, viewportHeight: number, top: number, height: number): number {
  if (top < scrollTop) return top;
  if (top + height > scrollTop + viewportHeight) return top + height - viewportHeight;
  return scrollTop;
}
