// "Save a page outline" (#15): asks a mail tab for its redacted page outline
// and saves it as a file for the user to attach to a bug report.
import { useState } from 'preact/hooks';
import type { Payload } from '../../shared/protocol';
import { errorText, type RequestFn } from './client';
import { saveFile } from './save-file';

export type OutlineTarget = Payload<'page/outline'>;

export function SaveOutlineButton({ request, target, label = 'Save a page outline', save = saveFile }: {
  request: RequestFn;
  target: OutlineTarget;
  label?: string;
  save?: typeof saveFile;
}) {
  const [state, setState] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const outline = await request('page/outline', target);
      save(outline.fileName, 'text/html', outline.html);
      setState({ text: `Saved ${outline.fileName}. It holds the page's structure only: no names, addresses, subjects or mail. Attach it to your report.`, error: false });
    } catch (err) {
      setState({ text: errorText(err), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="save-outline">
      <button type="button" class="ft-button" disabled={busy} onClick={() => void run()} data-testid="save-outline">{busy ? 'Saving…' : label}</button>
      {state && <span class={state.error ? 'ft-hint error' : 'ft-hint'} role="status" data-testid="save-outline-status">{state.text}</span>}
    </span>
  );
}
