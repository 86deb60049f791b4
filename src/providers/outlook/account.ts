// The user's own address, which keys all data. Tried in table order until one
// entry yields an address: on outlook.live.com the me control's label holds the
// name only, and the address sits in its closed flyout.
import { SELECTORS, type SelectorEntry, valueOf } from './selectors';
import { findEmail } from './people';

export interface AccountReading {
  address: string | null;
  /** Which selector-table entry gave the address. */
  entry: string | null;
}

export function readAccount(doc: ParentNode): AccountReading {
  for (const entry of SELECTORS.account as readonly SelectorEntry[]) {
    const el = doc.querySelector(entry.css);
    const address = el ? findEmail(valueOf(el, entry)) : null;
    if (address) return { address, entry: entry.id };
  }
  return { address: null, entry: null };
}
