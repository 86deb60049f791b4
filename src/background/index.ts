// The service worker. Listeners are registered at once, at top level, so an
// event that wakes the worker is never missed; answers wait for the
// `initialised` promise and are computed from the database (#7).
import { browser, type Runtime } from '../shared/browser';
import { refreshBadge, showStorageFull } from './badge';
import { db } from './context';
import { handlers } from './handlers';
import { ensureAlarms, onAlarm, onNotificationClicked } from './reminders';
import { createRouter } from './router';
import { STORAGE_FULL } from './storage-errors';

const initialised: Promise<void> = (async () => {
  await db.open();
  await ensureAlarms();
  await refreshBadge();
})().catch((err) => {
  console.error('FollowThrough: start-up failed', err instanceof Error ? err.message : err);
});

const route = createRouter(
  handlers,
  () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('') }),
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  initialised
    .then(() => route(message, sender))
    .then(async (answer) => {
      if (!answer.ok && answer.error === STORAGE_FULL) await showStorageFull(STORAGE_FULL).catch(() => undefined);
      return answer;
    }),
);
browser.alarms.onAlarm.addListener((alarm) => void initialised.then(() => onAlarm(alarm.name)));
browser.notifications.onClicked.addListener((id) => void initialised.then(() => onNotificationClicked(id)));
browser.runtime.onInstalled.addListener(() => void initialised.then(() => ensureAlarms()));
browser.runtime.onStartup.addListener(() => void initialised.then(() => refreshBadge()));
// Settings synced from another browser: the next read applies a new cadence; the badge and the kept first screen follow at once.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync') void initialised.then(() => refreshBadge());
});
