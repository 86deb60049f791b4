// The store the background answers from: IndexedDB and storage.sync, behind
// the application layer of src/db/store.ts. Nothing else lives in module
// state: the worker may be stopped and restarted between any two messages.
import { FollowThroughDb } from '../db/schema';
import { createStore } from '../db/store';
import { browser } from '../shared/browser';

export const db = new FollowThroughDb();

export const store = createStore(db, {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
  clear: () => browser.storage.sync.clear(),
});
