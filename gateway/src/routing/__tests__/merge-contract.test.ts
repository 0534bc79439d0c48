import { CountryAnswer } from '../country-client';
import { mergeablePage } from '../merge-connection';
import { buildASTSchema, parse, print } from 'graphql';
import { typeDefs } from '@expertpool/country';
import { readFieldKinds } from '../field-kinds';
import { OrderKey, contractProblems, orderKeyOf, sortKeyOf } from '../merge-contract';

const sdl = print(typeDefs);
const problemsOf = (text: string) => {
  const doc = parse(text);
  return contractProblems(buildASTSchema(doc, { assumeValidSDL: true }), readFieldKinds(doc));
};

test("the country subgraph's schema meets the contract of its fan-out fields", () => {
  expect(problemsOf(sdl)).toEqual([]);
});

test('a connection without order keys cannot be merged, and says why', () => {
  const broken = sdl.replace(/("[^"]*"\s*)?orderKey: OrderKey! @inaccessible/, '');
  expect(broken).not.toBe(sdl);
  expect(problemsOf(broken)).toEqual(['Query.experts: edges need orderKey { number text id }']);
});

test('a connection without afterKey cannot be resumed per country, and says why', () => {
  const broken = sdl.replace(/("[^"]*"\s*)?afterKey: OrderKeyInput @inaccessible/, '');
  expect(broken).not.toBe(sdl);
  expect(problemsOf(broken)).toEqual([
    'Query.experts: needs the arguments after and afterKey: OrderKeyInput',
  ]);
});

test.each([
  ['RELEVANCE', 0.75, { number: 0.75, id: 'abcd' }],
  ['UPDATED', 1_700_000_000_000, { number: 1_700_000_000_000, id: 'abcd' }],
  ['NAME', 'somchai', { text: 'somchai', id: 'abcd' }],
] as const)('%s keys travel as plain values and come back equal', (o, v, plain) => {
  expect(orderKeyOf({ o, v, i: 'abcd' })).toEqual(plain);
  expect(sortKeyOf(plain, o, 'TH')).toEqual({ o, v, i: 'abcd', c: 'TH' });
});

test.each([
  ['RELEVANCE', { text: 'x', id: 'abcd' }],
  ['RELEVANCE', { number: Number.NaN, id: 'abcd' }],
  ['UPDATED', { id: 'abcd' }],
  ['NAME', { number: 3, id: 'abcd' }],
  ['NAME', { text: 'somchai' }],
] as const)(
  'a %s key %j that does not fit its order is refused, not sorted as an empty value',
  (o, key) => {
    expect(sortKeyOf(key as OrderKey, o, 'TH')).toBeUndefined();
  },
);

test("a country's page with a malformed order key is not mergeable; a well-formed one is", () => {
  const answer = (key: unknown): CountryAnswer => ({
    ok: true,
    country: 'TH',
    data: { experts: { __ep_edges: [{ __ep_key: key }], __ep_total: 1 } },
    errors: [],
    latencyMs: 1,
  });
  expect(mergeablePage(answer({ number: 0.5, id: 'a' }), 'experts', 'RELEVANCE')).toBe(true);
  expect(mergeablePage(answer({ id: 'a' }), 'experts', 'RELEVANCE')).toBe(false);
  expect(mergeablePage(answer(null), 'experts', 'RELEVANCE')).toBe(false);
});
