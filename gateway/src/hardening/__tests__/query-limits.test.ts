import { buildASTSchema, getIntrospectionQuery, parse, print, validate } from 'graphql';
import { ErrorCode, MEMBER_CODES } from '@expertpool/shared';
import { typeDefs as countryTypeDefs } from '@expertpool/country';
import { LOOKUP, SEARCH } from '../../../../tests/src/bench/queries';
import { RoutingView } from '../../routing/data-source';
import { readFieldKinds } from '../../routing/field-kinds';
import { CostModel, DEFAULT_ASSUMED_LIST_SIZE } from '../cost';
import { readCostDirectives } from '../cost-directives';
import { operationDepth } from '../depth';
import { fanoutWidth } from '../fanout-width';
import { resolveOperation } from '../fragments';
import { LimitCheck, QueryLimits, checkQueryLimits } from '../query-limits';
import { composedRegion } from './helpers/schema';

const { schema, supergraphSdl } = composedRegion();
/** The defaults (config.ts). */
const LIMITS: QueryLimits = {
  maxDepth: 12,
  maxFragmentDepth: 50,
  maxCost: 50_000,
  maxFirst: 100,
  assumedListSize: DEFAULT_ASSUMED_LIST_SIZE,
};

/** The region as the routing layer sees it: every member state accepted but TL, still unverified. */
const countrySdl = parse(print(countryTypeDefs));
const accepted = MEMBER_CODES.filter((c) => c !== 'TL');
const view: RoutingView = {
  sdl: print(countrySdl),
  schema: buildASTSchema(countrySdl, { assumeValidSDL: true }),
  kinds: readFieldKinds(countrySdl),
  countries: new Map(accepted.map((code) => [code, { code, url: `http://${code}`, timeoutMs: 1 }])),
  excluded: new Map([['TL', 'TL has not answered since it was registered.']]),
};
const REGION: CostModel = {
  directives: readCostDirectives(supergraphSdl),
  assumedListSize: LIMITS.assumedListSize,
  fanout: fanoutWidth(() => view),
};
const PLAIN: CostModel = { ...REGION, fanout: undefined };

