import { buildASTSchema, parse, print } from 'graphql';
import { typeDefs } from '@expertpool/country';
import { readFieldKinds } from '../field-kinds';
import { contractProblems, orderKeyOf, sortKeyOf } from '../merge-contract';

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
