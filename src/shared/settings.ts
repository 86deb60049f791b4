// Settings: small preferences that follow the user across their browsers
// (storage.sync), owned by the background (#18). The ignore lists are not
// here: they are data, can be long, and live in IndexedDB (src/db/ignore.ts).
// Stored values of unknown shape fall back to their defaults one by one, so
// one bad value never throws away the rest; a change asked for by a page is
// checked strictly instead, and refused with a message.
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

/** The steps of a cadence: one to ten whole numbers of days, each 1 to 365. */
export const StepsSchema = z.array(days).min(1).max(10);

const fields = {
  stepsDays: StepsSchema,
  dormantEveryDays: days,
  businessDays: z.boolean(),
  dueHour: hour,
  /** Empty: the browser's own time zone. */
  timeZone: z.string().max(64).refine((tz) => tz === '' || validTimeZone(tz), 'not a time zone this browser knows'),
  fatigueInARow: z.number().int().min(1).max(20),
  disabledToneRules: z.array(z.string().max(100)).max(200),
  dailySummary: z.boolean(),
  sidebarCollapsed: z.boolean(),
  /** Record incognito tabs (off unless the user allows it). */
  recordIncognito: z.boolean(),
};

const DEFAULTS = {
  stepsDays: DEFAULT_CADENCE.stepsDays,
  dormantEveryDays: DEFAULT_CADENCE.dormantEveryDays,
  businessDays: DEFAULT_CADENCE.businessDays,
  dueHour: DEFAULT_CADENCE.dueHour,
  timeZone: '',
  fatigueInARow: DEFAULT_CADENCE.fatigueInARow,
  disabledToneRules: [] as string[],
  dailySummary: true,
  sidebarCollapsed: false,
  recordIncognito: false,
};

export const SettingsSchema = z.object({
  stepsDays: fields.stepsDays.catch(DEFAULTS.stepsDays),
  dormantEveryDays: fields.dormantEveryDays.catch(DEFAULTS.dormantEveryDays),
  businessDays: fields.businessDays.catch(DEFAULTS.businessDays),
  dueHour: fields.dueHour.catch(DEFAULTS.dueHour),
  timeZone: fields.timeZone.catch(DEFAULTS.timeZone),
  fatigueInARow: fields.fatigueInARow.catch(DEFAULTS.fatigueInARow),
  disabledToneRules: fields.disabledToneRules.catch(DEFAULTS.disabledToneRules),
  dailySummary: fields.dailySummary.catch(DEFAULTS.dailySummary),
  sidebarCollapsed: fields.sidebarCollapsed.catch(DEFAULTS.sidebarCollapsed),
  recordIncognito: fields.recordIncognito.catch(DEFAULTS.recordIncognito),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change asked for by a page or an import: only the fields it names, each checked strictly. */
export const SettingsPatchSchema = z.object(fields).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** The synced keys, as stored (PRIVACY.md and the options page list the same). */
export const SETTINGS_KEYS = Object.keys(fields) as (keyof Settings)[];

/** The settings that change a prospect's status: a change to any of them recomputes every status. */
export const CADENCE_KEYS = ['stepsDays', 'dormantEveryDays', 'businessDays', 'dueHour', 'timeZone', 'fatigueInARow'] as const satisfies readonly (keyof Settings)[];

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

/** Which cadence produced a cached status: when this changes, every cached status is recomputed. */
export function cadenceKey(cadence: CadenceSettings): string {
  return JSON.stringify([cadence.stepsDays, cadence.dormantEveryDays, cadence.businessDays, cadence.dueHour, cadence.timeZone, cadence.fatigueInARow, cadence.fatigueWithinCount, cadence.fatigueWithinHours]);
}
