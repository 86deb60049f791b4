// Settings that follow the user across their browsers (storage.sync),
// validated with zod. Missing or invalid fields fall back to their defaults
// one by one, so one bad value never throws away the rest.
import { z } from 'zod';
import { DEFAULT_CADENCE, type CadenceSettings } from '../core/model';

const hour = z.number().int().min(0).max(23);
const days = z.number().int().min(1).max(365);

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const SettingsSchema = z.object({
  stepsDays: z.array(days).min(1).max(10).catch(DEFAULT_CADENCE.stepsDays),
  dormantEveryDays: days.catch(DEFAULT_CADENCE.dormantEveryDays),
  businessDays: z.boolean().catch(DEFAULT_CADENCE.businessDays),
  dueHour: hour.catch(DEFAULT_CADENCE.dueHour),
  /** Empty: the browser's own time zone. */
  timeZone: z.string().max(64).refine((tz) => tz === '' || validTimeZone(tz)).catch(''),
  fatigueInARow: z.number().int().min(1).max(20).catch(DEFAULT_CADENCE.fatigueInARow),
  disabledToneRules: z.array(z.string().max(100)).max(200).catch([]),
  ignoredPeople: z.array(z.string().max(320)).max(5000).catch([]),
  ignoredDomains: z.array(z.string().max(253)).max(2000).catch([]),
  dailySummary: z.boolean().catch(true),
  sidebarCollapsed: z.boolean().catch(false),
  /** Record incognito tabs (off unless the user allows it). */
  recordIncognito: z.boolean().catch(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads stored settings of unknown shape: every invalid or missing field takes its default. */
export function parseSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' ? raw : {};
  return SettingsSchema.parse(obj);
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function cadenceOf(settings: Settings): CadenceSettings {
  return {
    ...DEFAULT_CADENCE,
    stepsDays: settings.stepsDays,
    dormantEveryDays: settings.dormantEveryDays,
    businessDays: settings.businessDays,
    dueHour: settings.dueHour,
    timeZone: settings.timeZone || localTimeZone(),
    fatigueInARow: settings.fatigueInARow,
  };
}
