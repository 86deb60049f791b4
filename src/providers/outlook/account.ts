// The user's own address, which keys all data. Tried in table order until one
// entry yields an address: the primary mailbox root of the folder pane first
// (never a shared mailbox's root), then the me control, whose label often
// holds the name only and whose flyout exists only once opened.
import { SELECTORS, type SelectorEntry, valueOf } from './selectors';
import { type BodyGuard, bodyGuard } from './bodies';
import { findEmail } from './people';

export interface AccountReading {
  address: string | null;
  /** Which selector-table entry gave the address. */
  entry: string | null;
}

export function readAccount(doc: ParentNode, inBody: BodyGuard = bodyGuard()): AccountReading {
  for (const entry of SELECTORS.account as readonly SelectorEntry[]) {
    // A mail body can hold a look-alike mailbox root or me control: only the app's own count.
    for (const el of Array.from(doc.querySelectorAll(entry.css))) {
      if (inBody(el)) continue;
      const address = findEmail(valueOf(el, entry));
      if (address) return { address, entry: entry.id };
      break;
    }
  }
  return { address: null, entry: null };
}
