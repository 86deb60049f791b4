// The part of a mail tab's address that names the mailbox. Used for the
// thread links the popup opens, and to check the bases an import brings in
// (#18): only an address this returns unchanged is a mail base.
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
