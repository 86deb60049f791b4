// A small modal panel inside the popup for the actions that need a word or a
// date: log a touch with a note, snooze to a picked date, the next step,
// and the confirmation before ignoring someone. Focus stays inside; Escape
// closes it and gives focus back to where it came from.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { focusables, trapTab } from '../shared/focus-trap';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

export function Sheet({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const el = ref.current;
    if (el) (el.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(el)[0])?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (ref.current) trapTab(e, ref.current);
  };
  return (
    <div class="sheet-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} class="sheet" role="dialog" aria-modal="true" aria-labelledby="sheet-title" onKeyDown={onKeyDown}>
        <h2 id="sheet-title" class="sheet-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
