// What a content script reads off a mail page, declared once with zod. The
// background validates every reading against these schemas; the providers use
// the inferred types (type-only imports, so zod stays out of content scripts).
import { z } from 'zod';

export const ProviderIdSchema = z.enum(['gmail', 'outlook']);
export type ProviderId = z.infer<typeof ProviderIdSchema>;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

const text = (max: number) => z.string().max(max);
const instant = z.number().int().min(0).max(8.64e15);

export const AddressSchema = z
  .string()
  .max(320)
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/, 'not an email address'));

export const PersonSchema = z.object({
  address: AddressSchema.nullable(),
  name: text(256).nullable(),
  /** low: a name with no address, matched by name (Outlook, inside the organisation). */
  confidence: ConfidenceSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const MessageReadingSchema = z.object({
  /** The provider's message id; null when the page shows none (then the time and sender identify it). */
  messageId: text(256).nullable(),
  from: PersonSchema,
  to: z.array(PersonSchema).max(500),
  cc: z.array(PersonSchema).max(500),
  at: instant.nullable(),
  /** exact: a machine timestamp; title: parsed from a localised date text; first-seen: when we first saw it. */
  atSource: z.enum(['exact', 'title', 'first-seen']),
  kind: z.enum(['message', 'auto-reply', 'bounce']),
  /** auto-reply: the return date it states. */
  pausedUntil: instant.optional(),
});
export type MessageReading = z.infer<typeof MessageReadingSchema>;

export const ThreadSummarySchema = z.object({
  lastAt: instant.nullable(),
  unread: z.boolean(),
  participants: z.array(PersonSchema).max(100),
  /** Message count shown in the row, when shown. */
  count: z.number().int().min(1).max(10_000).nullable(),
});
export type ThreadSummary = z.infer<typeof ThreadSummarySchema>;

export const ThreadReadingSchema = z.object({
  /** The provider's thread id, normalised to one form (Gmail: the hex legacy id). */
  threadKey: text(256).min(1),
  subject: text(2000).nullable(),
  source: z.enum(['list', 'conversation', 'compose']),
  /** Every message, in order, when the conversation is open; empty for a list row. */
  messages: z.array(MessageReadingSchema).max(1000),
  /** What a list row shows of the thread. */
  summary: ThreadSummarySchema.optional(),
  /** True when not every message could be read. */
  partial: z.boolean(),
});
export type ThreadReading = z.infer<typeof ThreadReadingSchema>;

export const ProblemSchema = z.object({
  field: text(100),
  detail: text(500),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PageReadingSchema = z.object({
  provider: ProviderIdSchema,
  /** The user's own address: all data is keyed by it. */
  account: AddressSchema.nullable(),
  view: z.enum(['list', 'conversation', 'other']),
  threads: z.array(ThreadReadingSchema).max(500),
  /** Fields that could not be read, with which selector entries were tried. */
  problems: z.array(ProblemSchema).max(100),
  /** False when the page does not look like the mail app we know: nothing is guessed then. */
  readable: z.boolean(),
  /** Which selector-table entries matched, per field: a signal when Gmail or Outlook changes. */
  matched: z.record(z.string().max(100), z.string().max(200)).optional(),
});
export type PageReading = z.infer<typeof PageReadingSchema>;

export const ComposeSnapshotSchema = z.object({
  provider: ProviderIdSchema,
  account: AddressSchema.nullable(),
  /** Stable for the life of one compose window. */
  composeId: text(200),
  kind: z.enum(['new', 'reply', 'inline', 'popout']),
  to: z.array(PersonSchema).max(500),
  cc: z.array(PersonSchema).max(500),
  subject: text(2000).nullable(),
  threadKey: text(256).nullable(),
  /**
   * false: the compose shows no recipient fields (an Outlook inline reply whose
   * To/Cc are not expanded), so `to` and `cc` are unknown, not empty. Absent: shown.
   */
  recipientsShown: z.boolean().optional(),
});
export type ComposeSnapshot = z.infer<typeof ComposeSnapshotSchema>;
