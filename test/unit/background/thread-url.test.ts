import { describe, expect, it } from 'vitest';
import { mailBase, threadUrl } from '../../../src/background/thread-url';

describe('the mailbox a tab shows', () => {
  it.each([
    ['https://mail.google.com/mail/u/1/#inbox/19a4c0de00000001', 'https://mail.google.com/mail/u/1/'],
    ['https://mail.google.com/mail/b/ABCdef123/u/0/#inbox', 'https://mail.google.com/mail/b/ABCdef123/u/0/'],
    ['https://mail.google.com/mail/#inbox', 'https://mail.google.com/mail/u/0/'],
    ['https://outlook.office.com/mail/inbox/id/AAQk', 'https://outlook.office.com/mail/'],
    ['https://outlook.live.com/mail/0/', 'https://outlook.live.com/mail/'],
    ['https://outlook.cloud.microsoft/mail/inbox/id/AAQk', 'https://outlook.cloud.microsoft/mail/'],
  ])('%s → %s', (url, base) => expect(mailBase(url)).toBe(base));

  it.each(['http://mail.google.com/mail/u/0/', 'https://evil.example/mail/u/0/', 'not a url'])('%s is no mailbox', (url) => expect(mailBase(url)).toBeNull());
});

describe('the address that opens a thread', () => {
  it('Gmail: in the tab of that account when known, else by account address, never by a guessed /u/N', () => {
    expect(threadUrl('gmail', 'sam@northwind-studio.com', '19a4c0de00000001', 'https://mail.google.com/mail/u/1/')).toBe('https://mail.google.com/mail/u/1/#all/19a4c0de00000001');
    expect(threadUrl('gmail', 'sam@northwind-studio.com', '19a4c0de00000001')).toBe('https://mail.google.com/mail/u/?authuser=sam%40northwind-studio.com#all/19a4c0de00000001');
  });
  it('Outlook: the host the account was seen on, else by the kind of address, with the id escaped', () => {
    expect(threadUrl('outlook', 'ada@example.com', 'AAQk+/=', 'https://outlook.office365.com/mail/')).toBe('https://outlook.office365.com/mail/inbox/id/AAQk%2B%2F%3D');
    expect(threadUrl('outlook', 'ada@example.com', 'AAQk', 'https://outlook.cloud.microsoft/mail/')).toBe('https://outlook.cloud.microsoft/mail/inbox/id/AAQk');
    expect(threadUrl('outlook', 'ada@outlook.com', 'AAQk')).toBe('https://outlook.live.com/mail/inbox/id/AAQk');
    expect(threadUrl('outlook', 'ada@example.com', 'AAQk')).toBe('https://outlook.office.com/mail/inbox/id/AAQk');
  });
});
