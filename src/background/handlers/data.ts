// Export, import and delete-all: accepted from extension pages only (the
// protocol table says so).
import { deleteAll, exportCsv, exportJson, importJson } from '../../db/transfer';
import { browser } from '../../shared/browser';
import type { ParsedPayload } from '../../shared/protocol';
import { refreshBadge } from '../badge';
import { db, ingestContext, saveSettings } from '../context';

export async function onExport({ format }: ParsedPayload<'data/export'>) {
  const now = Date.now();
  const { settings, cadence } = await ingestContext(now);
  if (format === 'csv') return { filename: `followthrough-prospects-${new Date(now).toISOString().slice(0, 10)}.csv`, mime: 'text/csv', text: await exportCsv(db, cadence, now) };
  const data = await exportJson(db, settings, now);
  return { filename: `followthrough-export-${new Date(now).toISOString().slice(0, 10)}.json`, mime: 'application/json', text: JSON.stringify(data) };
}

export async function onImport({ json }: ParsedPayload<'data/import'>) {
  const result = await importJson(db, json);
  if (!result.ok) return result;
  await saveSettings(result.settings);
  await refreshBadge();
  return { ok: true as const, counts: result.counts };
}

export async function onDeleteAll() {
  await deleteAll(db);
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  await refreshBadge();
  return { deleted: true };
}
