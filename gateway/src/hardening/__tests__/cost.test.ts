import { parse, validate } from 'graphql';
import {
  BENCHMARK_QUERY,
  BENCHMARK_SUBGRAPHS,
  SIMILAR_ACCOUNTS_QUERY,
  SIMILAR_ACCOUNTS_SUBGRAPHS,
} from '../../../../tests/src/e2e/helpers/benchmark-subgraphs';
import {
  CostModel,
  CostRefusal,
  DEFAULT_ASSUMED_LIST_SIZE,
  FanoutWidth,
  operationCost,
} from '../cost';
import { readCostDirectives } from '../cost-directives';
import { resolveOperation } from '../fragments';
import { compose } from './helpers/schema';

/**
 * Each case of the GraphQL cost directive specification, as Apollo counts it, on a small
 * supergraph composed (Federation 2.9) from two subgraphs that declare `@cost` and `@listSize`.
 */
const SHOP = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
  type Query {
    items(first: Int = 5, last: Int): [Item!]! @listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: false)
    page(first: Int!): Page! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
    search(query: SearchInput, first: Int = 3): [Item!]! @cost(weight: 50) @listSize(slicingArguments: ["first"])
    tags: [Tag!]! @listSize(assumedSize: 4)
    unsized: [Item!]!
    strict(first: Int, last: Int): [Item!]! @listSize(slicingArguments: ["first", "last"])
    item(id: ID! @cost(weight: 2)): Item
  }
  type Mutation { buy(id: ID!): Item }
  type Page { nodes: [Item!]! total: Int! }
  type Item @key(fields: "id") {
    id: ID!
    name: String
    price: Money
    tags: [Tag!]! @listSize(assumedSize: 2)
    related: [Item!]!
  }
  type Tag { label: String! }
  scalar Money @cost(weight: 3)
  input SearchInput { text: String terms: [String!] @cost(weight: 1) }
`;
const SHIPPING = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@external", "@requires"])
  type Item @key(fields: "id") {
    id: ID!
    price: Money @external
    shipping: Int @requires(fields: "price")
  }
  scalar Money
`;
const { schema, supergraphSdl } = compose([
  { name: 'shop', typeDefs: SHOP },
  { name: 'shipping', typeDefs: SHIPPING },
]);
const directives = readCostDirectives(supergraphSdl);

function costOf(
  query: string,
  variables: Record<string, unknown> = {},
  fanout?: FanoutWidth,
): number {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const model: CostModel = { directives, assumedListSize: 10, fanout };
  return operationCost(schema, resolveOperation(document), variables, model);
}

test('the supergraph keeps what the subgraphs declared', () => {
  expect(directives.fields.get('Query.search')).toMatchObject({ weight: 50 });
  expect(directives.fields.get('Query.page')?.listSize).toEqual({
    assumedSize: undefined,
    slicingArguments: ['first'],
    sizedFields: ['nodes'],
    requireOneSlicingArgument: true,
  });
  expect(directives.types.get('Money')).toBe(3);
  expect(directives.arguments.get('Query.item(id:)')).toBe(2);
  expect(directives.inputFields.get('SearchInput.terms')).toBe(1);
  expect(directives.fields.get('Item.shipping')?.requires).toBeDefined();
});

test('objects cost 1, scalars and enums nothing, __typename nothing', () => {
  expect(costOf('{ __typename item(id: "1") { id name } }')).toBe(1 + 2); // + the id argument
});

test('assumedSize sizes a list; a list without @listSize takes the assumed list size', () => {
  expect(costOf('{ tags { label } }')).toBe(4);
  expect(costOf('{ unsized { id } }')).toBe(10);
  expect(costOf('{ unsized { related { id } } }')).toBe(10 * (1 + 10));
});

test('slicingArguments: the argument given, else its default; the largest of several', () => {
  expect(costOf('{ items { id } }')).toBe(5);
  expect(costOf('{ items(first: 2) { id } }')).toBe(2);
  expect(costOf('{ items(first: 2, last: 7) { id } }')).toBe(7);
  expect(costOf('query($n: Int) { items(first: $n) { id } }', { n: 3 })).toBe(3);
  expect(costOf('{ items(first: 0) { id } }')).toBe(0);
});

