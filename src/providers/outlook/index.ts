// Outlook on the web (#6): outlook.office.com, outlook.office365.com,
// outlook.live.com and outlook.cloud.microsoft (where Microsoft 365 work
// accounts land now, #15), behind the shared MailProvider interface.
import type { MailProvider } from '../types';
import { findOutlookComposes } from './compose';
import { knownPeople, readConversation } from './conversation';
import { dateOrderFor } from './dates';
import { readOutlookPage } from './read-page';
import { watchOutlookSend } from './send-outcome';

export { mergeListRows } from './list';
export { parseOutlookDate } from './dates';
export { UNREADABLE_DETAIL } from './read-page';

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

export const outlookProvider: MailProvider = {
  id: 'outlook',
  matches(url: URL): boolean {
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && /^\/(?:mail|owa)(?:\/|$)/.test(url.pathname);
  },
  readPage(doc, now) {
    try {
      return readOutlookPage(doc, now);
    } catch (error) {
      // Never throw into the page: an exception is one more way of not reading it.
      return {
        provider: 'outlook', account: null, view: 'other', threads: [], readable: false,
        problems: [{ field: 'page', detail: `can't read this Outlook page: ${String(error).slice(0, 200)}` }],
      };
    }
  },
  findComposes(doc) {
    try {
      return findOutlookComposes(doc, {
        conversation() {
          const c = readConversation(doc, Date.now(), dateOrderFor(doc.documentElement?.getAttribute('lang')), []).thread;
          return c ? { threadKey: c.threadKey, subject: c.subject, people: knownPeople(c) } : null;
        },
      }).handles;
    } catch {
      return [];
    }
  },
  watchSendOutcome(doc, compose, signal) {
    return watchOutlookSend(doc, compose, signal);
  },
  sidebarAnchor(compose) {
    return compose.root;
  },
};
