// storage.sync as the store sees it, in memory, with a switch to make writes fail.
import type { SyncArea } from '../../../src/db/settings-store';

export function memorySync(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const state = { failWrites: false, writes: 0 };
  const area: SyncArea = {
    get: async () => Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)])),
    set: async (items) => {
      if (state.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      state.writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => void keys.forEach((k) => data.delete(k)),
    clear: async () => data.clear(),
  };
  return { area, data, state };
}
