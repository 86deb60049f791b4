// What the background answers to the extension pages and the sidebar: plain
// data computed from the store, ready to show.
import type { Channel, Direction, ProspectStatus, ToneContext, Touch } from '../core/model';
import type { ProviderId } from './readings';

export interface ProspectView {
  id: string;
  account: string;
  name: string | null;
  /** Company, or the address's domain when no company is known. */
  org: string | null;
  addresses: string[];
  status: ProspectStatus;
  lastTouch: { at: number; channel: Channel; direction: Direction } | null;
  nextStep: { what: string; at: number } | null;
  canOpenThread: boolean;
  /** This prospect's own follow-up steps in days, when set (the defaults apply otherwise). */
  stepsDays: number[] | null;
}

export type SectionId = 'replied' | 'due-today' | 'overdue' | 'waiting' | 'dormant' | 'snoozed' | 'closed';

export interface PageProblem {
  provider: ProviderId;
  account: string | null;
  detail: string;
  at: number;
}

export interface Overview {
  now: number;
  accounts: string[];
  /** In display order; `count` is the section's size, `rows` may hold only its first ones. */
  sections: { id: SectionId; rows: ProspectView[]; count?: number }[];
  /** How many prospects are due or owed a reply: the badge count. */
  dueCount: number;
  total: number;
  problems: PageProblem[];
  /** False when only the first screen of rows was asked for (the popup then asks for the rest). */
  complete?: boolean;
  /** The default follow-up steps in days (the options page's), for the per-prospect cadence form. */
  stepsDays: number[];
  /**
   * Set while most statuses are being recomputed for a new day: the rows and
   * counts are as last computed, not yet for `now`. The popup says so and asks again.
   */
  updating?: true;
}

export interface ComposeProspect {
  prospect: ProspectView;
  timeline: Touch[];
  tone: ToneContext;
}

export interface ComposeContext {
  prospects: ComposeProspect[];
  /** Recipients outside the organisation that are not tracked yet (offer to track). */
  untracked: string[];
  disabledToneRules: string[];
  sidebarCollapsed: boolean;
}
