import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { Coverage } from '../coverage';
import { mergeSum } from '../merge-sum';
import { Fragments } from '../selection';

function fieldOf(query: string): { field: FieldNode; fragments: Fragments } {
  const doc = parse(query);
  return {
    field: (doc.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode,
    fragments: new Map(
      doc.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    ),
  };
}

const { field, fragments } = fieldOf(/* GraphQL */ `
  {
    expertFacets {
      __typename
      total
      byCountry {
        value
        count
      }
      areas: byArea {
        v: value
        n: count
      }
      ...Lang
      coverage {
        country
        status
        latencyMs
      }
    }
  }
  fragment Lang on ExpertFacets {
    byLanguage {
      count
      value
    }
  }
`);

const MY = {
  __typename: 'ExpertFacets',
  total: 10,
  byCountry: [{ value: 'MY', count: 10 }],
  areas: [
    { v: 'talent-management', n: 6 },
    { v: 'digital-government', n: 3 },
    { v: 'merit-system', n: 1 },
  ],
  byLanguage: [
    { count: 10, value: 'ms' },
    { count: 7, value: 'en' },
  ],
  coverage: [{ country: 'MY', status: 'OK', latencyMs: 1 }],
};
const TH = {
  __typename: 'ExpertFacets',
  total: 4,
  byCountry: [{ value: 'TH', count: 4 }],
  areas: [
    { v: 'merit-system', n: 4 },
    { v: 'talent-management', n: 1 },
  ],
  byLanguage: [
    { count: 4, value: 'th' },
    { count: 3, value: 'en' },
  ],
  coverage: [{ country: 'TH', status: 'OK', latencyMs: 1 }],
};
const SG = {
  __typename: 'ExpertFacets',
  total: 12,
  byCountry: [{ value: 'SG', count: 12 }],
  areas: [
    { v: 'digital-government', n: 2 },
    { v: 'compensation', n: 5 },
    { v: 'talent-management', n: 0 },
  ],
  byLanguage: [
    { count: 12, value: 'en' },
    { count: 4, value: 'zh' },
    { count: 4, value: 'ms' },
  ],
  coverage: [{ country: 'SG', status: 'OK', latencyMs: 1 }],
};

const COVERAGE: Coverage[] = [
  { country: 'MY', status: 'OK', latencyMs: 12 },
  { country: 'SG', status: 'OK', latencyMs: 30 },
  { country: 'TH', status: 'OK', latencyMs: 8 },
  { country: 'VN', status: 'TIMEOUT', latencyMs: 5000 },
];

test('totals add up and buckets merge by value, most frequent first, then by value', () => {
  const out = mergeSum(field, fragments, 'ExpertFacets', [MY, TH, SG], COVERAGE);
  expect(out.total).toBe(26);
  expect(out.byCountry).toEqual([
    { value: 'SG', count: 12 },
    { value: 'MY', count: 10 },
    { value: 'TH', count: 4 },
  ]);
  // talent-management 6+1+0 = 7, merit-system 1+4 = 5, compensation 5, digital-government 3+2 = 5.
  expect(out.areas).toEqual([
    { v: 'talent-management', n: 7 },
    { v: 'compensation', n: 5 },
    { v: 'digital-government', n: 5 },
    { v: 'merit-system', n: 5 },
  ]);
  // Field order in the selection (count before value) does not matter.
  expect(out.byLanguage).toEqual([
    { count: 22, value: 'en' },
    { count: 14, value: 'ms' },
    { count: 4, value: 'th' },
    { count: 4, value: 'zh' },
  ]);
});

test("the order of the countries' answers does not change the result", () => {
  const a = mergeSum(field, fragments, 'ExpertFacets', [MY, TH, SG], COVERAGE);
  const b = mergeSum(field, fragments, 'ExpertFacets', [SG, MY, TH], COVERAGE);
  const c = mergeSum(field, fragments, 'ExpertFacets', [TH, SG, MY], COVERAGE);
  expect(b).toEqual(a);
  expect(c).toEqual(a);
});

test('the answers are not modified', () => {
  const before = JSON.stringify([MY, TH, SG]);
  mergeSum(field, fragments, 'ExpertFacets', [MY, TH, SG], COVERAGE);
  expect(JSON.stringify([MY, TH, SG])).toBe(before);
});

test("__typename is the merged type and coverage is the gateway's, not the countries'", () => {
  const out = mergeSum(field, fragments, 'ExpertFacets', [MY, TH, SG], COVERAGE);
  expect(out.__typename).toBe('ExpertFacets');
  expect(out.coverage).toEqual(COVERAGE);
});

test('one country: its own numbers, sorted the same way', () => {
  const out = mergeSum(field, fragments, 'ExpertFacets', [SG], COVERAGE);
  expect(out.total).toBe(12);
  expect(out.areas).toEqual([
    { v: 'compensation', n: 5 },
    { v: 'digital-government', n: 2 },
    { v: 'talent-management', n: 0 },
  ]);
  expect(out.byLanguage).toEqual([
    { count: 12, value: 'en' },
    { count: 4, value: 'ms' },
    { count: 4, value: 'zh' },
  ]);
});

test('no country answered: zero and empty lists, never null', () => {
  const coverage: Coverage[] = [{ country: 'MY', status: 'UNAVAILABLE', latencyMs: 0 }];
  const out = mergeSum(field, fragments, 'ExpertFacets', [], coverage);
  expect(out).toEqual({
    __typename: 'ExpertFacets',
    total: 0,
    byCountry: [],
    areas: [],
    byLanguage: [],
    coverage: [{ country: 'MY', status: 'UNAVAILABLE', latencyMs: 0 }],
  });
});

test("a coverage selection is shaped to the client's fields and aliases", () => {
  const { field: f, fragments: fr } = fieldOf(
    '{ expertFacets { total where: coverage { c: country status } } }',
  );
  const out = mergeSum(f, fr, 'ExpertFacets', [{ total: 1 }, { total: 2 }], COVERAGE);
  expect(out).toEqual({
    total: 3,
    where: COVERAGE.map((c) => ({ c: c.country, status: c.status })),
  });
});
