import { ConfigError } from '@expertpool/shared';
import { isRegistryMode, readGatewayConfig } from '../config';

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
  const config = readGatewayConfig({ REGISTRY: '/etc/expertpool/registry.json' });
  expect(config).toEqual({
    mode: { kind: 'registry', path: '/etc/expertpool/registry.json' },
    port: 4000,
    host: '127.0.0.1',
    production: false,
    maxBodyBytes: 1024 * 1024,
    queryLimits: { maxDepth: 12, maxCost: 20_000, maxFirst: 100, defaultListSize: 20 },
    rateLimits: { perAddress: 1200, perToken: 600 },
  });
  expect(isRegistryMode(config.mode)).toBe(true);
});

test('plain (supergraph) mode', () => {
  const config = readGatewayConfig({
    SUPERGRAPH: '/tmp/supergraph.graphql',
    PORT: '4400',
    HOST: '0.0.0.0',
    NODE_ENV: 'production',
  });
  expect(config.mode).toEqual({ kind: 'supergraph', path: '/tmp/supergraph.graphql' });
  expect(isRegistryMode(config.mode)).toBe(false);
  expect(config.port).toBe(4400);
  expect(config.host).toBe('0.0.0.0');
  expect(config.production).toBe(true);
});

test.each([
  ['neither', {}],
  ['both', { REGISTRY: '/r.json', SUPERGRAPH: '/s.graphql' }],
  ['blank values count as unset', { REGISTRY: '  ', SUPERGRAPH: '' }],
])('exactly one of REGISTRY / SUPERGRAPH is required (%s)', (_name, env) => {
  const found = problems(env);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/REGISTRY/);
  expect(found[0]).toMatch(/SUPERGRAPH/);
});

test.each(['abc', '-1', '65536', '80.5', '4000x'])('a bad PORT (%s) is named', (port) => {
  const found = problems({ REGISTRY: '/r.json', PORT: port });
  expect(found).toEqual([
    expect.stringMatching(new RegExp(`^PORT .*"${port.replace('.', '\\.')}"`)),
  ]);
});

test('every problem is reported at once', () => {
  const found = problems({ PORT: 'x', MAX_BODY_BYTES: '1', NODE_ENV: 'staging' });
  expect(found).toHaveLength(4);
  expect(found.join('\n')).toMatch(/REGISTRY/);
  expect(found.join('\n')).toMatch(/PORT/);
  expect(found.join('\n')).toMatch(/MAX_BODY_BYTES/);
  expect(found.join('\n')).toMatch(/NODE_ENV/);
});

test('hardening limits from the environment; 0 disables a rate limit', () => {
  const config = readGatewayConfig({ REGISTRY: '/r.json', MAX_DEPTH: '8', MAX_COST: '5000', RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_TOKEN: '30' });
  expect(config.queryLimits).toMatchObject({ maxDepth: 8, maxCost: 5000 });
  expect(config.rateLimits).toEqual({ perAddress: 0, perToken: 30 });
  const found = problems({ REGISTRY: '/r.json', MAX_DEPTH: '0', MAX_COST: 'lots', RATE_LIMIT_PER_ADDRESS: '-1', RATE_LIMIT_PER_TOKEN: '1.5' });
  expect(found.map((p) => p.split(' ')[0]).sort()).toEqual(['MAX_COST', 'MAX_DEPTH', 'RATE_LIMIT_PER_ADDRESS', 'RATE_LIMIT_PER_TOKEN']);
});
