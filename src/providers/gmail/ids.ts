// Gmail names a thread two ways: "#thread-f:<decimal>" (data-thread-id, sync
// API) and the 16-hex "legacy" id (data-legacy-thread-id, URLs). We key every
// thread and message by the lower-case hex form.

const HEX = /^[0-9a-f]{1,16}$/;

/** Hex key from any Gmail id form ("#thread-f:1778…", "thread-f:…", "#msg-f:…", "18c1f2…"); null if unreadable. */
export function gmailIdKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  const dec = /^#?(?:thread|msg)-f:(\d{1,20})$/.exec(s);
  if (dec) {
    try {
      const hex = BigInt(dec[1]!).toString(16);
      return hex.length <= 16 ? hex : null;
    } catch {
      return null;
    }
  }
  return HEX.test(s) ? s.replace(/^0+(?=.)/, '') : null;
}
