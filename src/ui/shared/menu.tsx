// A menu of actions (WAI-ARIA menu button pattern): opens with focus on the
// first item, arrows move, Escape or Tab closes and focus returns to the
// button that opened it. Positioned fixed next to its anchor so a scrolling
// or windowed list never clips it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export type MenuEntry =
  | { kind: 'item'; id: string; label: string; onSelect: () => void; danger?: boolean }
  | { kind: 'group'; label: string }
  | { kind: 'sep' };

interface Props {
  label: string;
  entries: MenuEntry[];
  anchor: DOMRect | { top: number; bottom: number; left: number; right: number };
  onClose: (reason: 'escape' | 'select' | 'outside' | 'tab') => void;
}

export function Menu({ label, entries, anchor, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number }>({ top: anchor.bottom + 4, left: Math.max(8, anchor.right - 220) });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const h = el.offsetHeight || 0;
    const w = el.offsetWidth || 220;
    const vh = window.innerHeight || 600;
    const vw = window.innerWidth || 400;
    const below = anchor.bottom + 4;
    const top = below + h > vh - 8 && anchor.top - h - 4 > 8 ? anchor.top - h - 4 : Math.min(below, Math.max(8, vh - h - 8));
    setPos({ top, left: Math.min(Math.max(8, anchor.right - w), vw - w - 8) });
    items(el)[0]?.focus();
  }, []);

  useEffect(() => {
    const onDown = (e: Event) => {
      const path = e.composedPath();
      if (ref.current && !path.includes(ref.current)) onClose('outside');
    };
    // Capture phase: a click elsewhere closes the menu before it does anything else.
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const list = items(ref.current);
    const at = list.indexOf(e.target as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') onClose('escape');
    else if (e.key === 'Tab') onClose('tab');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={ref} class="ft-menu" role="menu" aria-label={label} style={{ top: `${pos.top}px`, left: `${pos.left}px` }} onKeyDown={onKeyDown}>
      {entries.map((entry, i) => {
        if (entry.kind === 'sep') return <div key={`sep${i}`} class="ft-menu-sep" role="separator" />;
        if (entry.kind === 'group') return <div key={`g${i}`} class="ft-menu-group" role="presentation">{entry.label}</div>;
        return (
          <button
            key={entry.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            class={entry.danger ? 'ft-menu-item danger' : 'ft-menu-item'}
            onClick={() => {
              onClose('select');
              entry.onSelect();
            }}
          >
            {entry.label}
          </button>
        );
      })}
    </div>
  );
}

function items(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
}
