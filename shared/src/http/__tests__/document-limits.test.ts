/**
 * The document limits every service applies through apolloDefaults (issue 9, findings 2-4): a
 * document over the token, alias or directive limit is refused with QUERY_TOO_COMPLEX and
 * HTTP 400 before it runs, cheaply however large it is; production hides graphql-js's name
 * suggestions. Requests go through Apollo's HTTP entry point, as createHttpHandler sends them.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ConfigError, EnvReader } from '../../config';
import { ErrorCode } from '../../errors';
import {
  DocumentLimits,
  GATEWAY_DOCUMENT_LIMITS,
  SUBGRAPH_DOCUMENT_LIMITS,
  exceedsTokens,
  readDocumentLimits,
} from '../document-limits';
import { apolloDefaults } from '../service';

const TYPE_DEFS = `
  enum ExpertOrder { RELEVANCE NAME }
  input ExpertFilter { text: String }
  type Expert { id: ID! displayName: String contact: String consent: String country: String }
  type ExpertEdge { node: Expert! }
  type ExpertConnection { totalCount: Int! edges: [ExpertEdge!]! }
  type Query { experts(first: Int, orderBy: ExpertOrder, filter: ExpertFilter): ExpertConnection! }
`;
const EXPERT = { id: 'MY:1', displayName: 'Aminah', contact: null, consent: null, country: 'MY' };
const resolvers = {
  Query: { experts: () => ({ totalCount: 1, edges: [{ node: EXPERT }] }) },
};

const LIMITS: DocumentLimits = { maxTokens: 200, maxAliases: 5, maxDirectives: 3 };

async function server(production: boolean, limits = LIMITS) {
  const apollo = new ApolloServer({
    typeDefs: TYPE_DEFS,
    resolvers,
    // The formatter logs what it masks; nothing here should be masked, and jest stays quiet.
    ...apolloDefaults(production, limits),
  });
  await apollo.start();
  return apollo;
}

interface Answer {
  status: number;
  body: {
    data?: any;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function ask(
  apollo: ApolloServer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      search: '',
      body: { query, variables },
    },
    context: async () => ({}),
  });
  if (result.body.kind !== 'complete') throw new Error('expected a complete response');
  return { status: result.status ?? 200, body: JSON.parse(result.body.string) };
}

const NORMAL = '{ experts(first: 5) { totalCount edges { node { id displayName } } } }';
const aliases = (n: number, field = 'displayName') =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const inNode = (selection: string) => `{ experts(first: 1) { edges { node { ${selection} } } } }`;
const fragmentChain = (n: number) =>
  `{ ...F0 } ${Array.from({ length: n }, (_, i) =>
    i < n - 1
      ? `fragment F${i} on Query { ...F${i + 1} }`
      : `fragment F${i} on Query { __typename }`,
  ).join(' ')}`;

let dev: ApolloServer;
let prod: ApolloServer;
let defaults: ApolloServer;

beforeAll(async () => {
  dev = await server(false);
  prod = await server(true);
  defaults = await server(true, GATEWAY_DOCUMENT_LIMITS);
});

afterAll(async () => {
  await Promise.all([dev, prod, defaults].map((apollo) => apollo.stop()));
});

async function expectAnswered(apollo: ApolloServer): Promise<void> {
  const res = await ask(apollo, NORMAL);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({
    data: { experts: { totalCount: 1, edges: [{ node: { id: 'MY:1', displayName: 'Aminah' } }] } },
  });
}

function expectRefused(res: Answer, limit: Record<string, number>): void {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0].extensions).toEqual({ code: ErrorCode.QUERY_TOO_COMPLEX, ...limit });
}

describe('aliases', () => {
  test('up to the limit are answered; one more is refused with the limit and the count', async () => {
    const atLimit = await ask(prod, inNode(aliases(5)));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.experts.edges[0].node).toEqual({
      a0: 'Aminah',
      a1: 'Aminah',
      a2: 'Aminah',
      a3: 'Aminah',
      a4: 'Aminah',
    });

    const over = await ask(prod, inNode(aliases(6)));
    expectRefused(over, { maxAliases: 5 });
    expect(over.body.errors![0].message).toBe('Aliases limit of 5 exceeded, found 6.');
    await expectAnswered(prod);
  });

  test('aliases in fragments count; aliases of __typename are free', async () => {
    const viaFragment = await ask(
      prod,
      `${inNode('...N a5: id')} fragment N on Expert { ${aliases(5)} }`,
    );
    expectRefused(viaFragment, { maxAliases: 5 });
    const typenames = Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await ask(prod, `{ ${typenames} }`)).status).toBe(200);
  });

  test('finding 1: 600 aliased region-wide searches are refused (by the default limits too)', async () => {
    const query = `{ ${aliases(600, 'experts(first: 0) { totalCount }')} }`;
    expect(query.length).toBeGreaterThan(20_000);
    const res = await ask(defaults, query);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions!.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    // 600 aliases are 5,400 tokens: the token limit stops the parse before aliases are counted.
    expect(res.body.errors![0].extensions!.maxTokens).toBe(1000);
    const aliasesOnly = await ask(
      defaults,
      `{ ${aliases(31, 'experts(first: 0) { totalCount }')} }`,
    );
    expectRefused(aliasesOnly, { maxAliases: 30 });
    await expectAnswered(defaults);
  });
});

describe('directives', () => {
  test('up to the limit are answered; one more is refused', async () => {
    const three = 'id @include(if: true) displayName @skip(if: false) country @include(if: true)';
    expect((await ask(prod, inNode(three))).status).toBe(200);
    const over = await ask(prod, inNode(`${three} consent @skip(if: false)`));
    expectRefused(over, { maxDirectives: 3 });
    expect(over.body.errors![0].message).toBe('Directives limit of 3 exceeded, found 4.');
    await expectAnswered(prod);
  });
});

describe('tokens', () => {
  test('finding 2: 20,000 aliases (389 KB) are refused at parse time, in a few milliseconds', async () => {
    const query = inNode(aliases(20_000));
    expect(query.length).toBeGreaterThan(380_000);
    const started = process.hrtime.bigint();
    const res = await ask(defaults, query);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expectRefused(res, { maxTokens: 1000 });
    expect(res.body.errors![0].message).toBe('Query exceeds the limit of 1000 tokens.');
    // Parsing the whole document alone takes about 100 ms; this parse stops at token 1,001
    // (a few milliseconds). The bound is about 50 ms: asserted generously.
    expect(ms).toBeLessThan(250);
    await expectAnswered(defaults);
  });

  test('finding 3: a chain of 4,000 fragments is a 400, not a 500', async () => {
    const res = await ask(defaults, fragmentChain(4000));
    expectRefused(res, { maxTokens: 1000 });
    // A chain within the limit is validated and answered.
    const short = await ask(defaults, fragmentChain(100));
    expect(short.status).toBe(200);
    expect(short.body.data).toEqual({ __typename: 'Query' });
  });

  test('a syntax error within the limit stays a syntax error', async () => {
    const res = await ask(prod, '{ experts(first: 1) { totalCount }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('exceedsTokens counts as graphql-js does: the limit itself is allowed', () => {
    // `{ a b }` is four tokens.
    expect(exceedsTokens('{ a b }', 4)).toBe(false);
    expect(exceedsTokens('{ a b }', 3)).toBe(true);
    expect(exceedsTokens('{ a # a comment is not a token\n }', 3)).toBe(false);
    // A lexing error before the limit is the document's syntax error, not the limit.
    expect(exceedsTokens('{ a "unterminated', 100)).toBe(false);
  });
});

describe('other validation errors keep their code', () => {
  test('an unknown field within the limits is GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await ask(dev, inNode('nope'));
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('finding 4: suggestions', () => {
  const cases: { what: string; query: string; variables?: Record<string, unknown> }[] = [
    { what: 'a field', query: inNode('contct') },
    { what: 'an enum value', query: '{ experts(orderBy: RELEVANC) { totalCount } }' },
    { what: 'an argument', query: '{ experts(frist: 1) { totalCount } }' },
    { what: 'an input field', query: '{ experts(filter: { txt: "x" }) { totalCount } }' },
    {
      what: 'an enum value in a variable',
      query: 'query($o: ExpertOrder) { experts(orderBy: $o) { totalCount } }',
      variables: { o: 'RELEVANC' },
    },
    {
      what: 'an input field in a variable',
      query: 'query($f: ExpertFilter) { experts(filter: $f) { totalCount } }',
      variables: { f: { txt: 'x' } },
    },
  ];

  test.each(cases)('production names no schema element for $what', async (c) => {
    const res = await ask(prod, c.query, c.variables);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(res.body)).not.toMatch(/contact|RELEVANCE|"first"|"text"/);
    // Development keeps them: they help whoever is writing the query.
    const devRes = await ask(dev, c.query, c.variables);
    expect(devRes.body.errors![0].message).toMatch(/Did you mean/);
  });

  test('the message keeps what the caller got wrong', async () => {
    const res = await ask(prod, inNode('contct'));
    expect(res.body.errors![0].message).toBe('Cannot query field "contct" on type "Expert".');
    await expectAnswered(prod);
  });
});

describe('readDocumentLimits', () => {
  const read = (env: Record<string, string>, defaults = GATEWAY_DOCUMENT_LIMITS) => {
    const r = new EnvReader(env);
    return r.done(readDocumentLimits(r, defaults));
  };

  test("defaults to the service's limits", () => {
    expect(read({})).toEqual({ maxTokens: 1000, maxAliases: 30, maxDirectives: 50 });
    expect(read({}, SUBGRAPH_DOCUMENT_LIMITS)).toEqual({
      maxTokens: 1200,
      maxAliases: 40,
      maxDirectives: 50,
    });
  });

  test('reads MAX_TOKENS, MAX_ALIASES and MAX_DIRECTIVES', () => {
    expect(read({ MAX_TOKENS: '5000', MAX_ALIASES: '0', MAX_DIRECTIVES: '10' })).toEqual({
      maxTokens: 5000,
      maxAliases: 0,
      maxDirectives: 10,
    });
  });

  test('names every bad variable', () => {
    const r = new EnvReader({ MAX_TOKENS: '5', MAX_ALIASES: 'many', MAX_DIRECTIVES: '-1' });
    readDocumentLimits(r, GATEWAY_DOCUMENT_LIMITS);
    expect(() => r.done(null)).toThrow(
      new ConfigError([
        'MAX_TOKENS must be an integer from 10 to 10000 (got "5")',
        'MAX_ALIASES must be an integer from 0 to 100000 (got "many")',
        'MAX_DIRECTIVES must be an integer from 0 to 100000 (got "-1")',
      ]),
    );
  });
});
