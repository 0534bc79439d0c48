import { ensureIndexes, isEmptyCollection } from '../collections';

describe('ensureIndexes', () => {
  it('creates each index with a call of its own, in order', async () => {
    const calls: unknown[][] = [];
    const collection = { createIndexes: async (specs: unknown[]) => calls.push(specs) };
    const specs = [
      { key: { ref: 1 }, name: 'ref_unique', unique: true },
      { key: { at: 1 }, name: 'at' },
    ];
    await ensureIndexes(collection, specs);
    expect(calls).toEqual([[specs[0]], [specs[1]]]);
  });
});

describe('isEmptyCollection', () => {
  it('asks for at most one document', async () => {
    const asked: unknown[] = [];
    const holding = (n: number) => ({
      countDocuments: async (filter: object, options: { limit: number }) => {
        asked.push([filter, options]);
        return Math.min(n, options.limit);
      },
    });
    expect(await isEmptyCollection(holding(0))).toBe(true);
    expect(await isEmptyCollection(holding(5))).toBe(false);
    expect(asked).toEqual([
      [{}, { limit: 1 }],
      [{}, { limit: 1 }],
    ]);
  });
});
