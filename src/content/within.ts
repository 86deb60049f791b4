// A promise that settles within `ms`: the send path never waits on the
// background longer than that (a worker that never answers must not hold a
// send, or leave "Sleep on it" spinning).
export class TooSlow extends Error {}

export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TooSlow(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
