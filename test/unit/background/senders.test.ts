import { describe, expect, it } from 'vitest';
import { isMailUrl, senderKind } from '../../../src/background/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who may send a message', () => {
  it('accepts a content script in a tab on every mail host, including outlook.cloud.microsoft', () => {
    for (const url of ['https://mail.google.com/mail/u/0/', 'https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/', 'https://outlook.live.com/mail/0/', 'https://outlook.cloud.microsoft/mail/inbox']) {
      expect(isMailUrl(url), url).toBe(true);
      expect(senderKind({ id: ID, url, tab: { id: 3 } }, ID, ORIGIN), url).toBe('content');
    }
  });

  it('refuses look-alike hosts, plain http and senders without a tab', () => {
    for (const url of ['https://outlook.cloud.microsoft.evil.example/mail/', 'https://evil.cloud.microsoft/mail/', 'http://outlook.cloud.microsoft/mail/', 'https://cloud.microsoft/mail/']) {
      expect(isMailUrl(url), url).toBe(false);
      expect(senderKind({ id: ID, url, tab: { id: 3 } }, ID, ORIGIN), url).toBeNull();
    }
    expect(senderKind({ id: ID, url: 'https://outlook.cloud.microsoft/mail/' }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: 'other', url: 'https://outlook.cloud.microsoft/mail/', tab: { id: 3 } }, ID, ORIGIN)).toBeNull();
  });
});
