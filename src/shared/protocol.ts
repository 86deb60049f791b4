// The one message protocol between content scripts, extension pages and the
// background. Each request is declared once: its payload schema and who may
// send it. The background validates every message against this table before
// anything else happens; clients get typed payloads and answers from it.
import { z } from 'zod';
import { HealthReportSchema, type MailTab, type OutlineAnswer, type PageHealth } from './page-health';
import { AddressSchema, ComposeSnapshotSchema, PageReadingSchema, ProviderIdSchema } from './readings';
import { SettingsPatchSchema, StepsSchema, type Settings } from './settings';
import type { ComposeContext, Overview } from './views';

/** Who sent a message, as decided by the background from `sender` (never from the message). */
export type SenderKind = 'content' | 'page';

const id = z.string().min(1).max(200);
/** An instant in epoch milliseconds, within what a Date can hold. */
export const InstantSchema = z.number().int().min(0).max(8.64e15);
const instant = InstantSchema;

/**
 * The largest import file accepted: Chrome refuses a message over 64 MiB with
 * its own error, so the page checks the file against this first and says so
 * in our words (#18).
 */
export const IMPORT_MAX_BYTES = 40 * 1024 * 1024;

export const LoggedChannelSchema = z.enum(['call', 'voicemail', 'linkedin', 'text', 'meeting', 'note']);
export type LoggedChannel = z.infer<typeof LoggedChannelSchema>;

export const ClosedStateSchema = z.enum(['won', 'lost', 'do-not-contact']);

export const requests = {
  /** A content script's reading of the mail page. */
  'page/reading': {
    from: ['content'],
    payload: z.object({ reading: PageReadingSchema, url: z.string().max(2000) }),
  },
  /** How well a content script read its page: matched selector entries and problem fields (#15). */
  'page/health': {
    from: ['content'],
    payload: z.object({ health: HealthReportSchema }),
  },
  /** Page health per provider and account, and the open mail tabs, for the options page. */
  'health/get': { from: ['page'], payload: z.object({}) },
  /** A redacted outline of a mail tab's page, to save for a bug report: that tab, or the one last read for provider and account. */
  'page/outline': {
    from: ['page'],
    payload: z.object({ tabId: z.number().int().min(0).optional(), provider: ProviderIdSchema.optional(), account: AddressSchema.nullable().optional() }),
  },
  /** The compose window the user is writing in: who it goes to, for the sidebar and the tone context. */
  'compose/context': {
    from: ['content'],
    payload: z.object({ compose: ComposeSnapshotSchema }),
  },
  /** A send went through and was not undone: it is a touch. */
  'compose/sent': {
    from: ['content'],
    payload: z.object({ compose: ComposeSnapshotSchema, at: instant, scheduled: z.boolean() }),
  },
  /** "Sleep on it": keep the draft, remind the user tomorrow morning. */
  'compose/sleep-on-it': {
    from: ['content'],
    payload: z.object({ compose: ComposeSnapshotSchema, url: z.string().max(2000) }),
  },
  /** The first compose window in this frame: inject the compose UI (tone coach, sidebar, pre-send dialog) into the sender's frame. */
  'compose/load-ui': {
    from: ['content'],
    payload: z.object({}),
  },
  /** Track an untracked recipient by hand from the sidebar. */
  'prospect/track': {
    from: ['content', 'page'],
    payload: z.object({ account: AddressSchema, address: AddressSchema, name: z.string().max(256).optional() }),
  },
  'overview/get': {
    from: ['page'],
    /** `limit`: only the first rows in display order (the popup's first screen). */
    payload: z.object({ account: AddressSchema.optional(), limit: z.number().int().min(1).max(100_000).optional() }),
  },
  'prospect/log-touch': {
    from: ['page'],
    payload: z.object({ prospectId: id, channel: LoggedChannelSchema, at: instant, note: z.string().max(5000).optional(), direction: z.enum(['out', 'in']).default('out') }),
  },
  'prospect/snooze': {
    from: ['page'],
    payload: z.object({ prospectId: id, until: instant.nullable() }),
  },
  'prospect/next-step': {
    from: ['page'],
    payload: z.object({ prospectId: id, nextStep: z.object({ what: z.string().min(1).max(500), at: instant }).nullable() }),
  },
  /** Close (won, lost, do-not-contact), let rest (dormant), or reopen (null). */
  'prospect/close': {
    from: ['page'],
    payload: z.object({ prospectId: id, state: z.union([ClosedStateSchema, z.literal('dormant')]).nullable() }),
  },
  'prospect/ignore': {
    from: ['page', 'content'],
    payload: z.object({ prospectId: id, scope: z.enum(['person', 'domain']) }),
  },
  'prospect/open-thread': {
    from: ['page'],
    payload: z.object({ prospectId: id }),
  },
  'data/export': { from: ['page'], payload: z.object({ format: z.enum(['json', 'csv']) }) },
  'data/import': { from: ['page'], payload: z.object({ json: z.string().max(IMPORT_MAX_BYTES) }) },
  'data/delete-all': { from: ['page'], payload: z.object({ confirm: z.literal('delete everything') }) },
  /** This prospect's own cadence steps, or back to the defaults (null). */
  'prospect/cadence': {
    from: ['page'],
    payload: z.object({ prospectId: id, stepsDays: StepsSchema.nullable() }),
  },
  /** The settings and the ignore lists, for the options page. */
  'settings/get': { from: ['page'], payload: z.object({}) },
  /** A change to some settings, checked field by field; a cadence change recomputes every open status. */
  'settings/save': { from: ['page'], payload: z.object({ patch: SettingsPatchSchema }) },
  /** The compose sidebar folded or unfolded: the one setting a content script may change. */
  'sidebar/collapse': { from: ['content'], payload: z.object({ collapsed: z.boolean() }) },
  /** Never track this address or domain, and forget the prospects it covers (as the popup's Ignore). */
  'ignore/add': { from: ['page'], payload: z.object({ kind: z.enum(['person', 'domain']), value: z.string().min(1).max(320) }) },
  'ignore/remove': { from: ['page'], payload: z.object({ kind: z.enum(['person', 'domain']), value: z.string().min(1).max(320) }) },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: z.ZodType }>;

