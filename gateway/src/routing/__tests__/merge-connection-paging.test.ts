/**
 * Ordering and paging of the merged connection, for every order: each page is a slice of one
 * full sort of all countries (ties broken), and walking the cursors visits everything exactly once.
 */
import { ExpertOrder } from '@expertpool/shared';
import { decodeGlobalCursor } from '../global-cursor';
import { SIZES, idOf, page, region, walk } from './helpers/merge-connection';

describe.each<ExpertOrder>(['RELEVANCE', 'NAME', 'UPDATED'])('order %s', (order) => {
  const r = region(order, SIZES, order.length);

  test('the synthetic data has ties the merge must break', () => {
    const values = r.full.map((k) => k.v);
    expect(new Set(values).size).toBeLessThan(values.length);
  });

  test('the first page is the head of one full sort, `first` respected', () => {
    for (const first of [1, 5, 7, 20, 49, 60]) {
      const p = page(r, first, null);
      expect(p.items.map((e) => e.node.id)).toEqual(r.full.slice(0, first).map(idOf));
      expect(p.items.length).toBe(Math.min(first, r.full.length));
    }
  });

  test('totalCount is the sum of the countries and hasNextPage says whether more remain', () => {
    const p = page(r, 10, null);
    expect(p.n).toBe(17 + 9 + 23);
    expect(p.pi.more).toBe(true);
    const all = page(r, 49, null);
    expect(all.pi.more).toBe(false);
    expect(page(r, 48, null).pi.more).toBe(true);
  });

  test.each([1, 4, 7, 10, 16, 49])(
    'walking pages of %i gives the full sorted list, no duplicates, no gaps',
    (first) => {
      const { ids, pages } = walk(r, first);
      expect(ids).toEqual(r.full.map(idOf));
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages).toBe(Math.max(1, Math.ceil(r.full.length / first)));
    },
  );

  test('every edge cursor resumes right after that edge', () => {
    const first = 12;
    const p1 = page(r, first, null);
    p1.items.forEach((edge, j) => {
      const next = page(r, first, edge.c);
      expect(next.items.map((e) => e.node.id)).toEqual(
        r.full.slice(j + 1, j + 1 + first).map(idOf),
      );
    });
    // The page's endCursor is its last edge's cursor.
    expect(p1.pi.end).toBe(p1.items.at(-1)!.c);
  });

  test('after the last page: no edges, no next page, and the cursor is kept', () => {
    const all = page(r, 100, null);
    const after = page(r, 100, all.pi.end);
    expect(after.items).toEqual([]);
    expect(after.pi.more).toBe(false);
    expect(decodeGlobalCursor(after.pi.end!, order)).toEqual(
      decodeGlobalCursor(all.pi.end!, order),
    );
  });
});
