// The popup's whole list, read by the popup itself (#18): 10,000 rows are
// quicker out of IndexedDB in the page than through a message from the
// background, which copies every row twice more. Read-only, and only after
// the background has answered the first screen (so every status is fresh).
//
// Plain IndexedDB rather than Dexie: one getAll of two stores needs none of
// Dexie's schema, and the popup then loads no Dexie at all. The database is
// opened at whatever version it has, so this page can never upgrade it; one
// that does not exist yet is refused, not created.
import { everyRow, sectionsOf } from './list-view';
import type { StoreOverview } from './queries';
import { DB_NAME } from './layout';
import type { AccountRow, ProspectRow } from './schema';

function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    let created = false;
    req.onupgradeneeded = (event) => {
      // Only a database that did not exist asks to be upgraded from no version: undo that.
      created = event.oldVersion === 0;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      if (created) indexedDB.deleteDatabase(name);
      reject(new Error(created ? `the ${name} database does not exist yet` : `the ${name} database could not be opened: ${req.error?.message ?? 'unknown error'}`));
    };
  });
}

function all<T>(tx: IDBTransaction, store: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const req = tx.objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as T[]);
    req.onerror = () => reject(req.error ?? new Error(`reading ${store} failed`));
  });
}

export async function readEveryRow(account?: string): Promise<Pick<StoreOverview, 'accounts' | 'sections' | 'dueCount' | 'total'>> {
  const db = await openExisting(DB_NAME);
  try {
    const tx = db.transaction(['prospects', 'accounts'], 'readonly');
    const [prospects, accounts] = await Promise.all([all<ProspectRow>(tx, 'prospects'), all<AccountRow>(tx, 'accounts')]);
    const { counts, rows } = everyRow(prospects.filter((p) => p.status), account);
    return { accounts: accounts.map((a) => a.address), ...sectionsOf(rows, counts, (p) => p.status!) };
  } finally {
    db.close();
  }
}
