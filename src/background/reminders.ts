// Alarms and notifications: the periodic badge refresh, the once-a-day
// summary, and "sleep on it" reminders. Alarms survive the worker stopping;
// what each one is about lives in the database, not in memory.
import type { ReminderRow } from '../db/schema';
import type { ComposeSnapshot } from '../shared/readings';
import { browser } from '../shared/browser';
import { cadenceOf } from '../shared/settings';
import { localDay, zonedInstant } from '../core/cadence';
import { refreshBadge } from './badge';
import { db, store } from './context';

export const REFRESH_ALARM = 'refresh';
export const SUMMARY_ALARM = 'daily-summary';
const REMINDER_PREFIX = 'reminder:';
/** Often enough that a prospect becoming due shows on the badge within 15 minutes (#7). */
export const REFRESH_MINUTES = 5;

/** `hour`:00 local time `daysAhead` days after today; with 0, the next such time after `now`. */
export function nextMorning(now: number, hour: number, timeZone: string, daysAhead = 1): number {
  const today = localDay(timeZone, now);
  const at = zonedInstant(timeZone, today + daysAhead, hour);
  return daysAhead === 0 && at <= now ? zonedInstant(timeZone, today + 1, hour) : at;
}

export async function ensureAlarms(): Promise<void> {
  const existing = await browser.alarms.getAll();
  if (!existing.some((a) => a.name === REFRESH_ALARM)) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  if (!existing.some((a) => a.name === SUMMARY_ALARM)) await scheduleSummary();
}

async function scheduleSummary(): Promise<void> {
  const cadence = cadenceOf(await store.settings(Date.now()));
  await browser.alarms.create(SUMMARY_ALARM, { when: nextMorning(Date.now(), cadence.dueHour, cadence.timeZone, 0) });
}

/** An alarm for each reminder (those an import brought in); one already due rings at once. */
export async function scheduleReminders(reminders: readonly ReminderRow[]): Promise<void> {
  for (const r of reminders) await browser.alarms.create(REMINDER_PREFIX + r.id, { when: r.at });
}

export async function scheduleSleepOnIt(compose: ComposeSnapshot, url: string, now: number): Promise<number> {
  const cadence = cadenceOf(await store.settings(now));
  const at = nextMorning(now, cadence.dueHour, cadence.timeZone);
  const id = `${compose.provider}:${compose.composeId}:${now}`;
  const to = [...compose.to, ...compose.cc].map((r) => r.address ?? r.name ?? '').filter(Boolean);
  await db.reminders.put({ id, kind: 'sleep-on-it', at, url, subject: compose.subject, to, createdAt: now });
  try {
    await browser.alarms.create(REMINDER_PREFIX + id, { when: at });
  } catch (err) {
    // A reminder with no alarm would never fire: say it failed (#17), and keep no row that promises otherwise.
    await db.reminders.delete(id).catch(() => undefined);
    throw err;
  }
  return at;
}

export async function onAlarm(name: string): Promise<void> {
  if (name === REFRESH_ALARM) {
    await refreshBadge();
  } else if (name === SUMMARY_ALARM) {
    await sendSummary();
    await scheduleSummary();
  } else if (name.startsWith(REMINDER_PREFIX)) {
    const reminder = await db.reminders.get(name.slice(REMINDER_PREFIX.length));
    if (!reminder) return;
    await browser.notifications.create(name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: 'You slept on a follow-up',
      message: `Your draft${reminder.to.length ? ` to ${reminder.to.join(', ')}` : ''}${reminder.subject ? ` ("${reminder.subject}")` : ''} is still there. Read it once more with fresh eyes.`,
      priority: 1,
    });
  }
}

async function sendSummary(): Promise<void> {
  const now = Date.now();
  if (!(await store.settings(now)).dailySummary) return;
  const { count } = await store.dueSummary(now);
  if (count === 0) return;
  await browser.notifications.create(SUMMARY_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: 'FollowThrough',
    message: `${count} follow-up${count === 1 ? '' : 's'} due today`,
  });
}

/** A click on a reminder opens the draft's thread; on the summary, the popup's list in a tab. */
export async function onNotificationClicked(id: string): Promise<void> {
  if (id.startsWith(REMINDER_PREFIX)) {
    const reminder = await db.reminders.get(id.slice(REMINDER_PREFIX.length));
    if (reminder) {
      await browser.tabs.create({ url: reminder.url });
      await db.reminders.delete(reminder.id);
    }
  } else if (id === SUMMARY_ALARM) {
    await browser.tabs.create({ url: browser.runtime.getURL('src/ui/popup/index.html') });
  }
  await browser.notifications.clear(id);
}