function parsed(query: string) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  return document;
}
const depthOf = (query: string) => operationDepth(resolveOperation(parsed(query)));
const check = (
  query: string,
  variables?: Record<string, unknown>,
  limits: QueryLimits = LIMITS,
  model: CostModel = REGION,
): LimitCheck => checkQueryLimits(schema, parsed(query), undefined, variables, limits, model);
const costOf = (query: string, variables?: Record<string, unknown>, model = REGION) => {
  const result = check(query, variables, { ...LIMITS, maxCost: Number.MAX_VALUE }, model);
  if (!result.ok) throw result.error;
  return result.cost;
};
const refusal = (result: LimitCheck) => {
  if (result.ok) throw new Error(`admitted at cost ${result.cost}`);
  return result.error;
};
/** `{ ...F0 } fragment F0 on Query { ...F1 } …`, n fragments long. */
const chain = (n: number) =>
  `{ ...F0 } ${Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { ${i === n - 1 ? 'countries { code }' : `...F${i + 1}`} }`,
  ).join(' ')}`;
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('depth', () => {
  test('counts nested fields, fragments flattened, introspection meta-fields free', () => {
    expect(depthOf('{ countries { code } }').fields).toBe(2);
    expect(depthOf('{ expert(id: "MY:x") { id position { grade { code } } } }').fields).toBe(4);
    expect(
      depthOf(
        'query { expert(id: "MY:x") { ...E } } fragment E on Expert { position { ... on Position { grade { code } } } }',
      ),
    ).toEqual({ fields: 4, fragments: 1 });
    expect(
      depthOf(
        '{ __typename __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }',
      ).fields,
    ).toBe(0);
    // Tools and IDEs send it in development; it nests 15 deep.
    expect(check(getIntrospectionQuery()).ok).toBe(true);
  });

  test('deeper than MAX_DEPTH is refused with QUERY_TOO_COMPLEX naming the limit and the depth', () => {
    // The region's schema has no cycles: its deepest valid queries are 6 deep, well inside the
    // default of 12, so the bomb here is measured against a lower limit.
    const query =
      '{ programmes(first: 1) { engagements { expert { position { grade { code } } } } } }';
    expect(depthOf(query).fields).toBe(6);
    expect(check(query, {}, { ...LIMITS, maxDepth: 6 }).ok).toBe(true);
    const error = refusal(check(query, {}, { ...LIMITS, maxDepth: 5 }));
    expect(error.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error.message).toBe('Query depth 6 exceeds the limit of 5.');
    expect(error.extensions).toMatchObject({ depth: 6, maxDepth: 5 });
  });

  test('finding 3: a chain of 3,000 fragments is measured and refused, not a stack overflow', () => {
    const document = parse(chain(3000));
    const error = refusal(checkQueryLimits(schema, document, undefined, {}, LIMITS, REGION));
    expect(error.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error.message).toBe('Fragments spread fragments 3000 deep, beyond the limit of 50.');
    expect(error.extensions.http).toEqual({ status: 400 });
    // Within the limit, the chain is measured to its end, cost included.
    expect(check(chain(50))).toEqual({ ok: true, cost: 14 });
    expect(refusal(check(chain(51))).extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  });
});

describe('cost of the region (cost directives in the subgraph schemas)', () => {
  test('a @fanout field costs its subgraph cost times the countries it reaches', () => {
    // experts: @cost(weight: 100), its edges sized by first; every accepted country (10, not TL)
    const one = costOf(
      '{ experts(first: 5, filter: { countries: [MY] }) { edges { node { id } } } }',
    );
    // 100 + edges 5 × (edge 1 + node 1) + the filter argument 1
    expect(one).toBe(100 + 5 * 2 + 1);
    expect(
      costOf(
        '{ experts(first: 5, filter: { countries: [MY, TH, MY] }) { edges { node { id } } } }',
      ),
    ).toBe(2 * (100 + 10 + 1));
    expect(costOf('{ experts(first: 5) { edges { node { id } } } }')).toBe(10 * (100 + 10));
    // A refused or unverified country gets no request, so adds no cost.
    expect(costOf('{ expertFacets(filter: { countries: [TL] }) { total } }')).toBe(100 + 1);
    // In plain mode there is no fan-out.
    expect(costOf('{ experts(first: 5) { edges { node { id } } } }', {}, PLAIN)).toBe(100 + 10);
  });

  test('routed and region fields cost once; fixed lists count their assumed size', () => {
    expect(costOf('{ expert(id: "MY:x") { id names { value } } }')).toBe(10 + 10);
    expect(costOf('{ countries { code name } }')).toBe(14);
    // programmes sized by first (default 50); engagements have no @listSize: the assumed size
    expect(costOf('{ programmes(first: 3) { id engagements { role } } }')).toBe(
      3 * (1 + DEFAULT_ASSUMED_LIST_SIZE),
    );
    expect(costOf('{ programmes { id } }')).toBe(50);
  });

  test('finding 1: 600 aliases of experts(first: 0) from anyone are refused before anything runs', () => {
    const error = refusal(check(aliases(600, 'experts(first: 0) { totalCount }')));
    expect(error.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error.extensions).toMatchObject({ cost: 600 * 10 * 100, maxCost: 50_000 });
  });

  test('finding 1: 2,000 expertFacets are refused', () => {
    const error = refusal(check(aliases(2000, 'expertFacets { total }')));
    expect(error.message).toBe('Query cost 2000000 exceeds the limit of 50000.');
  });

  test('a nested-list bomb is refused with QUERY_TOO_COMPLEX naming the limit and the cost', () => {
    const bomb =
      '{ programmes(first: 100) { engagements { expert { engagements { title } names { value } expertise { years } } } } }';
    const cost = costOf(bomb);
    expect(cost).toBeGreaterThan(LIMITS.maxCost);
    const error = refusal(check(bomb));
    expect(error.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error.message).toBe(`Query cost ${cost} exceeds the limit of 50000.`);
  });
});

describe('page size', () => {
  test('first outside 0..100 anywhere is BAD_USER_INPUT, literal or variable', () => {
    const literal = refusal(check('{ experts(first: 101) { totalCount } }'));
    expect(literal.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(literal.message).toBe('first must be from 0 to 100 (got 101 on Query.experts).');
    expect(refusal(check('{ programmes(first: -1) { id } }')).extensions.code).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(check('{ programmes(first: 0) { id } }').ok).toBe(true);
    const variable = refusal(
      check('query($n: Int) { programmes(first: 5) { id } experts(first: $n) { totalCount } }', {
        n: 1000,
      }),
    );
    expect(variable.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(check('{ experts(first: 100) { totalCount } }').ok).toBe(true);
  });
});

describe('what clients actually send stays within the default limits, region-wide', () => {
  test.each([
    ['bench SEARCH (first: 100)', SEARCH, { first: 100, filter: { text: 'x' } }],
    ['bench LOOKUP', LOOKUP, { id: 'MY:abc' }],
    [
      'half a page of experts with their details',
      `{ experts(first: 50) { totalCount pageInfo { hasNextPage endCursor } coverage { country status latencyMs }
           edges { cursor score node { id displayName country { code name } names { value lang script }
             position { title band agency grade { scheme code } } expertise { area { id label } level years }
             languages { tag cefr } withheldFields } } } }`,
      {},
    ],
    [
      'programmes with their experts',
      '{ programmes(first: 20) { id title host { name } engagements { role topic expert { id displayName } } } }',
      {},
    ],
    [
      'the facets of a search',
      '{ expertFacets(filter: { text: "x" }) { total byCountry { value count } byArea { value count } byLanguage { value count } byBand { value count } coverage { country status } } }',
      {},
    ],
  ])('%s', (_name, query, variables) => {
    expect(check(query, variables)).toMatchObject({ ok: true });
  });
});
