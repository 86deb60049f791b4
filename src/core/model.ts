// The domain's plain data: prospects, touches, next steps and the status the
// cadence engine derives from them. Words as in DOMAIN.md. Times are epoch
// milliseconds; addresses are lower-cased.

export type Channel = 'email' | 'call' | 'linkedin' | 'text' | 'meeting' | 'note';
export type Direction = 'out' | 'in';

/** What an inbound email turned out to be. Only `message` is a real reply. */
export type EmailKind = 'message' | 'auto-reply' | 'bounce';

export interface Touch {
  /** Stable id: the provider's message id for email, a generated one for logged touches. */
  id: string;
  prospectId: string;
  channel: Channel;
  direction: Direction;
  at: number;
  /** Email only; `message` when absent. */
  kind?: EmailKind;
  /** Auto-reply only: the return date it states, already capped (see cadence). */
  pausedUntil?: number;
  /** Call only: whether a voicemail was left. A call with none still counts toward fatigue. */
  voicemail?: boolean;
  /** Email: the prospect-side address the message was from or to. */
  address?: string;
  threadKey?: string;
  subject?: string;
  /** Logged touches: what the user wrote about it. */
  note?: string;
}

export interface NextStep {
  what: string;
  at: number;
  createdAt: number;
}

export type ClosedState = 'won' | 'lost' | 'do-not-contact';

export interface Prospect {
  id: string;
  /** The user's own address this prospect belongs to (data is keyed by account). */
  account: string;
  addresses: string[];
  name?: string;
  company?: string;
  closed?: { state: ClosedState; at: number };
  snoozedUntil?: number;
  /** When the snooze was set: a reply that arrives after it wakes the prospect early. */
  snoozedAt?: number;
  /** The user moved the prospect to dormant (say, after two ghostings); a reply after it ends that. */
  dormantSince?: number;
  nextStep?: NextStep;
  /** Next steps that passed with no touch from them, counted when they passed. */
  ghostings?: number;
  /** Per-prospect cadence override. */
  cadence?: Partial<Pick<CadenceSettings, 'stepsDays' | 'dormantEveryDays'>>;
  /** Addresses that bounced. */
  badAddresses?: string[];
  createdAt: number;
}

export interface CadenceSettings {
  /** Days after the last unanswered outbound touch for each step. */
  stepsDays: number[];
  /** Dormant nurture interval. */
  dormantEveryDays: number;
  businessDays: boolean;
  /** Hour of day (0-23) at which a touch falls due, in `timeZone`. */
  dueHour: number;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  fatigueInARow: number;
  fatigueWithinCount: number;
  fatigueWithinHours: number;
}

export const DEFAULT_CADENCE: CadenceSettings = {
  stepsDays: [3, 7, 14],
  dormantEveryDays: 30,
  businessDays: true,
  dueHour: 9,
  timeZone: 'UTC',
  fatigueInARow: 3,
  fatigueWithinCount: 2,
  fatigueWithinHours: 72,
};

export type OpenStatusKind = 'replied' | 'due' | 'waiting' | 'dormant' | 'snoozed';
export type StatusKind = OpenStatusKind | ClosedState;

export type Recommendation =
  | 'reply' // they wrote last: answer them
  | 'follow-up' // a plain follow-up is owed
  | 'change-channel' // fatigue guard: stop chasing the same way
  | 'move-to-dormant' // burned twice: let it rest
  | 'nurture' // dormant: a long-interval touch with something new
  | 'none';

export interface ProspectStatus {
  kind: StatusKind;
  /** When the next touch is owed (due, waiting, dormant, snoozed); null when none. */
  dueAt: number | null;
  /** Due only: due before the start of today in the user's time zone. */
  overdue: boolean;
  /** Cadence step counted now (1-based); 0 when no chase is running. */
  step: number;
  recommendation: Recommendation;
  fatigue: { unansweredInRow: number; tripped: boolean };
  ghostings: number;
  /** Set while an out-of-office reply pauses the chase. */
  pausedUntil?: number;
  lastTouch?: { at: number; channel: Channel; direction: Direction };
  lastInboundAt?: number;
  /** One line a person can trust: "You wrote 6 business days ago; step 2 of 3 was due Tuesday". */
  reason: string;
}

/** What the tone coach knows of the prospect while the user writes (derived by the cadence engine). */
export interface ToneContext {
  /** Outbound touches to this prospect so far, on every channel. */
  touchesSoFar: number;
  /** Outbound touches since their last reply (calls with no voicemail count). */
  unansweredInRow: number;
  ghostings: number;
  /** Whole days since their last reply; null when they never replied. */
  daysSinceLastReply: number | null;
  /** The active cadence is spent (the prospect is dormant): a calm close is legitimate now. */
  cadenceSpent: boolean;
  /** The fatigue guard has tripped: another plain chase is a warning in itself. */
  fatigueTripped: boolean;
}
