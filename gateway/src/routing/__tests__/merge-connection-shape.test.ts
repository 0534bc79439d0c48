/**
 * The shape of the merged connection: the client's aliases kept and the reserved __ep_ fields
 * dropped, coverage as the gateway sees it, and countries that are empty, missing or all absent.
 */
import { decodeSortKey } from '@expertpool/shared';
import { Coverage } from '../coverage';
import { decodeGlobalCursor } from '../global-cursor';
import { mergeConnection } from '../merge-connection';
import {
  FIELD,
  FRAGMENTS,
  Merged,
  RESPONSE_KEY,
  SIZES,
  countryAnswer,
  idOf,
  page,
  region,
  walk,
} from './helpers/merge-connection';

test('edges keep the client aliases; the reserved __ep_ fields never reach the client', () => {
  const r = region('RELEVANCE', SIZES);
  const p = page(r, 5, null) as unknown as Record<string, unknown>;
  expect(Object.keys(p).sort()).toEqual(['__typename', 'cov', 'items', 'n', 'pi']);
  expect(p.__typename).toBe('ExpertConnection');
  const items = p.items as Record<string, unknown>[];
  for (const [j, edge] of items.entries()) {
    expect(Object.keys(edge).sort()).toEqual(['c', 'node', 's']);
    expect(edge.s).toBe(r.full[j].v);
    // The client's cursor is the global one, not the country's.
    expect(() => decodeGlobalCursor(edge.c as string, 'RELEVANCE')).not.toThrow();
    expect(() => decodeSortKey(edge.c as string, 'RELEVANCE')).toThrow();
  }
  expect(Object.keys(p.pi as object).sort()).toEqual(['end', 'more']);
  expect(JSON.stringify(p)).not.toContain('__ep_');
});

test("coverage is the gateway's view of the countries, shaped to the client selection", () => {
  const r = region('NAME', SIZES);
  const coverage: Coverage[] = [
    { country: 'ID', status: 'OK', latencyMs: 5 },
    { country: 'MY', status: 'OK', latencyMs: 6 },
    { country: 'SG', status: 'TIMEOUT', latencyMs: 3000 },
    { country: 'TH', status: 'OK', latencyMs: 7 },
  ];
  const p = page(r, 3, null, coverage);
  expect(p.cov).toEqual([
    { country: 'ID', status: 'OK' },
    { country: 'MY', status: 'OK' },
    { country: 'SG', status: 'TIMEOUT' },
    { country: 'TH', status: 'OK' },
  ]);
});

test('a country with no experts and a country missing from the answers change nothing else', () => {
  const r = region('RELEVANCE', { MY: 6, ID: 0, TH: 5 });
  const { ids } = walk(r, 4);
  expect(ids).toEqual(r.full.map(idOf));
  const p = page(r, 4, null);
  expect(p.n).toBe(11);
  // Only the usable answers are merged (the data source leaves the rest out).
  const onlyTh = mergeConnection({
    field: FIELD,
    fragments: FRAGMENTS,
    typeName: 'ExpertConnection',
    responseKey: RESPONSE_KEY,
    order: 'RELEVANCE',
    first: 4,
    after: undefined,
    answers: [countryAnswer(r, 'TH', null, 4)],
    coverage: [],
  }) as unknown as Merged;
  expect(onlyTh.items.map((e) => e.node.id)).toEqual(r.keys.get('TH')!.slice(0, 4).map(idOf));
  expect(onlyTh.n).toBe(5);
  expect(onlyTh.pi.more).toBe(true);
});

test('no answers at all: an empty connection, not an error', () => {
  const p = mergeConnection({
    field: FIELD,
    fragments: FRAGMENTS,
    typeName: 'ExpertConnection',
    responseKey: RESPONSE_KEY,
    order: 'RELEVANCE',
    first: 5,
    after: undefined,
    answers: [],
    coverage: [{ country: 'MY', status: 'UNAVAILABLE', latencyMs: 0 }],
  }) as unknown as Merged;
  expect(p).toEqual({
    __typename: 'ExpertConnection',
    n: 0,
    items: [],
    pi: { more: false, end: null },
    cov: [{ country: 'MY', status: 'UNAVAILABLE' }],
  });
});
