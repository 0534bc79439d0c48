import { readCostDirectives } from '../cost-directives';

/** The names `@link` gives the cost directives in a supergraph, however a subgraph imported them. */
const supergraph = (link: string, fields: string) => `
  schema @link(url: "https://specs.apollo.dev/link/v1.0") ${link} { query: Query }
  type Query { ${fields} }
  type A { id: ID }
`;

test('imported under other names, and the spec itself renamed', () => {
  const directives = readCostDirectives(
    supergraph(
      '@link(url: "https://specs.apollo.dev/cost/v0.1", as: "price", import: [{ name: "@listSize", as: "@size" }])',
      'a: [A] @size(assumedSize: 3) @price(weight: 7)  b: Int @cost(weight: 9)',
    ),
  );
  expect(directives.fields.get('Query.a')).toMatchObject({
    weight: 7,
    listSize: { assumedSize: 3, requireOneSlicingArgument: true },
  });
  // @cost is not the cost spec's name in this schema.
  expect(directives.fields.get('Query.b')).toBeUndefined();
});

test('not imported: @cost is the spec, @listSize is namespaced', () => {
  const directives = readCostDirectives(
    supergraph(
      '@link(url: "https://specs.apollo.dev/cost/v0.1")',
      'a: [A] @cost__listSize(slicingArguments: ["first"], requireOneSlicingArgument: false) @cost(weight: 2)',
    ),
  );
  expect(directives.fields.get('Query.a')).toMatchObject({
    weight: 2,
    listSize: { slicingArguments: ['first'], requireOneSlicingArgument: false },
  });
});

test('a supergraph without the cost spec declares no cost, whatever its directives are called', () => {
  const directives = readCostDirectives(
    supergraph('', 'a: [A] @listSize(assumedSize: 3) @cost(weight: 7)'),
  );
  expect(directives.fields.size).toBe(0);
});
