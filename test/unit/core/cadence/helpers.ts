import type { CadenceSettings, Prospect, Touch } from '../../../../src/core/model';
import { DEFAULT_CADENCE } from '../../../../src/core/model';

// Fixtures for the cadence tables. All times are written as ISO instants in
// UTC; comments give the Berlin wall time where it matters.

export const BERLIN: CadenceSettings = { ...DEFAULT_CADENCE, timeZone: 'Europe/Berlin' };
export const at = (iso: string): number => Date.parse(iso);

let seq = 0;
export function touch(iso: string, fields: Partial<Touch> = {}): Touch {
  return { id: `t${++seq}`, prospectId: 'p1', channel: 'email', direction: 'out', at: at(iso), ...fields };
}
export const reply = (iso: string, fields: Partial<Touch> = {}) => touch(iso, { direction: 'in', ...fields });

export function prospect(fields: Partial<Prospect> = {}): Prospect {
  return { id: 'p1', account: 'me@example.com', addresses: ['dana@acme.test'], name: 'Dana Whitfield', createdAt: at('2026-10-01T08:00:00Z'), ...fields };
}

/** Weekday name and hour of an instant in a zone, read with Intl independently of the engine. */
export function wallClock(ms: number, timeZone: string): { weekday: string; hour: number; minute: number; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return { weekday: parts.weekday!, hour: Number(parts.hour), minute: Number(parts.minute), date: `${parts.year}-${parts.month}-${parts.day}` };
}
