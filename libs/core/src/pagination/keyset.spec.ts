import { InvalidInputError } from '../errors/domain-error';
import { keysetSlice } from './keyset';
import { encodeCursor } from './page';

const byTimeThenId = [
  { direction: 'DESC' as const, compare: (a: string, b: string) => Number(a) - Number(b) },
  { direction: 'ASC' as const, compare: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) },
];
const items = [
  { id: 'a', at: 1 },
  { id: 'b', at: 3 },
  { id: 'c', at: 3 },
  { id: 'd', at: 2 },
];
const keyOf = (i: { id: string; at: number }) => [String(i.at), i.id];

describe('keysetSlice', () => {
  it('orders by the keys, ties by the last, and pages forwards from a cursor', async () => {
    const first = keysetSlice(items, byTimeThenId, keyOf, { first: 2 });
    expect(first.items.map((i) => i.id)).toEqual(['b', 'c']);
    expect(first).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    await expect(first.totalCount()).resolves.toBe(4);
    const next = keysetSlice(items, byTimeThenId, keyOf, { first: 2, after: first.cursors[1] });
    expect(next.items.map((i) => i.id)).toEqual(['d', 'a']);
    expect(next).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('keeps its place when the item under the cursor is gone', () => {
    const without = items.filter((i) => i.id !== 'c');
    const page = keysetSlice(without, byTimeThenId, keyOf, { first: 5, after: encodeCursor(['3', 'c']) });
    expect(page.items.map((i) => i.id)).toEqual(['d', 'a']);
  });

  it('pages backwards with last and before', () => {
    const end = keysetSlice(items, byTimeThenId, keyOf, { last: 3 });
    expect(end.items.map((i) => i.id)).toEqual(['c', 'd', 'a']);
    expect(end).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const start = keysetSlice(items, byTimeThenId, keyOf, { last: 3, before: end.cursors[0] });
    expect(start.items.map((i) => i.id)).toEqual(['b']);
    expect(start).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('refuses a cursor of another shape', () => {
    expect(() => keysetSlice(items, byTimeThenId, keyOf, { after: encodeCursor(['3']) })).toThrow(InvalidInputError);
    expect(() => keysetSlice(items, byTimeThenId, keyOf, { first: 1, last: 1 })).toThrow(InvalidInputError);
  });
});