test('requireOneSlicingArgument (the default) refuses none or two', () => {
  expect(costOf('{ strict(first: 3) { id } }')).toBe(3);
  expect(() => costOf('{ strict { id } }')).toThrow(CostRefusal);
  expect(() => costOf('{ strict(first: 1, last: 2) { id } }')).toThrow(
    'Query.strict needs exactly one of first, last (got 2).',
  );
});

test('sizedFields: the slicing argument sizes the named child list, through fragments too', () => {
  // page 1 × (1 + nodes 4 × 1)
  expect(costOf('{ page(first: 4) { total nodes { id } } }')).toBe(5);
  expect(costOf('{ page(first: 4) { ...P } } fragment P on Page { nodes { id } }')).toBe(5);
  expect(costOf('{ page(first: 4) { ... on Page { nodes { id } } } }')).toBe(5);
});

test('@cost on a field replaces its type cost, per item of a list', () => {
  expect(costOf('{ search { id } }')).toBe(3 * 50);
  expect(costOf('{ search(first: 1) { id related { id } } }')).toBe(1 * (50 + 10));
});

test('@cost on a scalar type counts wherever a field returns it', () => {
  expect(costOf('{ item(id: "1") { price } }')).toBe(1 + 3 + 2);
});

test('arguments: an input object 1 plus its fields, a list its weight plus its items, @cost on an argument', () => {
  // search 3 × 50, query: 1 + text 0 + terms (1 + 2 × 1)
  expect(costOf('{ search(query: { text: "a", terms: ["x", "y"] }) { id } }')).toBe(150 + 4);
  expect(
    costOf('query($q: SearchInput) { search(query: $q) { id } }', { q: { terms: ['x'] } }),
  ).toBe(150 + 1 + 2);
});

test('@requires: the required selection counts with the field that needs it', () => {
  // item 1 + shipping (Int 0, requires price: Money 3) + the id argument 2
  expect(costOf('{ item(id: "1") { shipping } }')).toBe(1 + 3 + 2);
});

test('a mutation costs 10 before its fields', () => {
  expect(costOf('mutation { buy(id: "1") { id } }')).toBe(10 + 1);
});

test('@skip and @include: a field left out costs nothing', () => {
  expect(costOf('{ tags @skip(if: true) { label } unsized @include(if: false) { id } }')).toBe(0);
  expect(costOf('query($no: Boolean!) { tags @include(if: $no) { label } }', { no: false })).toBe(
    0,
  );
});

test('a fan-out multiplies a field, arguments and selection included, by its width', () => {
  const width: FanoutWidth = (coordinate) => (coordinate === 'Query.search' ? 4 : 1);
  expect(costOf('{ search(first: 2) { id } tags { label } }', {}, width)).toBe(4 * 100 + 4);
});

test('a fragment spread many times is walked once per sizing (no exponential blow-up)', () => {
  const fragments = Array.from(
    { length: 30 },
    (_, i) =>
      `fragment F${i} on Item { ${i === 29 ? 'tags { label }' : `...F${i + 1} ...F${i + 1}`} }`,
  );
  const query = `{ item(id: "1") { ...F0 } } ${fragments.join(' ')}`;
  expect(costOf(query)).toBe(1 + 2 + 2 ** 29 * 2);
});

test('finding 7: graphs that declare no cost are estimated at the assumed list size of 10', () => {
  const estimate = (subgraphs: typeof BENCHMARK_SUBGRAPHS, query: string) => {
    const graph = compose(subgraphs);
    const model: CostModel = {
      directives: readCostDirectives(graph.supergraphSdl),
      assumedListSize: DEFAULT_ASSUMED_LIST_SIZE,
    };
    return operationCost(graph.schema, resolveOperation(parse(query)), {}, model);
  };
  const n = DEFAULT_ASSUMED_LIST_SIZE;
  // accounts n × (1 + similarAccounts n × (1 + similarAccounts n × 1))
  expect(estimate(SIMILAR_ACCOUNTS_SUBGRAPHS, SIMILAR_ACCOUNTS_QUERY)).toBe(n + n ** 2 + n ** 3);
  // users: n + 2n² + 2n³ + 2n⁴; topProducts (its first has no @listSize): n + 2n² + 2n³
  expect(estimate(BENCHMARK_SUBGRAPHS, BENCHMARK_QUERY)).toBe(
    2 * n + 4 * n ** 2 + 4 * n ** 3 + 2 * n ** 4,
  );
  expect(2 * n + 4 * n ** 2 + 4 * n ** 3 + 2 * n ** 4).toBeLessThan(50_000); // MAX_COST
});
