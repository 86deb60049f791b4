// The Gmail reader (#5) on fixture pages in happy-dom, the unit test
// environment: a 100-row thread list and a 50-message conversation, each
// under 5 ms median per reading (the budget).
import { Window } from 'happy-dom';
import { gmailProvider } from '../../src/providers/gmail';
import { gmailPage, type GmailLayout } from '../../test/fixtures/gmail/build-page';
import { NOW, bigMailbox } from '../../test/fixtures/gmail/sample-mailbox';
import { type BenchRow, type BenchSuite, measure } from '../types';

function load(html: string): Document {
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/#inbox', settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

function row(name: string, doc: Document, runs: number, expect: { threads: number; messages: number }, notes: string): BenchRow {
  const reading = gmailProvider.readPage(doc, NOW);
  const messages = reading.threads.reduce((n, t) => n + t.messages.length, 0);
  if (!reading.readable || reading.threads.length !== expect.threads || messages !== expect.messages) {
    throw new Error(`${name}: the reader did not read the page (${reading.threads.length} threads, ${messages} messages)`);
  }
  // The content script reads after the page changed; a change also empties
  // happy-dom's query cache, which would otherwise make repeat readings look free.
  const marker = doc.createElement('span');
  const m = measure(() => {
    doc.body.append(marker);
    gmailProvider.readPage(doc, NOW);
    marker.remove();
  }, runs);
  return { name, median: m.median, unit: 'ms', spread: m.spread, runs: m.runs, budget: '< 5 ms', withinBudget: m.median < 5, notes };
}

export default (async ({ quick }) => {
  const runs = quick ? 15 : 200;
  const layout: GmailLayout = 'default';
  const list = load(gmailPage(bigMailbox(100, 3, false), layout));
  // One open 50-message thread; the list (hidden behind it, as in Gmail) holds just that thread.
  const conversation = load(gmailPage(bigMailbox(1, 50, true), layout));
  const vertical = load(gmailPage(bigMailbox(100, 3, false), 'vertical'));
  return [
    row('gmail reader: 100-row thread list', list, runs, { threads: 100, messages: 0 }, 'happy-dom, each reading after a DOM change; readPage: account, 100 rows (id, subject, senders, date, unread, count)'),
    row('gmail reader: 100-thread list, vertical pane (300 rows)', vertical, runs, { threads: 100, messages: 0 }, 'as above, one thread over three tr.zA.apv rows'),
    row('gmail reader: 50-message conversation', conversation, runs, { threads: 2, messages: 50 }, 'happy-dom, each reading after a DOM change; readPage: account, 1 row, 50 messages (id, sender, recipients, time), 49 collapsed'),
  ];
}) satisfies BenchSuite;
