// The windowed list of sections and rows. Every section keeps its own
// element (so its rows sit inside it), but only the rows near the viewport
// are rendered. Arrow keys move a roving focus across all expanded rows;
// Enter or Space opens the row's actions.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ProspectView, SectionId } from '../../shared/views';
import { Icon } from '../shared/icon';
import { countText } from '../shared/relative-time';
import { HEADER_HEIGHT, ROW_HEIGHT, layoutSections, locate, scrollToShow, visibleRows } from './layout';
import { ProspectRow } from './prospect-row';
import { SECTION_TITLES } from './sections';

/** Used until the scroller can be measured (and in DOMs without layout). */
const FALLBACK_VIEWPORT = 480;

interface Props {
  sections: { id: SectionId; rows: ProspectView[] }[];
  collapsed: ReadonlySet<SectionId>;
  now: number;
  onToggle: (id: SectionId) => void;
  onOpen: (p: ProspectView) => void;
  onMenu: (p: ProspectView, anchor: HTMLElement) => void;
}

export function ProspectList({ sections, collapsed, now, onToggle, onOpen, onMenu }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const layout = useMemo(() => layoutSections(sections, collapsed), [sections, collapsed]);
  const activeIndex = Math.min(active, Math.max(0, layout.rowCount - 1));

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
    // The observer's first report comes with the first layout, before the first paint: reading
    // clientHeight here instead would force that layout before the rows are even in place.
    if (typeof ResizeObserver === 'undefined') return measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    pendingFocus.current = null;
    el?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(layout.rowCount - 1, index));
    const spot = locate(layout, next);
    if (!spot || !scroller.current) return;
    const top = scrollToShow(scroller.current.scrollTop, viewport, spot.top, ROW_HEIGHT);
    scroller.current.scrollTop = top;
    setScrollTop(top);
    setActive(next);
    pendingFocus.current = next;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const row = (e.target as HTMLElement).closest?.('[data-index]') as HTMLElement | null;
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: layout.rowCount - 1, PageDown: index + page, PageUp: index - page };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && e.target === row) {
      e.preventDefault();
      const spot = locate(layout, index);
      const button = row.querySelector<HTMLElement>('[aria-haspopup="menu"]');
      if (spot && button) onMenu(spot.block.rows[spot.row]!, button);
    }
  };

  const ranges = layout.blocks.map((block) => visibleRows(block, scrollTop, viewport));
  // The roving tab stop must be a rendered row: when the active one scrolled away, the first visible takes over.
  const rendered = (i: number) => layout.blocks.some((b, k) => i >= b.firstIndex + ranges[k]![0] && i < b.firstIndex + ranges[k]![1]);
  const firstRendered = layout.blocks.findIndex((_, k) => ranges[k]![1] > ranges[k]![0]);
  const tabStop = rendered(activeIndex) || firstRendered < 0 ? activeIndex : layout.blocks[firstRendered]!.firstIndex + ranges[firstRendered]![0];

  return (
    <div ref={scroller} class="list-scroller" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <div class="list-inner" style={{ height: `${layout.total}px` }}>
        {layout.blocks.map((block, k) => {
          const [start, end] = ranges[k]!;
          const title = SECTION_TITLES[block.id];
          const headingId = `section-title-${block.id}`;
          return (
            <section key={block.id} class={`section section-${block.id}`} data-testid={`section-${block.id}`} aria-labelledby={headingId} style={{ top: `${block.top}px`, height: `${block.height}px` }}>
              <h2 class="section-header" style={{ height: `${HEADER_HEIGHT}px` }}>
                <button type="button" id={headingId} class="section-toggle" aria-expanded={!block.collapsed} onClick={() => onToggle(block.id)}>
                  <span class={block.collapsed ? 'chevron' : 'chevron open'}><Icon name="chevron" size={12} /></span>
                  <span class="section-title">{title}</span>
                  <span class="ft-badge section-count">{countText(block.count ?? block.rows.length)}</span>
                </button>
              </h2>
              {!block.collapsed && (
                <ul class="section-rows" aria-label={title}>
                  {block.rows.slice(start, end).map((p, i) => {
                    const row = start + i;
                    const index = block.firstIndex + row;
                    return (
                      <ProspectRow
                        key={p.id}
                        prospect={p}
                        index={index}
                        top={HEADER_HEIGHT + row * ROW_HEIGHT}
                        now={now}
                        active={index === tabStop}
                        setSize={block.rows.length}
                        posInSet={row + 1}
                        onFocus={setActive}
                        onOpen={onOpen}
                        onMenu={onMenu}
                      />
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
