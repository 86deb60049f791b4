// The popup's whole list, read by the popup itself (#18): 10,000 rows are
// quicker out of IndexedDB in the page than through a message from the
// background, which copies every row twice more. Read-only, and only after
// the background has answered the first screen (so every status is fresh):
// the database is opened as it is, at its own version, with no schema of
// ours, so this page can never upgrade or write it.
import Dexie from 'dexie';
import { everyRow, sectionsOf } from './list-view';
import type { StoreOverview } from './queries';
import { DB_NAME, type AccountRow, type ProspectRow } from './schema';

export async function readEveryRow(account?: string): Promise<Pick<StoreOverview, 'accounts' | 'sections' | 'dueCount' | 'total'>> {
  const db = new Dexie(DB_NAME);
  try {
    // Opened with no schema, a database that does not exist yet is refused (NoSuchDatabaseError), not created.
    await db.open();
    const [prospects, accounts] = await db.transaction('r', ['prospects', 'accounts'], () =>
      Promise.all([db.table<ProspectRow, string>('prospects').toArray(), db.table<AccountRow, string>('accounts').toArray()]),
    );
    const { counts, rows } = everyRow(prospects.filter((p) => p.status), account);
    return { accounts: accounts.map((a) => a.address), ...sectionsOf(rows, counts, (p) => p.status!) };
  } finally {
    db.close();
  }
}
