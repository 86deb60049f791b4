// Gmail names a thread two ways: "#thread-f:<decimal>" (data-thread-id, sync
// API) and the 16-hex "legacy" id (data-legacy-thread-id, URLs). We key every
// thread and message by the lower-case hex form.
//
// Deliberately rejected (null): "thread-a:"/"msg-a:" ids. They name drafts
// (InboxSDK `data-standalone-draft-id="#msg-a:…"`) and messages not yet synced
// (a just-sent reply until Gmail syncs it), are not server ids and never equal
// the "-f" id the same thread or message gets later: keyed by them, one thread
// would become two. A message without a readable id is keyed by its sender and
// time instead, and its thread is marked partial.

const HEX = /^[0-9a-f]{1,16}$/;
const FORM = /^#?(thread|msg)-f:(\d{1,20})$/;

export type GmailIdKind = 'thread' | 'message' | 'any';

/**
 * Hex key from any Gmail id form ("#thread-f:1778…", "thread-f:…", "#msg-f:…",
 * "18c1f2…"); null if unreadable. With `want`, a prefixed id must be of that
 * kind, and the composite "thread-f:…|msg-f:…" (`input[name=rt]`) gives its
 * part of that kind; without `want` a composite is ambiguous and rejected.
 */
export function gmailIdKey(raw: string | null | undefined, want: GmailIdKind = 'any'): string | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  if (s.includes('|')) {
    if (want === 'any') return null;
    const parts = s.split('|').filter((p) => FORM.exec(p)?.[1] === (want === 'thread' ? 'thread' : 'msg'));
    return parts.length === 1 ? gmailIdKey(parts[0], want) : null;
  }
  const dec = FORM.exec(s);
  if (dec) {
    if (want !== 'any' && dec[1] !== (want === 'thread' ? 'thread' : 'msg')) return null;
    try {
      const hex = BigInt(dec[2]!).toString(16);
      return hex.length <= 16 ? hex : null;
    } catch {
      return null;
    }
  }
  return HEX.test(s) ? s.replace(/^0+(?=.)/, '') : null;
}
