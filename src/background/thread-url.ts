// Where to open a prospect's thread in the mail app: in the tab where that
// account's mail is already open when there is one (its address base, as the
// content script last reported it), else at an address that picks the account.

import { mailBase } from '../shared/mail-base';

export { mailBase };

export function threadUrl(provider: 'gmail' | 'outlook', account: string, threadKey: string, base?: string | null): string {
  const key = encodeURIComponent(threadKey);
  if (provider === 'gmail') return base ? `${base}#all/${key}` : `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(account)}#all/${key}`;
  const origin = base ? base.replace(/\/mail\/$/, '') : /@(outlook|hotmail|live|msn)\./.test(account) ? 'https://outlook.live.com' : 'https://outlook.office.com';
  // Outlook's own address for an open conversation in the conversation view.
  return `${origin}/mail/inbox/id/${key}`;
}
