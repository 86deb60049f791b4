import { describe, expect, it } from 'vitest';
import { batcher } from '../../../src/db/batcher';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('batcher', () => {
  it('runs the first item at once and everything asked meanwhile in the next batch, each caller getting its own answer', async () => {
    const batches: number[][] = [];
    const run = batcher(async (xs: number[]) => {
      batches.push(xs);
      await tick();
      return xs.map((x) => x * 10);
    });
    const answers = await Promise.all([1, 2, 3, 4].map((x) => run(x)));
    expect(answers).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts at most `max` items in one batch', async () => {
    const batches: number[][] = [];
    const run = batcher(async (xs: number[]) => {
      batches.push(xs);
      await tick();
      return xs;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5, 6].map((x) => run(x)));
    expect(batches).toEqual([[1], [2, 3], [4, 5], [6]]);
  });

  it('when a batch fails, runs its items one by one, so only the bad one fails', async () => {
    const batches: number[][] = [];
    const run = batcher(async (xs: number[]) => {
      batches.push(xs);
      await tick();
      if (xs.includes(3)) throw new Error('bad item 3');
      return xs;
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((x) => run(x)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 2, 'bad item 3', 4]);
    expect(batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('starts again after going idle', async () => {
    const run = batcher(async (xs: string[]) => xs.map((x) => x.toUpperCase()));
    expect(await run('a')).toBe('A');
    expect(await run('b')).toBe('B');
  });
});
