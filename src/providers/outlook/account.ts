// The user's own address, which keys all data. Tried in table order until one
// entry yields an address: the primary mailbox root of the folder pane first
// (never a shared mailbox's root), then the me control, whose label often
// holds the name only and whose flyout exists only once opened.
import { SELECTORS, valueOf } from './selectors';
import { type BodyGuard, bodyGuard, firstOutside } from './bodies';
import { findEmail } from './people';

export interface AccountReading {
  address: string | null;
  /** Which selector-table entry gave the address. */
  entry: string | null;
}

export function readAccount(doc: ParentNode, inBody: BodyGuard = bodyGuard()): AccountReading {
  // A mail body can hold a look-alike mailbox root or me control: only the app's own count.
  const found = firstOutside(doc, SELECTORS.account, inBody, [], (el, entry) => !!findEmail(valueOf(el, entry)));
  return found ? { address: findEmail(valueOf(found.element, found.entry)), entry: found.entry.id } : { address: null, entry: null };
}
