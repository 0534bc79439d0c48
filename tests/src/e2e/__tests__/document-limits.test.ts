import { Kind, Lexer, Source, TokenKind, parse, visit } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import {
  RunningRegion,
  Service,
  startRegion,
  startService,
  stopService,
  waitHealthy,
} from '../../index';
import { GraphQLResult, gql } from '../helpers/graphql';
import { TestIdentityProvider, startIdentityProvider } from '../helpers/identity-provider';
import { ProxyPool } from '../helpers/proxy';

/**
 * The document limits over real HTTP (issue 9, findings 2-4), with every service's defaults: a
 * region (MY and TH behind counting proxies), a production gateway over its registry and a
 * production MY country of its own. Every refusal is followed by a normal query that must still
 * be answered.
 */
let region: RunningRegion;
let prodGateway: Service;
let prodCountry: Service;
let idp: TestIdentityProvider;
const proxies = new ProxyPool();

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY', 'TH'],
    seedExperts: 10,
    dbPrefix: `doclim${process.pid}`,
    registryUrlFor: proxies.registryUrlFor,
  });
  // Production refuses the dev secret: tokens would come from the issuer in JWT_ISSUERS_FILE.
  idp = startIdentityProvider();
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: '',
    JWT_ISSUERS_FILE: idp.issuersFile,
    HEALTH_PORT: '',
  };
  prodGateway = startService('gateway-prod', 'gateway/dist/main.js', 0, {
    ...production,
    REGISTRY: region.registryPath,
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
  });
  prodCountry = startService('MY-prod', 'subgraphs/country/dist/main.js', 0, {
    ...production,
    COUNTRY: 'MY',
    MONGODB_URI: process.env.MONGODB_URI!,
    MONGODB_DB: `doclim${process.pid}_prod_my`,
    SEED_EXPERTS: '5',
    // Demo data on production settings is a trial's explicit choice (README, configuration).
    DEMO_DATA: 'yes',
  });
  await Promise.all([waitHealthy(prodGateway), waitHealthy(prodCountry)]);
}, 300_000);

afterAll(async () => {
  await Promise.all([prodGateway, prodCountry].filter(Boolean).map((s) => stopService(s)));
  await region?.stop();
  await proxies.close();
  idp?.remove();
});

const country = () => region.countries.get('MY')!.url;

const NODE = '{ experts(first: 2) { totalCount edges { node { id displayName } } } }';

async function stillAnswers(url: string): Promise<void> {
  const res = await gql(url, NODE);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.experts.edges.length).toBeGreaterThan(0);
}

function expectRefused(res: GraphQLResult, limit: Record<string, number>): void {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toEqual({ code: ErrorCode.QUERY_TOO_COMPLEX, ...limit });
}

const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const inNode = (selection: string) => `{ experts(first: 1) { edges { node { ${selection} } } } }`;
/** `{ ...F0 } fragment F0 on Query { ...F1 } …`, n fragments long. */
const chain = (n: number) =>
  `{ ...F0 } ${Array.from({ length: n }, (_, i) =>
    i < n - 1
      ? `fragment F${i} on Query { ...F${i + 1} }`
      : `fragment F${i} on Query { __typename }`,
  ).join(' ')}`;

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

function aliasCount(query: string): number {
  let n = 0;
  visit(parse(query), { [Kind.FIELD]: (field) => void (field.alias ? n++ : undefined) });
  return n;
}

