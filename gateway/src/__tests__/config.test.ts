import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, generateSecret } from '@expertpool/shared';
import { isRegistryMode, readGatewayConfig } from '../config';

/** A dev secret: the gateway verifies tokens itself, so a config without one is refused. */
const SECRET = generateSecret();
const AUTH = { JWT_SECRET: SECRET };

// NODE_ENV=production refuses the dev secret, so the production case names an issuers file.
const folder = mkdtempSync(join(tmpdir(), 'gateway-config-'));
const issuersFile = join(folder, 'issuers.json');
writeFileSync(
  issuersFile,
  JSON.stringify({
    issuers: {
      'https://idp.my.example': { jwksUrl: 'https://idp.my.example/jwks.json', vouchesFor: ['MY'] },
    },
  }),
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    readGatewayConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

test('registry mode with defaults', () => {
  const config = readGatewayConfig({ REGISTRY: '/etc/expertpool/registry.json', ...AUTH });
  expect(config).toEqual({
    mode: { kind: 'registry', path: '/etc/expertpool/registry.json' },
    port: 4000,
    host: '127.0.0.1',
    production: false,
    log: { level: 'info', format: 'json' },
    maxBodyBytes: 1024 * 1024,
    documentLimits: { maxTokens: 1000, maxAliases: 30, maxDirectives: 50 },
    queryLimits: {
      maxDepth: 12,
      maxFragmentDepth: 50,
      maxCost: 50_000,
      maxFirst: 100,
      assumedListSize: 10,
    },
    rateLimits: { perAddress: 1200, perToken: 600 },
    costBudgets: { perAddress: 1_000_000, perToken: 500_000 },
    auth: { kind: 'hs256', secret: SECRET, issuer: 'expertpool-dev', maxLifetimeSeconds: 43_200 },
    corsOrigins: [],
    trustedProxies: [],
    shutdownGraceSeconds: 20,
  });
  expect(isRegistryMode(config.mode)).toBe(true);
});

test('TRUSTED_PROXIES: addresses, ranges and names; anything else is named', () => {
  const env = { REGISTRY: '/etc/expertpool/registry.json', ...AUTH };
  expect(
    readGatewayConfig({ ...env, TRUSTED_PROXIES: ' 10.0.0.0/8, loopback ,fd00::1' }).trustedProxies,
  ).toEqual(['10.0.0.0/8', 'loopback', 'fd00::1']);
  expect(problems({ ...env, TRUSTED_PROXIES: '10.0.0.0/8,ingress.example' })).toEqual([
    expect.stringMatching(
      /^TRUSTED_PROXIES must list IP addresses or CIDR ranges.*ingress\.example/,
    ),
  ]);
});

test('plain (supergraph) mode', () => {
  const config = readGatewayConfig({
    SUPERGRAPH: '/tmp/supergraph.graphql',
    PORT: '4400',
    HOST: '0.0.0.0',
    NODE_ENV: 'production',
    JWT_ISSUERS_FILE: issuersFile,
    MAX_TOKENS: '2000',
    MAX_ALIASES: '5',
    MAX_DIRECTIVES: '7',
  });
  expect(config.mode).toEqual({ kind: 'supergraph', path: '/tmp/supergraph.graphql' });
  expect(config.documentLimits).toEqual({ maxTokens: 2000, maxAliases: 5, maxDirectives: 7 });
  expect(isRegistryMode(config.mode)).toBe(false);
  expect(config.port).toBe(4400);
  expect(config.host).toBe('0.0.0.0');
  expect(config.production).toBe(true);
  expect(config.auth).toEqual({
    kind: 'keys',
    issuers: {
      'https://idp.my.example': { jwksUrl: 'https://idp.my.example/jwks.json', vouchesFor: ['MY'] },
    },
    maxLifetimeSeconds: 43_200,
  });
});

test('the gateway does not start without a way to verify tokens, nor with the dev secret in production', () => {
  expect(problems({ REGISTRY: '/r.json' })).toEqual([
    expect.stringMatching(/^set JWT_SECRET .* or JWT_ISSUERS_FILE/),
  ]);
  expect(problems({ REGISTRY: '/r.json', NODE_ENV: 'production', ...AUTH })).toEqual([
    expect.stringMatching(/^JWT_SECRET .* is refused with NODE_ENV=production/),
  ]);
});

test.each([
  ['neither', {}],
  ['both', { REGISTRY: '/r.json', SUPERGRAPH: '/s.graphql' }],
  ['blank values count as unset', { REGISTRY: '  ', SUPERGRAPH: '' }],
])('exactly one of REGISTRY / SUPERGRAPH is required (%s)', (_name, env) => {
  const found = problems({ ...env, ...AUTH });
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/REGISTRY/);
  expect(found[0]).toMatch(/SUPERGRAPH/);
});

