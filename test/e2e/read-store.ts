// Runs inside the browser (a service worker or an extension page, Chromium or
// Firefox): reads a whole object store of the extension's database.
export function readStore(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('followthrough');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction(name, 'readonly').objectStore(name).getAll();
      req.onsuccess = () => {
        resolve(req.result as unknown[]);
        db.close();
      };
      req.onerror = () => reject(req.error);
    };
  });
}
