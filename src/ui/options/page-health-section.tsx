// Page health (#15): for each mail account, when its page was last read and
// which fields fell back to a later selector or were not found, so a broken
// reader can be told from an empty mailbox. Each open mail tab offers a page
// outline to attach to a bug report.
import { useEffect, useState } from 'preact/hooks';
import type { FieldHealth, MailTab, PageHealth } from '../../shared/page-health';
import { errorText } from '../shared/client';
import { relativeTime } from '../shared/relative-time';
import { SaveOutlineButton } from '../shared/save-outline';
import type { OptionsClient } from './options-client';

// What the readers' field names mean to a user; any other name is spelled out from its own words.
const FIELD_WORDS: Record<string, string> = {
  main: 'main area', list: 'message list', row: 'list rows', listRow: 'list rows', rowThread: 'thread id in the list', 'list.threadKey': 'thread id in the list',
  rowSubject: 'subject in the list', rowPeople: 'people in the list', rowDate: 'date in the list', 'list.date': 'date in the list', rowCount: 'message count',
  convHeading: 'subject', subject: 'subject', message: 'messages', 'conversation.message': 'messages', messageFrom: 'sender', sender: 'sender', 'conversation.sender': 'sender',
  messageTo: 'recipients', to: 'recipients', cc: 'cc', messageDate: 'date', 'conversation.time': 'date', 'conversation.threadKey': 'thread id', conversationId: 'conversation id',
  'conversation.id': 'conversation id', readingPane: 'reading pane', conversation: 'conversation', account: 'your address',
};

export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field.replace(/[._]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const providerName = (p: PageHealth['provider']) => (p === 'gmail' ? 'Gmail' : 'Outlook');

function fieldText(f: FieldHealth): string {
  if (f.state === 'fallback') return `${fieldWords(f.field)}: fallback (${f.entry})`;
  return `${fieldWords(f.field)}: not found${f.count && f.count > 1 ? ` (${f.count}×)` : ''}`;
}

/** "Gmail · me@x.com · read 2 minutes ago · all fields found" */
export function healthLine(h: PageHealth, now: number): string {
  const parts = [providerName(h.provider), h.account ?? 'account not known', `read ${relativeTime(h.at, now)}`];
  if (!h.readable) parts.push(h.detail || "can't read this page");
  else if (h.fields.length === 0) parts.push(h.found ? 'all fields found' : 'nothing to read on this page yet');
  else parts.push(...h.fields.map(fieldText));
  return parts.join(' · ');
}

type Loaded = { now: number; entries: PageHealth[]; tabs: MailTab[] };

export function PageHealthSection({ client }: { client: OptionsClient }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      setData(await client.request('health/get', {}));
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };
  useEffect(() => void load(), []);

  return (
    <section class="card" aria-labelledby="health-title" data-testid="page-health">
      <h2 id="health-title">Page health</h2>
      <p class="section-intro">How well FollowThrough reads each mail page. A field that "fell back" was found by a less precise selector; one "not found" could not be read, so the list may miss mail. An empty mailbox shows all fields found.</p>
      {error && <p class="ft-hint error" role="alert">{error}</p>}
      {data && data.entries.length === 0 && <p class="ft-hint">No mail page read yet. Open Gmail or Outlook on the web in a tab.</p>}
      {data && data.entries.length > 0 && (
        <ul class="health-list">
          {data.entries.map((h) => (
            <li key={`${h.provider}:${h.account ?? ''}`} class={h.readable && h.fields.length === 0 ? 'health ok' : 'health warn'} data-testid="health-entry">
              {healthLine(h, data.now)}
            </li>
          ))}
        </ul>
      )}
      {data && data.tabs.length > 0 && (
        <div class="health-tabs">
          <p class="ft-hint">To report a page FollowThrough reads wrongly, save its outline and attach the file: it keeps the page's structure and replaces every name, address, subject and text by its shape (aaaa@aaaa.aaa). Nothing is sent anywhere.</p>
          {data.tabs.map((t) => (
            <SaveOutlineButton key={t.tabId} request={client.request} target={{ tabId: t.tabId }} save={client.download} label={`Save a page outline of ${providerName(t.provider)}${t.account ? ` (${t.account})` : ''}`} />
          ))}
        </div>
      )}
      <button type="button" class="ft-button quiet" onClick={() => void load()}>Refresh</button>
    </section>
  );
}
