// The content script's life on a mail page: read the page when it changes
// (throttled), report readings that differ from the last one, and guard every
// compose window. Everything hangs off one AbortSignal, aborted when the
// extension is updated or removed under us (the script is then orphaned).
import type { MailProvider } from '../providers/types';
import { extensionAlive } from '../shared/browser';
import { request } from '../shared/messaging';
import type { PageReading } from '../shared/readings';
import { invalidateComposeContexts, watchComposes } from './compose-watch';
import { healthReporter } from './health-report';
import { answerOutlineRequests } from './outline-responder';
import { showUpdatedNotice } from './updated-notice';

const READ_THROTTLE_MS = 800;
const RETRY_MS = [300, 1_000, 3_000];

export function startContent(provider: MailProvider): void {
  const controller = new AbortController();
  const { signal } = controller;
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let orphaned = false;
  const reportHealth = healthReporter();

  const orphan = () => {
    if (orphaned) return;
    orphaned = true;
    controller.abort();
    showUpdatedNotice();
  };

  let retry: ReturnType<typeof setTimeout> | undefined;
  const send = async (reading: PageReading, attempt = 0) => {
    const key = readingKey(reading);
    if (key === lastSent) return;
    lastSent = key;
    if (retry !== undefined) clearTimeout(retry);
    retry = undefined;
    try {
      const result = await request('page/reading', { reading, url: location.href });
      if (result.recorded && (result.prospects ?? 0) > 0) {
        invalidateComposeContexts();
        watchComposes(provider, document, signal, orphan);
      }
    } catch (err) {
      if (!extensionAlive() || isContextGone(err)) return orphan();
      lastSent = '';
      // The worker can be stopped while it answers ("message port closed"):
      // a page that does not change again would never be read, so try the
      // same reading again a few times, then on the next change.
      const delay = RETRY_MS[attempt];
      if (delay !== undefined && !signal.aborted) retry = setTimeout(() => void send(reading, attempt + 1), delay);
    }
  };

  const readNow = () => {
    timer = undefined;
    if (signal.aborted) return;
    if (!extensionAlive()) return orphan();
    let reading: PageReading;
    try {
      reading = provider.readPage(document, Date.now());
    } catch {
      // A reader must never throw into the page; if it does anyway, say the page can't be read.
      reading = { provider: provider.id, account: null, view: 'other', threads: [], problems: [{ field: 'page', detail: `Can't read this ${provider.id === 'gmail' ? 'Gmail' : 'Outlook'} page` }], readable: false };
    }
    void send(reading);
    // The reading's `matched` entries and problems, for the options page's page health (#15).
    void reportHealth(reading);
    watchComposes(provider, document, signal, orphan);
  };

  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(readNow, READ_THROTTLE_MS);
  };

  // The observer only marks the page dirty; the reading itself is throttled.
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'data-thread-id', 'data-convid', 'aria-selected'] });
  answerOutlineRequests(provider, signal);
  window.addEventListener('hashchange', schedule, { signal });
  window.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (retry !== undefined) clearTimeout(retry);
  });
  readNow();
}

// "Receiving end does not exist" alone is not proof: a live extension says it
// while its worker restarts. An orphaned script has lost runtime.id too.
function isContextGone(err: unknown): boolean {
  return err instanceof Error && /context invalidated/i.test(err.message);
}

/** Two readings with the same key carry the same facts (first-seen times aside). */
export function readingKey(reading: PageReading): string {
  return JSON.stringify({
    a: reading.account,
    r: reading.readable,
    v: reading.view,
    p: reading.problems.map((p) => p.field),
    t: reading.threads.map((t) => [t.threadKey, t.source, t.subject, t.summary?.lastAt, t.summary?.unread, t.messages.map((m) => [m.messageId, m.from.address, m.atSource === 'first-seen' ? 'first-seen' : m.at, m.kind])]),
  });
}
