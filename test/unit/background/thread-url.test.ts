import { describe, expect, it } from 'vitest';
import { threadUrl } from '../../../src/background/thread-url';

describe('the address that opens a thread', () => {
  it('Gmail: by account address, never by /u/N, and the hex thread id', () => {
    expect(threadUrl('gmail', 'sam@northwind-studio.com', '19a4c0de00000001')).toBe('https://mail.google.com/mail/u/?authuser=sam%40northwind-studio.com#all/19a4c0de00000001');
  });
  it('Outlook: the consumer host for consumer accounts, the work host otherwise, with the id escaped', () => {
    expect(threadUrl('outlook', 'ada@outlook.com', 'AAQk+/=')).toBe('https://outlook.live.com/mail/inbox/id/AAQk%2B%2F%3D');
    expect(threadUrl('outlook', 'ada@example.com', 'AAQk')).toBe('https://outlook.office.com/mail/inbox/id/AAQk');
  });
});
