// Where to open a prospect's thread in the mail app.

export function threadUrl(provider: 'gmail' | 'outlook', account: string, threadKey: string): string {
  if (provider === 'gmail') return `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(account)}#all/${encodeURIComponent(threadKey)}`;
  const host = /@(outlook|hotmail|live|msn)\./.test(account) ? 'outlook.live.com' : 'outlook.office.com';
  // Outlook's own address for an open conversation in the conversation view.
  return `https://${host}/mail/inbox/id/${encodeURIComponent(threadKey)}`;
}
