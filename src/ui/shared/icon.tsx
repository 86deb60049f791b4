// Small line icons drawn inline (no icon font, no remote asset). Decorative:
// every control that shows one also has a text label or an aria-label.
import type { TouchKind } from './channels';

export type IconName = TouchKind | 'open' | 'more' | 'settings' | 'search' | 'close' | 'chevron' | 'snooze' | 'flag' | 'check';

const PATHS: Record<IconName, string[]> = {
  'email-out': ['M2.5 4.5h11v7h-11z', 'M2.5 4.5 8 8.5l5.5-4'],
  'email-in': ['M2.5 4.5h11v7h-11z', 'M2.5 4.5 8 8.5l5.5-4'],
  call: ['M4 2.5h2l1 3-1.5 1a7 7 0 0 0 4 4l1-1.5 3 1v2a1.5 1.5 0 0 1-1.5 1.5A10.5 10.5 0 0 1 2.5 4 1.5 1.5 0 0 1 4 2.5z'],
  voicemail: ['M4.5 10.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5zM11.5 10.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5zM4.5 10.5h7'],
  linkedin: ['M2.5 2.5h11v11h-11z', 'M5 7v4M5 5v.01M7.5 11V7M7.5 8.5a1.5 1.5 0 0 1 3 0V11'],
  text: ['M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z'],
  meeting: ['M2.5 3.5h11v10h-11z', 'M2.5 6.5h11M5.5 2v3M10.5 2v3'],
  note: ['M3.5 2.5h6l3 3v8h-9z', 'M9.5 2.5v3h3M5.5 8.5h5M5.5 11h3'],
  open: ['M9 2.5h4.5V7', 'M13.5 2.5 7 9', 'M11.5 9.5v4h-9v-9h4'],
  more: ['M3.5 8h.01M8 8h.01M12.5 8h.01'],
  settings: ['M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z', 'M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4'],
  search: ['M7 11.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM10.5 10.5l3 3'],
  close: ['M4 4l8 8M12 4l-8 8'],
  chevron: ['M6 4l4 4-4 4'],
  snooze: ['M8 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11zM8 5.5V8.5l2 1.5'],
  flag: ['M3.5 14V2.5M3.5 3h8l-1.5 3 1.5 3h-8'],
  check: ['M3 8.5l3 3 7-7'],
};

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const strong = name === 'more';
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width={strong ? 2.4 : 1.4}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
