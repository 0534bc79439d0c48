import { getIntrospectionQuery, parse, validate } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { LOOKUP, SEARCH } from '../../../../tests/src/bench/queries';
import { operationCost } from '../cost';
import { operationDepth } from '../depth';
import { resolveOperation } from '../fragments';
import { QueryLimits, checkQueryLimits } from '../query-limits';
import { composedApiSchema } from './helpers/schema';

const schema = composedApiSchema();
const LIMITS: QueryLimits = { maxDepth: 12, maxCost: 20_000, maxFirst: 100, defaultListSize: 20 };

function parsed(query: string) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  return document;
}
const depthOf = (query: string) => operationDepth(resolveOperation(parsed(query)));
const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, resolveOperation(parsed(query)), variables);
const check = (query: string, variables?: Record<string, unknown>) =>
  checkQueryLimits(schema, parsed(query), undefined, variables, LIMITS);

describe('depth', () => {
  test('counts nested fields, fragments flattened, introspection meta-fields free', () => {
    expect(depthOf('{ countries { code } }')).toBe(2);
    expect(depthOf('{ expert(id: "MY:x") { id position { grade { code } } } }')).toBe(4);
    expect(
      depthOf(
        'query { expert(id: "MY:x") { ...E } } fragment E on Expert { position { ... on Position { grade { code } } } }',
      ),
    ).toBe(4);
    expect(
      depthOf(
        '{ __typename __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }',
      ),
    ).toBe(0);
    // Tools and IDEs send it in development; it nests 15 deep.
    expect(check(getIntrospectionQuery())).toBeUndefined();
  });

  test('deeper than MAX_DEPTH is refused with QUERY_TOO_COMPLEX naming the limit and the depth', () => {
    // The region's schema has no cycles: its deepest valid queries are 6 deep, well inside the
    // default of 12, so the bomb here is measured against a lower limit.
    const query =
      '{ programmes(first: 1) { engagements { expert { position { grade { code } } } } } }';
    expect(depthOf(query)).toBe(6);
    expect(
      checkQueryLimits(schema, parsed(query), undefined, {}, { ...LIMITS, maxDepth: 6 }),
    ).toBeUndefined();
    const error = checkQueryLimits(
      schema,
      parsed(query),
      undefined,
      {},
      { ...LIMITS, maxDepth: 5 },
    )!;
    expect(error.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error.message).toBe('Query depth 6 exceeds the limit of 5.');
    expect(error.extensions).toMatchObject({ depth: 6, maxDepth: 5 });
  });
});

describe('cost', () => {
  test('every field costs 1; scalar lists count once', () => {
    expect(costOf('{ countries { code name languages } }')).toBe(1 + 20 * 3);
    expect(costOf('{ country(code: MY) { code name } }')).toBe(3);
  });

  test('a list multiplies its sub-selection by its first, a literal, a variable or the default', () => {
    expect(costOf('{ programmes(first: 5) { id title } }')).toBe(1 + 5 * 2);
    expect(costOf('query($n: Int) { programmes(first: $n) { id title } }', { n: 7 })).toBe(
      1 + 7 * 2,
    );
    // the schema's default: programmes(first: Int = 50)
    expect(costOf('{ programmes { id title } }')).toBe(1 + 50 * 2);
  });

  test("a connection's first sizes its edges", () => {
    const query = '{ experts(first: 10) { totalCount edges { node { id displayName } } } }';
    // experts 1 + totalCount 1 + edges (1 + 10 × (node 1 + 2))
    expect(costOf(query)).toBe(1 + 1 + 1 + 10 * 3);
    // experts(first: Int = 20)
    expect(costOf('{ experts { edges { cursor } } }')).toBe(1 + 1 + 20 * 1);
  });

  test('nested lists multiply, through fragments too', () => {
    const direct = '{ programmes(first: 10) { engagements { expert { names { value } } } } }';
    const viaFragments = `
      { programmes(first: 10) { ...P } }
      fragment P on Programme { engagements { ... on ProgrammeEngagement { expert { ...N } } } }
      fragment N on Expert { names { value } }`;
    // programmes 1 + 10 × (engagements 1 + 20 × (expert 1 + names 1 + 20 × value 1))
    const expected = 1 + 10 * (1 + 20 * (1 + 1 + 20 * 1));
    expect(costOf(direct)).toBe(expected);
    expect(costOf(viaFragments)).toBe(expected);
  });

  test('a cost bomb is refused with QUERY_TOO_COMPLEX naming the limit and the cost', () => {
    const bomb =
      '{ programmes(first: 100) { engagements { expert { engagements { title } names { value } expertise { years } } } } }';
    const cost = costOf(bomb);
    expect(cost).toBeGreaterThan(LIMITS.maxCost);
    const error = check(bomb)!;
    expect(error.extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error.message).toBe(`Query cost ${cost} exceeds the limit of 20000.`);
    expect(error.extensions).toMatchObject({ cost, maxCost: 20_000 });
  });

  test('a fragment spread many times is walked once per page size (no exponential blow-up)', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Country { ${i === 29 ? 'code' : `...F${i + 1} ...F${i + 1}`} }`,
    );
    const query = `{ country(code: MY) { ...F0 } } ${fragments.join(' ')}`;
    const started = Date.now();
    expect(costOf(query)).toBe(1 + 2 ** 29);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('page size', () => {
  test('first outside 0..100 anywhere is BAD_USER_INPUT, literal or variable', () => {
    const literal = check('{ experts(first: 101) { totalCount } }')!;
    expect(literal.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(literal.message).toBe('first must be from 0 to 100 (got 101 on Query.experts).');
    expect(check('{ programmes(first: -1) { id } }')!.extensions.code).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(check('{ programmes(first: 0) { id } }')).toBeUndefined();
    const variable = check(
      'query($n: Int) { programmes(first: 5) { id } experts(first: $n) { totalCount } }',
      { n: 1000 },
    )!;
    expect(variable.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(check('{ experts(first: 100) { totalCount } }')).toBeUndefined();
  });
});

describe('what clients actually send stays within the limits', () => {
  test.each([
    ['bench SEARCH (first: 100)', SEARCH, { first: 100, filter: { text: 'x' } }],
    ['bench LOOKUP', LOOKUP, { id: 'MY:abc' }],
    [
      // A full page of 100 with every list would cost about 22,000 at the default list size of 20.
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
  ])('%s', (_name, query, variables) => {
    expect(check(query, variables)).toBeUndefined();
  });
});
