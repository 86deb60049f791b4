// The Gmail provider (issue 5): reads mail.google.com pages behind the shared
// MailProvider interface. Pure over the document; never writes into Gmail's
// DOM; never throws into the page.
import type { MailProvider } from '../types';
import { findGmailComposes, type GmailComposeHandle } from './compose';
import { readGmailPage } from './read-page';
import { watchGmailSendOutcome } from './send-outcome';

export const gmailProvider = {
  id: 'gmail',
  matches(url: URL): boolean {
    return url.protocol === 'https:' && url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/');
  },
  readPage: readGmailPage,
  findComposes: findGmailComposes,
  watchSendOutcome(doc, compose, signal) {
    return watchGmailSendOutcome(doc, compose as GmailComposeHandle, signal);
  },
} satisfies MailProvider;

export { CANT_READ } from './read-page';
export { parseGmailTitle } from './dates';
export { gmailIdKey } from './ids';
export { readListRows } from './list';
export { gmailSelectors } from './selectors';
export type { GmailComposeHandle } from './compose';
