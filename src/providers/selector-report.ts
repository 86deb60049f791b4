// Which entry of each selector chain finds something on a page, straight from
// the provider's table (#15): the same report on a page and on its outline
// shows the outline kept everything the readers' selectors look at. Also how
// far down its chain a reading's `matched` entry sits, for page health.
import type { ProviderId } from '../shared/readings';
import { SELECTOR_TABLES } from './outline-allow';

export interface ChainResult {
  field: string;
  /** The first entry with a match anywhere in the document, or null when the whole chain found nothing. */
  matched: string | null;
  /** 0 for the chain's first entry; a later one is a fallback. */
  position: number | null;
  tried: string[];
}

export function chainReport(doc: ParentNode, provider: ProviderId): ChainResult[] {
  return Object.entries(SELECTOR_TABLES[provider]).map(([field, entries]) => {
    const list = entries;
    const position = list.findIndex((e) => {
      try {
        return doc.querySelector(e.css) !== null;
      } catch {
        return false;
      }
    });
    return { field, matched: position >= 0 ? list[position]!.id : null, position: position >= 0 ? position : null, tried: list.map((e) => e.id) };
  });
}

/**
 * Where a reading's matched entry sits in its chain: 0 first choice, >0 a
 * fallback, null when the entry is not in a table (the reader's own sources,
 * such as Gmail's page title for the account).
 */
export function chainPosition(provider: ProviderId, field: string, entryId: string): number | null {
  const table = SELECTOR_TABLES[provider];
  const own = table[field]?.findIndex((e) => e.id === entryId) ?? -1;
  if (own >= 0) return own;
  for (const entries of Object.values(table)) {
    const i = entries.findIndex((e) => e.id === entryId);
    if (i >= 0) return i;
  }
  return null;
}
