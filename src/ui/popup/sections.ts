// The popup's sections in the words of the UI, in the order the issue asks for.
import type { SectionId } from '../../shared/views';

export const SECTION_TITLES: Record<SectionId, string> = {
  replied: 'Owed a reply',
  'due-today': 'Due today',
  overdue: 'Overdue',
  waiting: 'Waiting on them',
  dormant: 'Dormant',
  snoozed: 'Snoozed',
  closed: 'Closed',
};

/** Shown collapsed until opened: they need nothing today. */
export const COLLAPSED_BY_DEFAULT: SectionId[] = ['snoozed', 'closed'];
