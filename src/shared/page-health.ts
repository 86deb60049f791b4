// Page health (#15): what a content script reports about how well it read
// its mail page (which selector entries matched, which fields it could not
// read), what the background keeps of it per provider and account, and the
// page outline a content script answers with. Declared once with zod; the
// content script uses the types only.
import { z } from 'zod';
import { AddressSchema, ProviderIdSchema } from './readings';

const instant = z.number().int().min(0).max(8.64e15);
const key = z.string().min(1).max(100);

/** A content script's report: the reading's own `matched` and problem fields, no values. */
export const HealthReportSchema = z.object({
  provider: ProviderIdSchema,
  account: AddressSchema.nullable(),
  readable: z.boolean(),
  view: z.enum(['list', 'conversation', 'other']),
  matched: z.record(key, z.string().max(200)).refine((r) => Object.keys(r).length <= 100, 'too many fields'),
  /** Field names of the reading's problems, once each with how often. */
  problems: z.array(z.object({ field: key, count: z.number().int().min(1).max(10_000) })).max(100),
  /** The plain sentence when the page could not be read at all. */
  detail: z.string().max(300),
});
export type HealthReport = z.infer<typeof HealthReportSchema>;

export const FieldHealthSchema = z.object({
  field: key,
  /** found: the chain's first entry matched; fallback: a later one; missing: the field could not be read. */
  state: z.enum(['fallback', 'missing']),
  entry: z.string().max(200).optional(),
  count: z.number().int().min(1).max(10_000).optional(),
});
export type FieldHealth = z.infer<typeof FieldHealthSchema>;

/** What the background keeps per provider and account: when it was last read and how well. */
export const PageHealthSchema = z.object({
  provider: ProviderIdSchema,
  account: AddressSchema.nullable(),
  /** Last reading, and when a reading last changed what it found. */
  at: instant,
  readable: z.boolean(),
  view: z.enum(['list', 'conversation', 'other']),
  /** How many fields were found with the chain's first entry. */
  found: z.number().int().min(0).max(1000),
  /** Only the fields that fell back or were not found. */
  fields: z.array(FieldHealthSchema).max(100),
  detail: z.string().max(300),
  /** The tab it was last read in, to ask that tab for a page outline. */
  tabId: z.number().int().min(0).optional(),
});
export type PageHealth = z.infer<typeof PageHealthSchema>;

export const MAX_HEALTH_ENTRIES = 12;
export const PageHealthStoreSchema = z.object({ version: z.literal(1), entries: z.array(PageHealthSchema).max(MAX_HEALTH_ENTRIES) });

/** Bounded: a real Gmail page outlines to well under this (see README). */
export const MAX_OUTLINE_CHARS = 8_000_000;

/** What a content script answers to `outline/make`. */
export const OutlineAnswerSchema = z.object({
  provider: ProviderIdSchema,
  html: z.string().max(MAX_OUTLINE_CHARS).startsWith('<!DOCTYPE html>'),
  elements: z.number().int().min(0),
  cut: z.number().int().min(0),
  ms: z.number().min(0),
});
export type OutlineAnswer = z.infer<typeof OutlineAnswerSchema>;

/** An open mail tab, for a "Save a page outline" button. */
export interface MailTab {
  tabId: number;
  provider: z.infer<typeof ProviderIdSchema>;
  account: string | null;
}
