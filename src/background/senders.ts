// The one place that decides who sent a message. Only this extension's own
// content scripts (in a mail tab) and its own pages are accepted; everything
// else is refused before its payload is even parsed.
import type { SenderKind } from '../shared/protocol';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; incognito?: boolean };
}

const MAIL_HOSTS = new Set(['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

export function isMailUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && MAIL_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

/**
 * `extensionOrigin` is this extension's own origin ("chrome-extension://<id>/").
 * The browser fills `sender`; a page cannot forge it. A content script can
 * only ever be a "content" sender, never a "page" one.
 */
export function senderKind(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number' && isMailUrl(url)) return 'content';
  return null;
}