test.each(['abc', '-1', '65536', '80.5', '4000x'])('a bad PORT (%s) is named', (port) => {
  const found = problems({ REGISTRY: '/r.json', PORT: port, ...AUTH });
  expect(found).toEqual([
    expect.stringMatching(new RegExp(`^PORT .*"${port.replace('.', '\\.')}"`)),
  ]);
});

test('every problem is reported at once', () => {
  const found = problems({
    PORT: 'x',
    MAX_BODY_BYTES: '1',
    NODE_ENV: 'staging',
    JWT_SECRET: 'short',
  });
  expect(found).toHaveLength(5);
  expect(found.join('\n')).toMatch(/REGISTRY/);
  expect(found.join('\n')).toMatch(/PORT/);
  expect(found.join('\n')).toMatch(/MAX_BODY_BYTES/);
  expect(found.join('\n')).toMatch(/NODE_ENV/);
  expect(found.join('\n')).toMatch(/JWT_SECRET is too weak/);
});

test('hardening limits from the environment; 0 disables a rate limit', () => {
  const config = readGatewayConfig({
    REGISTRY: '/r.json',
    ...AUTH,
    MAX_DEPTH: '8',
    MAX_COST: '5000',
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '30',
  });
  expect(config.queryLimits).toMatchObject({ maxDepth: 8, maxCost: 5000 });
  expect(config.rateLimits).toEqual({ perAddress: 0, perToken: 30 });
  const found = problems({
    REGISTRY: '/r.json',
    ...AUTH,
    MAX_DEPTH: '0',
    MAX_COST: 'lots',
    RATE_LIMIT_PER_ADDRESS: '-1',
    RATE_LIMIT_PER_TOKEN: '1.5',
  });
  expect(found.map((p) => p.split(' ')[0]).sort()).toEqual([
    'MAX_COST',
    'MAX_DEPTH',
    'RATE_LIMIT_PER_ADDRESS',
    'RATE_LIMIT_PER_TOKEN',
  ]);
});

test('demand control from the environment: list size, fragment depth, cost budgets (0 disables)', () => {
  const config = readGatewayConfig({
    REGISTRY: '/r.json',
    ...AUTH,
    ASSUMED_LIST_SIZE: '25',
    MAX_FRAGMENT_DEPTH: '8',
    COST_PER_MINUTE_PER_ADDRESS: '0',
    COST_PER_MINUTE_PER_TOKEN: '200000',
  });
  expect(config.queryLimits).toMatchObject({ assumedListSize: 25, maxFragmentDepth: 8 });
  expect(config.costBudgets).toEqual({ perAddress: 0, perToken: 200_000 });
  const found = problems({
    REGISTRY: '/r.json',
    ...AUTH,
    ASSUMED_LIST_SIZE: '-1',
    MAX_FRAGMENT_DEPTH: '0',
    COST_PER_MINUTE_PER_ADDRESS: 'many',
    // A budget below MAX_COST could never admit a request MAX_COST allows.
    COST_PER_MINUTE_PER_TOKEN: '10000',
  });
  expect(found.map((p) => p.split(' ')[0]).sort()).toEqual([
    'ASSUMED_LIST_SIZE',
    'COST_PER_MINUTE_PER_ADDRESS',
    'COST_PER_MINUTE_PER_TOKEN',
    'MAX_FRAGMENT_DEPTH',
  ]);
  expect(found.find((p) => p.startsWith('COST_PER_MINUTE_PER_TOKEN'))).toBe(
    'COST_PER_MINUTE_PER_TOKEN must be 0 (off) or at least MAX_COST (50000), so a request within MAX_COST can be admitted (got 10000)',
  );
});

test('REDIS_URL: a redis:// or rediss:// URL, or unset for budgets in memory; a bad one is named without its password', () => {
  const base = { REGISTRY: 'registry.json', ...AUTH };
  expect(readGatewayConfig(base).redisUrl).toBeUndefined();
  expect(
    readGatewayConfig({ ...base, REDIS_URL: 'rediss://:pw@redis.internal:6380' }).redisUrl,
  ).toBe('rediss://:pw@redis.internal:6380');
  expect(problems({ ...base, REDIS_URL: 'http://user:s3cret@redis.internal' })).toEqual([
    'REDIS_URL must be a redis:// or rediss:// URL with a host, e.g. redis://redis.internal:6379 (got "http://…@redis.internal")',
  ]);
});
