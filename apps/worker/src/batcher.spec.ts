import { Batcher } from './batcher';

describe('Batcher', () => {
  it('does items added together in one pass, and items added during a pass in the next', async () => {
    const passes: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = new Batcher<number>(async (items) => {
      passes.push(items);
      if (passes.length === 1) await new Promise<void>((r) => (release = r));
    }, 10);
    const first = [1, 2, 3].map((n) => batcher.add(n));
    await new Promise((r) => setImmediate(r));
    const second = [4, 5].map((n) => batcher.add(n));
    release();
    await Promise.all([...first, ...second]);
    expect(passes).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('keeps each pass to the largest batch and fails only the items of a pass that failed', async () => {
    const passes: number[][] = [];
    const batcher = new Batcher<number>(async (items) => {
      passes.push(items);
      if (items.includes(3)) throw new Error('deadlock detected');
    }, 2);
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => batcher.add(n)));
    expect(passes).toEqual([[1, 2], [3, 4], [5]]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
  });
});
