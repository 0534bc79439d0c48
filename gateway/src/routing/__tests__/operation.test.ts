import {
  DocumentNode,
  FieldNode,
  Kind,
  OperationDefinitionNode,
  buildASTSchema,
  parse,
  print,
  validate,
} from 'graphql';
import { typeDefs } from '@expertpool/country';
import { readFieldKinds } from '../field-kinds';
import { AFTER_VARIABLE, OperationPlan, STATISTICS_VARIABLE, planOperation } from '../operation';

/** The experts subgraph's schema as the gateway builds it (topology.ts does the same). */
const sdl = parse(print(typeDefs));
const schema = buildASTSchema(sdl, { assumeValidSDL: true });
const kinds = readFieldKinds(sdl);

function fieldsPlan(query: string): Extract<OperationPlan, { type: 'fields' }> {
  const plan = planOperation(parse(query), schema, kinds);
  if (plan.type !== 'fields') throw new Error(`expected a fields plan, got ${plan.type}`);
  return plan;
}

function operationOf(doc: DocumentNode): OperationDefinitionNode {
  const ops = doc.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  expect(ops).toHaveLength(1);
  return ops[0];
}

const variableNames = (doc: DocumentNode) =>
  (operationOf(doc).variableDefinitions ?? []).map((d) => d.variable.name.value).sort();
const fragmentNames = (doc: DocumentNode) =>
  doc.definitions
    .flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []))
    .sort();

/** A fan-out over the countries its `filter.countries` lists (the directive's default). */
const FILTERED = (merge: 'CONNECTION' | 'SUM') => ({
  kind: 'fanout',
  merge,
  countries: ['filter', 'countries'],
  excludeCountries: undefined,
});

test('the routing kinds come from the directives in the country schema', () => {
  expect(kinds.get('Query.experts')).toEqual(FILTERED('CONNECTION'));
  expect(kinds.get('Query.expertFacets')).toEqual(FILTERED('SUM'));
  // Trainer matching asks the countries its need includes, less those it excludes.
  expect(kinds.get('Query.matchTrainers')).toEqual({
    kind: 'fanout',
    merge: 'CONNECTION',
    countries: ['need', 'includeCountries'],
    excludeCountries: ['need', 'excludeCountries'],
  });
  expect(kinds.get('Query.expert')).toEqual({ kind: 'routeBy', arg: 'id' });
  expect(kinds.get('Mutation.upsertExpert')).toEqual({ kind: 'routeBy', arg: 'country' });
  expect(kinds.get('Mutation.removeExpert')).toEqual({ kind: 'routeBy', arg: 'id' });
});

describe('an operation with two root fields, fragments and variables', () => {
  const QUERY = /* GraphQL */ `
    query Both(
      $filter: ExpertFilter
      $first: Int
      $after: String
      $id: ID!
      $withPosition: Boolean!
      $unused: String
    ) {
      page: experts(filter: $filter, first: $first, after: $after, orderBy: NAME) {
        ...Conn
      }
      one: expert(id: $id) {
        ...Person
        position @include(if: $withPosition) {
          ...Pos
        }
      }
    }
    fragment Conn on ExpertConnection {
      totalCount
      edges {
        cursor
        node {
          ...Person
        }
      }
    }
    fragment Person on Expert {
      id
      displayName
    }
    fragment Pos on Position {
      title
    }
  `;
  const plan = fieldsPlan(QUERY);
  const [page, one] = plan.fields;

  test('splits into one plan per root field, keyed by response key, with definitions and kinds', () => {
    expect(plan.operation).toBe('query');
    expect(plan.fields.map((f) => f.responseKey)).toEqual(['page', 'one']);
    expect(page.definition?.name).toBe('experts');
    expect(one.definition?.name).toBe('expert');
    expect(page.kind).toEqual(FILTERED('CONNECTION'));
    expect(one.kind).toEqual({ kind: 'routeBy', arg: 'id' });
    // The plan keeps the client's own field (with its `after`) for the merge and argument values.
    expect(page.field.arguments?.find((a) => a.name.value === 'after')?.value).toMatchObject({
      kind: Kind.VARIABLE,
      name: { value: 'after' },
    });
    expect([...plan.fragments.keys()].sort()).toEqual(['Conn', 'Person', 'Pos']);
  });

  test('each sub-operation holds exactly one root field and is valid against the country schema', () => {
    for (const f of plan.fields) {
      const doc = parse(f.query);
      const op = operationOf(doc);
      expect(op.selectionSet.selections).toHaveLength(1);
      expect((op.selectionSet.selections[0] as FieldNode).alias?.value).toBe(f.responseKey);
      expect(validate(schema, doc)).toEqual([]);
    }
  });

  test('the connection query declares only its variables (plus the per-country after and the region statistics) and fragments', () => {
    const doc = parse(page.query);
    expect(variableNames(doc)).toEqual(
      [AFTER_VARIABLE, STATISTICS_VARIABLE, 'filter', 'first'].sort(),
    );
    const afterDef = operationOf(doc).variableDefinitions!.find(
      (d) => d.variable.name.value === AFTER_VARIABLE,
    )!;
    expect(print(afterDef.type)).toBe('OrderKeyInput');
    expect(fragmentNames(doc)).toEqual(['Conn', 'Person']);
    expect([...page.variableNames].sort()).toEqual(
      [AFTER_VARIABLE, STATISTICS_VARIABLE, 'filter', 'first'].sort(),
    );
  });

  test("the connection field gets afterKey: $__ep_after (the client's after is gone) and the reserved fields", () => {
    const field = operationOf(parse(page.query)).selectionSet.selections[0] as FieldNode;
    const args = Object.fromEntries(
      (field.arguments ?? []).map((a) => [a.name.value, print(a.value)]),
    );
    expect(args).toEqual({
      filter: '$filter',
      first: '$first',
      orderBy: 'NAME',
      afterKey: `$${AFTER_VARIABLE}`,
      statistics: `$${STATISTICS_VARIABLE}`,
    });
    const printed = print(field);
    expect(printed).toContain('__ep_edges: edges');
    expect(printed).toMatch(/__ep_key: orderKey \{\s*number\s+text\s+id\s*\}/);
    expect(printed).toContain('__ep_page: pageInfo');
    expect(printed).toContain('__ep_next: hasNextPage');
    expect(printed).toContain('__ep_total: totalCount');
    expect(printed).toContain('...Conn');
  });

  test('the routed query declares only its variables and fragments, nested spreads included', () => {
    const doc = parse(one.query);
    expect(variableNames(doc)).toEqual(['id', 'withPosition']);
    expect(fragmentNames(doc)).toEqual(['Person', 'Pos']);
    expect(one.variableNames.sort()).toEqual(['id', 'withPosition']);
    expect(one.query).not.toContain('__ep_');
  });

  test('a variable no field uses is sent nowhere', () => {
    for (const f of plan.fields) expect(f.query).not.toContain('$unused');
  });
});

