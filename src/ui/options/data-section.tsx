// Your data: export it, bring it back, or delete all of it. Everything the
// background says about an import is shown as it said it.
import { useState } from 'preact/hooks';
import { IMPORT_MAX_BYTES } from '../../shared/protocol';
import { errorText } from '../shared/client';
import type { OptionsClient } from './options-client';

const CONFIRM = 'delete everything';

type Outcome = { text: string; error: boolean } | null;

function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([k, n]) => `${n.toLocaleString('en')} ${k}`);
  return `Imported ${parts.join(', ')}.`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

export function DataSection({ client, onDeleted, onImported }: { client: OptionsClient; onDeleted: () => void; onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState('');

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setOutcome({ text: await work(), error: false });
    } catch (err) {
      setOutcome({ text: errorText(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'json' | 'csv') =>
    run(async () => {
      const file = await client.request('data/export', { format });
      client.download(file.filename, file.mime, file.text);
      return `Saved ${file.filename} to your downloads.`;
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      // Checked here, before the file is read or sent: a message that large would fail with the browser's own error.
      if (file.size > IMPORT_MAX_BYTES) throw new Error(`This file was not imported, nothing was changed: it is ${megabytes(file.size)}, and FollowThrough imports files up to ${megabytes(IMPORT_MAX_BYTES)}.`);
      const result = await client.request('data/import', { json: await file.text() });
      if (!result.ok) throw new Error(result.error);
      onImported();
      return countsText(result.counts);
    });
  };

  const deleteAll = () =>
    run(async () => {
      await client.request('data/delete-all', { confirm: CONFIRM });
      setConfirm('');
      onDeleted();
      return 'Everything was deleted: prospects, timelines and settings.';
    });

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="section-intro">Everything FollowThrough knows lives in this browser and nowhere else. Take it with you, or remove it.</p>
      <div class="data-row">
        <div>
          <h3>Export</h3>
          <p class="ft-hint">JSON holds everything and can be imported again; CSV opens in a spreadsheet.</p>
        </div>
        <div class="buttons">
          <button type="button" class="ft-button" disabled={busy} onClick={() => void exportAs('json')}>Export JSON</button>
          <button type="button" class="ft-button" disabled={busy} onClick={() => void exportAs('csv')}>Export CSV</button>
        </div>
      </div>
      <div class="data-row">
        <div>
          <h3>Import</h3>
          <p class="ft-hint">A FollowThrough JSON export. Prospects in the file are added or updated, and settings it names are changed; nothing else is removed or reset. Up to {megabytes(IMPORT_MAX_BYTES)}.</p>
        </div>
        <div class="buttons">
          <label class="ft-button file-button">
            Import JSON…
            <input type="file" accept="application/json,.json" class="ft-visually-hidden" disabled={busy} onChange={(e) => importFile(e.currentTarget)} />
          </label>
        </div>
      </div>
      <div class="data-row danger-zone">
        <div>
          <h3>Delete everything</h3>
          <p class="ft-hint" id="delete-help">Removes every prospect, timeline, reminder and setting. This cannot be undone. Type “{CONFIRM}” to confirm.</p>
          <input class="ft-input" aria-label={`Type ${CONFIRM} to confirm`} aria-describedby="delete-help" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} autoComplete="off" />
        </div>
        <div class="buttons">
          <button type="button" class="ft-button danger primary" disabled={busy || confirm.trim().toLowerCase() !== CONFIRM} onClick={() => void deleteAll()}>Delete everything</button>
        </div>
      </div>
      <p class={outcome?.error ? 'outcome error' : 'outcome'} role="status" data-testid="data-outcome">{outcome?.text ?? ''}</p>
    </section>
  );
}
