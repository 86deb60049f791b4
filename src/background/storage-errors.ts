// Errors that must reach the user in words (#10). A full disk or a spent
// storage quota makes every write fail; it must not fail silently, so it
// becomes one plain message, and the badge says so until a write succeeds.
export const STORAGE_FULL =
  "FollowThrough could not save: your browser's storage is full. Free some disk space, or export and delete old data on the options page.";

/** Dexie wraps IndexedDB's error (`inner`); a transaction aborted by the quota reports it on its `cause` or `inner`. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (e.failures && typeof e.failures === 'object' && Object.values(e.failures).some((f) => isQuotaError(f, depth + 1))) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** What the answer says: the handler's own message, or the storage-full one. */
export function readableError(err: unknown): string {
  if (isQuotaError(err)) return STORAGE_FULL;
  return err instanceof Error ? err.message : String(err);
}
