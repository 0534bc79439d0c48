import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, generateSecret } from '@expertpool/shared';
import { readRegionConfig } from '../config';

const URI = 'mongodb://127.0.0.1:27017';
/**
 * The region verifies tokens too (zero trust, docs/adr/0004-tokens-verified-twice.md), so every
 * environment names how.
 */
const SECRET = generateSecret();

// NODE_ENV=production refuses the dev secret: the production case names an issuers file.
const folder = mkdtempSync(join(tmpdir(), 'region-config-'));
const issuersFile = join(folder, 'issuers.json');
const ISSUERS = {
  'https://idp.secretariat.example': {
    jwksUrl: 'https://idp.secretariat.example/jwks',
    vouchesFor: ['secretariat'],
  },
};
writeFileSync(issuersFile, JSON.stringify({ issuers: ISSUERS }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function problemsOf(env: Record<string, string>): string[] {
  try {
    readRegionConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('readRegionConfig', () => {
  it('applies the defaults', () => {
    expect(readRegionConfig({ MONGODB_URI: URI, JWT_SECRET: SECRET })).toEqual({
      port: 4100,
      host: '127.0.0.1',
      mongodbUri: URI,
      database: 'expertpool_region',
      seed: 2017,
      seedProgrammes: true,
      production: false,
      shutdownGraceSeconds: 20,
      log: { level: 'info', format: 'json' },
      documentLimits: { maxTokens: 1200, maxAliases: 40, maxDirectives: 50 },
      auth: { kind: 'hs256', secret: SECRET, issuer: 'expertpool-dev', maxLifetimeSeconds: 43_200 },
    });
  });

  it('reads every variable', () => {
    const config = readRegionConfig({
      MONGODB_URI: 'mongodb+srv://cluster.example.org',
      MONGODB_DB: 'accsm',
      PORT: '0',
      HOST: '0.0.0.0',
      SEED: '7',
      SEED_PROGRAMMES: 'false',
      NODE_ENV: 'production',
      SHUTDOWN_GRACE: '45s',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'pretty',
      JWT_ISSUERS_FILE: issuersFile,
      MAX_TOKENS: '2000',
      MAX_ALIASES: '5',
      MAX_DIRECTIVES: '7',
    });
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      mongodbUri: 'mongodb+srv://cluster.example.org',
      database: 'accsm',
      seed: 7,
      seedProgrammes: false,
      production: true,
      shutdownGraceSeconds: 45,
      log: { level: 'warn', format: 'pretty' },
      documentLimits: { maxTokens: 2000, maxAliases: 5, maxDirectives: 7 },
      auth: { kind: 'keys', issuers: ISSUERS, maxLifetimeSeconds: 43_200 },
    });
    expect(
      readRegionConfig({ MONGODB_URI: URI, JWT_SECRET: SECRET, SEED_PROGRAMMES: '0' })
        .seedProgrammes,
    ).toBe(false);
    expect(
      readRegionConfig({ MONGODB_URI: URI, JWT_SECRET: SECRET, SEED_PROGRAMMES: '1' })
        .seedProgrammes,
    ).toBe(true);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      MONGODB_URI: 'http://db',
      PORT: 'eighty',
      SEED: '-1',
      SEED_PROGRAMMES: 'maybe',
      MONGODB_DB: 'a/b',
      NODE_ENV: 'prod',
      JWT_SECRET: 'short',
      LOG_LEVEL: 'verbose',
      LOG_FORMAT: 'text',
    });
    for (const name of [
      'MONGODB_URI',
      'PORT',
      'SEED',
      'SEED_PROGRAMMES',
      'MONGODB_DB',
      'NODE_ENV',
      'JWT_SECRET',
      'LOG_LEVEL',
      'LOG_FORMAT',
    ]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
    expect(problemsOf({})).toEqual([
      expect.stringContaining('MONGODB_URI is required'),
      expect.stringMatching(/^set JWT_SECRET .* or JWT_ISSUERS_FILE/),
    ]);
  });

  it('refuses the dev secret in production', () => {
    expect(problemsOf({ MONGODB_URI: URI, NODE_ENV: 'production', JWT_SECRET: SECRET })).toEqual([
      expect.stringMatching(/^JWT_SECRET .* is refused with NODE_ENV=production/),
    ]);
  });

  it('never seeds the demo programmes (demo trainers) in production unless DEMO_DATA=yes', () => {
    const production = { MONGODB_URI: URI, NODE_ENV: 'production', JWT_ISSUERS_FILE: issuersFile };
    expect(readRegionConfig(production).seedProgrammes).toBe(false);
    expect(problemsOf({ ...production, SEED_PROGRAMMES: 'true' })).toEqual([
      'SEED_PROGRAMMES=true would fill an empty database with demo data, and NODE_ENV=production: set SEED_PROGRAMMES=false for real data, or DEMO_DATA=yes for a trial with demo data',
    ]);
    expect(
      readRegionConfig({ ...production, SEED_PROGRAMMES: 'true', DEMO_DATA: 'yes' }).seedProgrammes,
    ).toBe(true);
    // Outside production the demo programmes are there by default, as npm start shows them.
    expect(readRegionConfig({ MONGODB_URI: URI, JWT_SECRET: SECRET }).seedProgrammes).toBe(true);
  });
});
