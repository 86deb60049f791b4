// The user's own address: every prospect and touch is keyed by it, never by
// the `/u/N` index (that follows login order and changes).
import type { Confidence } from '../../shared/readings';
import { allOutside, pick, type SelectorEntry } from './selectors';

const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

// Gmail's "me", as shown for the user's own address in rows (en, de, fr, es).
// A localised label: only the last resort, at low confidence.
export const ME_NAMES: ReadonlySet<string> = new Set(['me', 'ich', 'moi', 'yo']);

export interface AccountReading {
  address: string | null;
  matched: string | null;
  confidence: Confidence | null;
  detail: string;
}

/** "Inbox (3) - me@example.com - Gmail": the address is the next-to-last " - " part. */
function fromTitle(title: string): string | null {
  const parts = title.split(' - ');
  if (parts.length < 3) return null;
  const candidate = parts[parts.length - 2]!.trim().toLowerCase();
  return isAddress(candidate) ? candidate : null;
}

function fromLabel(label: string): string | null {
  // Bounded, starting at a word: linear on a hostile 100 KB label (#10).
  const m = /\(([^()\s@]{1,64}@[^()\s@]{1,255})\)/.exec(label) ?? /(?<![^\s()])([^\s()@]{1,64}@[^\s()@]{1,200}\.[a-z]{2,54})/i.exec(label);
  const a = m?.[1]?.toLowerCase() ?? null;
  return a && isAddress(a) ? a : null;
}

export function readAccount(doc: Document): AccountReading {
  // A delegated mailbox (/mail/b/<id>/…) shows the mailbox owner in the title
  // but the signed-in delegate in the profile meta and the account button:
  // those would be the wrong key there.
  const delegated = /\/mail\/b\//.test(doc.location?.pathname ?? '');
  if (!delegated) {
    // Locale-free and independent of the title format (Meru reads it since 2026-02).
    const meta = pick(doc, 'accountMeta');
    const address = (meta?.el.getAttribute('content') ?? '').trim().toLowerCase();
    if (meta && isAddress(address)) return { address, matched: meta.entry.id, confidence: 'high', detail: '' };
  }
  const title = fromTitle(doc.title ?? '');
  if (title) return { address: title, matched: 'account:title', confidence: 'high', detail: '' };
  if (!delegated) {
    const button = pick(doc, 'accountButton');
    const label = button ? fromLabel(button.el.getAttribute('aria-label') ?? '') : null;
    if (button && label) return { address: label, matched: button.entry.id, confidence: button.entry.confidence, detail: '' };
    const me = ownAddressFromMe(doc);
    if (me) return { address: me.address, matched: me.entry, confidence: 'low', detail: '' };
  }
  return {
    address: null,
    matched: null,
    confidence: null,
    detail: delegated
      ? 'delegated mailbox: its address is not in the page title'
      : 'not in the profile meta, the page title, the account button or any "me" sender',
  };
}

const ME_ENTRY: SelectorEntry['id'] = 'account:me-name';

/** Rows mark the user as `name="me"` (localised) with the real address in `email`. */
function ownAddressFromMe(doc: Document): { address: string; entry: string } | null {
  for (const el of allOutside(doc, '[gh=tl] span[email][name]')) {
    if (!ME_NAMES.has((el.getAttribute('name') ?? '').toLowerCase())) continue;
    const a = (el.getAttribute('email') ?? '').trim().toLowerCase();
    if (isAddress(a)) return { address: a, entry: ME_ENTRY };
  }
  return null;
}

/** The length check first: the background refuses longer ones, and it keeps the pattern cheap on hostile attributes (#10). */
export function isAddress(s: string): boolean {
  return s.length <= 320 && ADDRESS.test(s);
}
