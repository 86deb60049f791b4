// The Outlook on the web reader (#6) on fixture pages in happy-dom, the unit
// test environment: a 100-row message list and a 50-message conversation, each
// with the Gmail issue's budget of under 5 ms median per reading.
import { Window } from 'happy-dom';
import { outlookProvider } from '../../src/providers/outlook';
import { outlookPage } from '../../test/fixtures/outlook/build-page';
import { NOW, bigMailbox } from '../../test/fixtures/outlook/sample-mailbox';
import { type BenchRow, type BenchSuite, measure } from '../types';

function load(html: string): Document {
  const window = new Window({ url: 'https://outlook.office.com/mail/' });
  window.document.write(html);
  return window.document as unknown as Document;
}

function row(name: string, doc: Document, runs: number, check: (n: number) => boolean, notes: string): BenchRow {
  const reading = outlookProvider.readPage(doc, NOW);
  const threads = reading.threads.length;
  const messages = reading.threads.reduce((n, t) => n + t.messages.length, 0);
  if (!reading.readable || !check(reading.threads.length + messages)) throw new Error(`${name}: the reader did not read the page (${threads} threads, ${messages} messages)`);
  // The content script reads after the page changed; a change also empties
  // happy-dom's query cache, which would otherwise make repeat readings look free.
  const marker = doc.createElement('span');
  const m = measure(() => {
    doc.body.append(marker);
    outlookProvider.readPage(doc, NOW);
    marker.remove();
  }, runs);
  return { name, median: m.median, unit: 'ms', spread: m.spread, runs: m.runs, budget: '< 5 ms', withinBudget: m.median < 5, notes };
}

export default (async ({ quick }) => {
  const runs = quick ? 15 : 200;
  const list = load(outlookPage({ ...bigMailbox(100, 3), openThreadId: undefined }));
  const conversation = load(outlookPage(bigMailbox(1, 50)));
  return [
    row('outlook reader: 100-row message list', list, runs, (n) => n === 100, 'happy-dom, each reading after a DOM change; readPage: account, 100 rows (subject, date, unread, participants, count)'),
    row('outlook reader: 50-message conversation', conversation, runs, (n) => n === 1 + 1 + 50, 'happy-dom, each reading after a DOM change; readPage: account, 1 row, 50 messages (sender, recipients, time)'),
  ];
}) satisfies BenchSuite;
