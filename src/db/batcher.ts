// Work that arrives while earlier work is being written joins the next
// write (#18): readings come in bursts (every open mail tab reads its page
// on start-up, a long list reads row by row), and one IndexedDB transaction
// for many readings costs little more than one for a single reading.
//
// At most one batch runs at a time; whatever is asked meanwhile waits and
// goes in the next, up to `max` items. Each caller gets its own answer. If a
// batch fails, its items are run one by one, so one bad item fails alone.

export function batcher<T, R>(run: (items: T[]) => Promise<R[]>, max = 50): (item: T) => Promise<R> {
  interface Pending {
    item: T;
    resolve: (r: R) => void;
    reject: (err: unknown) => void;
  }
  const queue: Pending[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length) {
        const batch = queue.splice(0, max);
        try {
          const answers = await run(batch.map((p) => p.item));
          batch.forEach((p, i) => p.resolve(answers[i]!));
        } catch (err) {
          if (batch.length === 1) {
            batch[0]!.reject(err);
            continue;
          }
          for (const p of batch) {
            try {
              p.resolve((await run([p.item]))[0]!);
            } catch (one) {
              p.reject(one);
            }
          }
        }
      }
    } finally {
      running = false;
    }
  }

  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
