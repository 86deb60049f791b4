// Export, import and delete-all: accepted from extension pages only (the
// protocol table says so).
import { browser } from '../../shared/browser';
import type { Answers, ParsedPayload } from '../../shared/protocol';
import { refreshBadge } from '../badge';
import { store } from '../context';
import { scheduleReminders } from '../reminders';

export async function onExport({ format }: ParsedPayload<'data/export'>): Promise<Answers['data/export']> {
  const now = Date.now();
  const day = new Date(now).toISOString().slice(0, 10);
  if (format === 'csv') return { filename: `followthrough-prospects-${day}.csv`, mime: 'text/csv', text: await store.exportCsv(now) };
  return { filename: `followthrough-export-${day}.json`, mime: 'application/json', text: JSON.stringify(await store.exportJson(now)) };
}

export async function onImport({ json }: ParsedPayload<'data/import'>): Promise<Answers['data/import']> {
  const now = Date.now();
  const result = await store.importJson(json, now);
  if (!result.ok) return result;
  // Imported "sleep on it" reminders ring like the ones set here.
  await scheduleReminders(result.reminders);
  await refreshBadge(now);
  return { ok: true, counts: result.counts };
}

export async function onDeleteAll(): Promise<Answers['data/delete-all']> {
  await store.deleteAll();
  await browser.storage.local.clear();
  // The popup's kept first screen too (it is written again, empty, with the badge).
  await browser.storage.session.clear();
  await refreshBadge();
  return { deleted: true };
}