describe('finding 2: one node with 20,000 aliases of displayName (389 KB)', () => {
  const huge = inNode(aliases(20_000, 'displayName'));

  test.each([
    ['the gateway', () => region.gateway.url, 1000],
    ['a country', country, 1200],
  ])(
    'is refused by %s at once, and a concurrent { __typename } is answered promptly',
    async (_, url, maxTokens) => {
      expect(huge.length).toBeGreaterThan(380_000);
      proxies.reset();
      const refused = gql(url(), huge);
      const typename = gql(url(), '{ __typename }');
      const [big, small] = await Promise.all([refused, typename]);
      expectRefused(big, { maxTokens });
      // The issue's bound is about 50 ms of event loop; asserted generously over HTTP.
      expect(big.ms).toBeLessThan(1000);
      expect(small.status).toBe(200);
      expect(small.data).toEqual({ __typename: 'Query' });
      expect(small.ms).toBeLessThan(1000);
      // The gateway asked no country anything.
      expect(proxies.asked()).toEqual([]);
      await stillAnswers(url());
    },
  );
});

describe('finding 3 at the countries: a chain of 4,000 fragments', () => {
  test.each([
    ['development', country],
    ['production', () => prodCountry.url],
  ])('is a 400 refusal, not a 500 (%s)', async (_, url) => {
    const res = await gql(url(), chain(4000));
    expectRefused(res, { maxTokens: 1200 });
    // A chain within the limits is validated and answered.
    const short = await gql(url(), chain(100));
    expect(short.status).toBe(200);
    expect(short.data).toEqual({ __typename: 'Query' });
    await stillAnswers(url());
  });
});

describe('finding 4: with introspection off, a misspelt field gets no suggestion', () => {
  const MISSPELT = '{ experts { edges { node { contct } } } }';

  test.each([
    ['the production gateway', () => prodGateway.url],
    ['a production country', () => prodCountry.url],
  ])('at %s', async (_, url) => {
    const res = await gql(url(), MISSPELT);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([
      {
        message: 'Cannot query field "contct" on type "Expert".',
        locations: [{ line: 1, column: 28 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    // Nor for an enum value in a variable, which graphql-js checks only as the operation runs.
    const enumValue = await gql(
      url(),
      'query($o: ExpertOrder) { experts(orderBy: $o) { totalCount } }',
      { o: 'RELEVANC' },
    );
    expect(enumValue.status).toBe(400);
    expect(enumValue.errors![0].extensions!.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(JSON.stringify(enumValue.errors)).not.toMatch(/Did you mean|RELEVANCE/);
    await stillAnswers(url());
  });

  test('development keeps the suggestion', async () => {
    const res = await gql(region.gateway.url, MISSPELT);
    expect(res.errors![0].message).toMatch(/Did you mean "contact"/);
  });
});

describe('the limits refuse none of the real queries', () => {
  test('a request at every gateway limit is answered, and the countries accept what the gateway sends them', async () => {
    // 30 aliases, 50 directives, padded with ids to exactly 1,000 tokens.
    const position = 'position @include(if: $yes) { title grade { scheme code } band agency }';
    const more = Array.from({ length: 20 }, () => 'displayName @skip(if: $no)').join(' ');
    const base = (pad: number) =>
      `query AtTheLimits($yes: Boolean = true, $no: Boolean = false) { experts(first: 1) { totalCount edges { node { ${aliases(30, position)} ${more}${' id'.repeat(pad)} } } } }`;
    const query = base(1000 - tokens(base(0)));
    expect(tokens(query)).toBe(1000);
    expect(aliasCount(query)).toBe(30);

    proxies.reset();
    const res = await gql(region.gateway.url, query);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.experts.edges).toHaveLength(1);
    expect(Object.keys(res.data!.experts.edges[0].node)).toHaveLength(32);

    // What MY was sent: the gateway's reserved aliases and its rewriting stay inside the
    // countries' own limits (1,200 tokens, 40 aliases).
    const sent = proxies.get('MY')!.bodies.map((b) => (JSON.parse(b) as { query: string }).query);
    expect(sent.length).toBeGreaterThan(0);
    for (const q of sent) {
      expect(tokens(q)).toBeLessThanOrEqual(1200);
      expect(aliasCount(q)).toBeLessThanOrEqual(40);
    }

    // One token more is refused.
    expectRefused(await gql(region.gateway.url, query.replace(' id }', ' id id }')), {
      maxTokens: 1000,
    });
  });
});
