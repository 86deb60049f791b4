// Who counts as a prospect in a thread: someone outside the user's own
// organisation, a person rather than a robot or a list, and not on the
// user's ignore list (#7). Pure: plain strings in, a verdict out.

/** Public mailbox domains: sharing one of these with the user says nothing about being colleagues. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me',
  'protonmail.com', 'pm.me', 'gmx.de', 'gmx.net', 'gmx.com', 'web.de', 'mail.com', 'zoho.com', 'yandex.com',
  'fastmail.com', 'hey.com', 'yandex.ru', 'ya.ru', 'mail.ru', 'inbox.ru', 'qq.com', '163.com', 'tutanota.com', 'tuta.io', 'rocketmail.com', 'rediffmail.com', 'zohomail.com', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 't-online.de',
]);

// Local parts that are robots, not people. Anchored on separators so that
// "noreen@" or "listerine@" stay people.
const ROBOT_LOCAL = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]daemon|postmaster|bounces?|notifications?|notify|alerts?|newsletters?|news|digest|updates|marketing|billing|invoices?|receipts?|automated|system|daemon|calendar-notification|list|lists|listserv|majordomo|owner-[^@]*|[^@]*-(?:request|owner|bounces|unsubscribe))(?:[+-][^@]*)?$/;
const LIST_DOMAIN = /(?:^|\.)(?:googlegroups\.com|groups\.io|lists\.[^.]+\..+|list-manage\.com|mailchimpapp\.net|bounce\.[^.]+\..+|em\.[^.]+\..+|mktomail\.com|sendgrid\.net|amazonses\.com)$/;

export interface IgnoreList {
  ignoredPeople: readonly string[];
  ignoredDomains: readonly string[];
}

export type CounterpartVerdict =
  | { counts: true }
  | { counts: false; why: 'self' | 'own-domain' | 'robot' | 'mailing-list' | 'ignored-person' | 'ignored-domain' | 'invalid' };

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

// Families of public mailboxes spread over many country domains (gmx.at, yandex.ru, yahoo.fr…).
const PUBLIC_FAMILIES = /^(?:gmx|yandex|yahoo|hotmail|outlook|live|aol|zoho|protonmail)\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

export function isPublicDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return PUBLIC_DOMAINS.has(d) || PUBLIC_FAMILIES.test(d);
}

/** Whether `address` is a prospect for the user `account`. Both lower-case. */
export function counterpartVerdict(address: string, account: string, ignore: IgnoreList): CounterpartVerdict {
  const addr = address.trim().toLowerCase();
  const at = addr.lastIndexOf('@');
  if (at <= 0 || at === addr.length - 1) return { counts: false, why: 'invalid' };
  if (addr === account.toLowerCase()) return { counts: false, why: 'self' };
  const local = addr.slice(0, at);
  const domain = addr.slice(at + 1);
  if (ignore.ignoredPeople.includes(addr)) return { counts: false, why: 'ignored-person' };
  if (ignore.ignoredDomains.some((d) => domain === d || domain.endsWith('.' + d))) return { counts: false, why: 'ignored-domain' };
  const ownDomain = domainOf(account);
  if (ownDomain && domain === ownDomain && !isPublicDomain(ownDomain)) return { counts: false, why: 'own-domain' };
  if (ROBOT_LOCAL.test(local)) return { counts: false, why: 'robot' };
  if (LIST_DOMAIN.test(domain)) return { counts: false, why: 'mailing-list' };
  return { counts: true };
}

export function isCounterpart(address: string, account: string, ignore: IgnoreList): boolean {
  return counterpartVerdict(address, account, ignore).counts;
}

/** "acme.io" → "Acme"; public mail domains give null (the person's company is unknown). */
export function companyFromDomain(domain: string): string | null {
  if (!domain || isPublicDomain(domain)) return null;
  const parts = domain.split('.');
  // Skip second-level country suffixes: example.co.uk → example.
  const core = parts.length >= 3 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3]! : parts[parts.length - 2] ?? parts[0]!;
  return core ? core.charAt(0).toUpperCase() + core.slice(1) : null;
}