test('a connection with after as a literal and no variables still gets the per-country variable', () => {
  const plan = fieldsPlan('{ experts(first: 3, after: "abc") { edges { node { id } } } }');
  const doc = parse(plan.fields[0].query);
  expect(variableNames(doc)).toEqual([AFTER_VARIABLE, STATISTICS_VARIABLE]);
  expect(plan.fields[0].query).not.toContain('"abc"');
  expect(validate(schema, doc)).toEqual([]);
});

test('a SUM fan-out is not rewritten', () => {
  const plan = fieldsPlan(
    'query F($f: ExpertFilter) { expertFacets(filter: $f) { total byCountry { value count } } }',
  );
  expect(plan.fields[0].kind).toEqual(FILTERED('SUM'));
  expect(plan.fields[0].query).not.toContain('__ep_');
  expect(variableNames(parse(plan.fields[0].query))).toEqual(['f']);
});

test('mutations are planned against the Mutation type and routed, never fanned out', () => {
  const plan = fieldsPlan('mutation M($id: ID!) { removeExpert(id: $id) }');
  expect(plan.operation).toBe('mutation');
  expect(plan.fields[0].definition?.name).toBe('removeExpert');
  expect(plan.fields[0].kind).toEqual({ kind: 'routeBy', arg: 'id' });
});

test('_entities is detected and passed on whole', () => {
  const query =
    'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Expert { id displayName } } }';
  expect(planOperation(parse(query), schema, kinds)).toEqual({ type: 'entities' });
});

test('a document with more than one operation is refused', () => {
  expect(() =>
    planOperation(
      parse('query A { expert(id: "MY:abcd") { id } } query B { expert(id: "MY:abcd") { id } }'),
      schema,
      kinds,
    ),
  ).toThrow();
});

describe('coverage is the gateway view, never asked of a country', () => {
  test('a connection: coverage left out, also from a named fragment, which is inlined', () => {
    const plan = fieldsPlan(`
      query { experts(first: 2) { coverage { country } ...Both } }
      fragment Both on ExpertConnection { totalCount coverage { status } edges { node { id } } }
    `);
    const doc = parse(plan.fields[0].query);
    expect(plan.fields[0].query).not.toContain('coverage');
    expect(fragmentNames(doc)).toEqual([]);
    expect(print(doc)).toContain('... on ExpertConnection');
    expect(validate(schema, doc)).toEqual([]);
  });

  test('a fragment without coverage stays a spread', () => {
    const plan = fieldsPlan(`
      query { experts { ...Ids coverage { country } } }
      fragment Ids on ExpertConnection { edges { node { id } } }
    `);
    expect(fragmentNames(parse(plan.fields[0].query))).toEqual(['Ids']);
  });

  test('a SUM asking only for coverage still sends a valid operation', () => {
    const plan = fieldsPlan('{ expertFacets { coverage { country status } } }');
    const doc = parse(plan.fields[0].query);
    expect(plan.fields[0].query).not.toContain('coverage');
    expect(validate(schema, doc)).toEqual([]);
  });
});