export type RequestType = keyof typeof requests;
export type Payload<T extends RequestType> = z.input<(typeof requests)[T]['payload']>;
export type ParsedPayload<T extends RequestType> = z.output<(typeof requests)[T]['payload']>;

export const EnvelopeSchema = z.object({
  type: z.string().max(100),
  payload: z.unknown(),
});

export interface SettingsView {
  settings: Settings;
  ignored: { people: string[]; domains: string[] };
}

/** What each request answers, declared with the requests so both ends share it. */
export interface Answers {
  'page/reading': { recorded: false; reason: 'incognito' } | { recorded: true; prospects: number };
  'compose/context': ComposeContext;
  'compose/sent': { recorded: false } | { recorded: true; prospects: number };
  'compose/sleep-on-it': { remindAt: number };
  'compose/load-ui': { loaded: true };
  'prospect/track': { prospectId: string };
  'overview/get': Overview;
  'prospect/log-touch': { ok: true };
  'prospect/snooze': { ok: true };
  'prospect/next-step': { ok: true };
  'prospect/close': { ok: true };
  'prospect/ignore': { removed: number };
  'prospect/open-thread': { url: string };
  'prospect/cadence': { ok: true };
  'data/export': { filename: string; mime: string; text: string };
  'data/import': { ok: true; counts: Record<string, number> } | { ok: false; error: string };
  'data/delete-all': { deleted: true };
  'settings/get': SettingsView;
  'settings/save': SettingsView;
  'sidebar/collapse': { ok: true };
  'ignore/add': SettingsView & { removed: number };
  'ignore/remove': SettingsView;
  'page/health': { recorded: boolean };
  'health/get': { now: number; entries: PageHealth[]; tabs: MailTab[] };
  'page/outline': OutlineAnswer & { fileName: string };
}
export type AnswerOf<T extends RequestType> = Answers[T];

/** What every answer looks like: a result, or an error message safe to show. */
export type Answer<R> = { ok: true; result: R } | { ok: false; error: string };

export { ProviderIdSchema };
