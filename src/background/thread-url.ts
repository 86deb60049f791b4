// Where to open a prospect's thread in the mail app: in the tab where that
// account's mail is already open when there is one (its address base, as the
// content script last reported it), else at an address that picks the account.

/** The part of a mail tab's address that names the mailbox: "https://mail.google.com/mail/u/1/", "https://outlook.office.com/mail/". */
export function mailBase(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:') return null;
  if (u.hostname === 'mail.google.com') {
    // /mail/u/N/ and delegated /mail/b/<id>/u/N/; a bare /mail/ is account 0.
    const m = /^\/mail\/(?:b\/[^/]+\/)?u\/\d+\//.exec(u.pathname);
    return m ? `${u.origin}${m[0]}` : u.pathname.startsWith('/mail') ? `${u.origin}/mail/u/0/` : null;
  }
  if (['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'].includes(u.hostname)) return `${u.origin}/mail/`;
  return null;
}

export function threadUrl(provider: 'gmail' | 'outlook', account: string, threadKey: string, base?: string | null): string {
  const key = encodeURIComponent(threadKey);
  if (provider === 'gmail') return base ? `${base}#all/${key}` : `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(account)}#all/${key}`;
  const origin = base ? base.replace(/\/mail\/$/, '') : /@(outlook|hotmail|live|msn)\./.test(account) ? 'https://outlook.live.com' : 'https://outlook.office.com';
  // Outlook's own address for an open conversation in the conversation view.
  return `${origin}/mail/inbox/id/${key}`;
}
