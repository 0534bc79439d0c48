/** readCountryConfig: defaults, and every bad variable reported at once, each by name. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, countryArg, generateSecret } from '@expertpool/shared';
import { readCountryConfig } from '../config';

/** Every service verifies tokens itself (docs/ARCHITECTURE.md §6): each environment names how. */
const SECRET = generateSecret();

// NODE_ENV=production refuses the dev secret: the production case names an issuers file.
const folder = mkdtempSync(join(tmpdir(), 'country-config-'));
const issuersFile = join(folder, 'issuers.json');
const ISSUERS = {
  'https://idp.my.example': {
    jwksUrl: 'https://idp.my.example/jwks.json',
    vouchesFor: ['MY', 'secretariat'],
  },
};
writeFileSync(issuersFile, JSON.stringify({ issuers: ISSUERS }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readCountryConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('readCountryConfig accepted a bad environment.');
}

describe('readCountryConfig', () => {
  it('reads a minimal environment with defaults', () => {
    expect(
      readCountryConfig({ COUNTRY: 'TL', MONGODB_URI: 'mongodb://db:27017', JWT_SECRET: SECRET }),
    ).toEqual({
      country: 'TL',
      port: 4001,
      host: '127.0.0.1',
      mongodbUri: 'mongodb://db:27017',
      database: 'expertpool_tl',
      seedExperts: 0,
      seed: 2017,
      production: false,
      shutdownGraceSeconds: 20,
      log: { level: 'info', format: 'json' },
      documentLimits: { maxTokens: 1200, maxAliases: 40, maxDirectives: 50 },
      auth: { kind: 'hs256', secret: SECRET, issuer: 'expertpool-dev', maxLifetimeSeconds: 43_200 },
      periods: {
        erasureSeconds: 30 * 86_400,
        confirmationSeconds: 1095 * 86_400,
        noticeVersion: '2025-01',
      },
    });
  });

  it('reads the periods and the privacy notice of the expert’s rights, and names a bad one (§6.8)', () => {
    const env = { COUNTRY: 'TL', MONGODB_URI: 'mongodb://db:27017', JWT_SECRET: SECRET };
    expect(
      readCountryConfig({
        ...env,
        ERASURE_PERIOD: '3d',
        CONFIRMATION_PERIOD: '730d',
        PRIVACY_NOTICE_VERSION: 'tl-2026.2',
      }).periods,
    ).toEqual({
      erasureSeconds: 3 * 86_400,
      confirmationSeconds: 730 * 86_400,
      noticeVersion: 'tl-2026.2',
    });
    const problems = problemsOf({
      ...env,
      ERASURE_PERIOD: '2y',
      CONFIRMATION_PERIOD: '1d',
      PRIVACY_NOTICE_VERSION: 'the new one',
    });
    expect(problems.join('\n')).toMatch(/ERASURE_PERIOD must be a duration/);
    expect(problems.join('\n')).toMatch(/CONFIRMATION_PERIOD must be a duration/);
    expect(problems.join('\n')).toMatch(
      /PRIVACY_NOTICE_VERSION must be 1 to 40 .*got "the new one"/,
    );
  });

  it('reads every variable', () => {
    const config = readCountryConfig({
      COUNTRY: 'MY',
      PORT: '4105',
      HOST: '0.0.0.0',
      MONGODB_URI: 'mongodb+srv://cluster.example/',
      MONGODB_DB: 'my_pool',
      SEED_EXPERTS: '500',
      DEMO_DATA: 'yes',
      SEED: '7',
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
      country: 'MY',
      port: 4105,
      host: '0.0.0.0',
      mongodbUri: 'mongodb+srv://cluster.example/',
      database: 'my_pool',
      seedExperts: 500,
      seed: 7,
      production: true,
      shutdownGraceSeconds: 45,
      log: { level: 'warn', format: 'pretty' },
      documentLimits: { maxTokens: 2000, maxAliases: 5, maxDirectives: 7 },
      auth: { kind: 'keys', issuers: ISSUERS, maxLifetimeSeconds: 43_200 },
      periods: {
        erasureSeconds: 30 * 86_400,
        confirmationSeconds: 1095 * 86_400,
        noticeVersion: '2025-01',
      },
    });
  });

  it("reads COUNTRY=tl as TL, by the same rule as the CLIs' --country tl", () => {
    const env = { COUNTRY: ' tl ', MONGODB_URI: 'mongodb://db:27017', JWT_SECRET: SECRET };
    expect(readCountryConfig(env).country).toBe('TL');
    expect(readCountryConfig(env).database).toBe('expertpool_tl');
    expect(countryArg('tl')).toBe('TL');
    expect(() => countryArg('XX')).toThrow('--country: "XX" is not a known country code');
  });

  it('rejects COUNTRY=XX, PORT=abc and a missing MONGODB_URI in ONE error naming each variable', () => {
    const problems = problemsOf({ COUNTRY: 'XX', PORT: 'abc', JWT_SECRET: SECRET });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^COUNTRY: "XX" is not a known country code; one of .*MY/),
        expect.stringMatching(/^PORT must be an integer from 0 to 65535 \(got "abc"\)/),
        expect.stringMatching(/^MONGODB_URI is required/),
      ]),
    );
    let message = '';
    try {
      readCountryConfig({ COUNTRY: 'XX', PORT: 'abc', JWT_SECRET: SECRET });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['COUNTRY', 'PORT', 'MONGODB_URI']) expect(message).toContain(name);
  });

  it('names a missing COUNTRY, an out-of-range PORT, a bad URI scheme and a bad database name', () => {
    const problems = problemsOf({
      PORT: '70000',
      MONGODB_URI: 'http://db',
      MONGODB_DB: 'bad name!',
      SEED_EXPERTS: '-1',
      NODE_ENV: 'staging',
      JWT_SECRET: 'too-short',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^COUNTRY is required/),
      expect.stringMatching(/^MONGODB_URI must start with mongodb:\/\//),
      expect.stringMatching(/^MONGODB_DB must be 1-63 letters/),
      expect.stringMatching(/^NODE_ENV must be one of/),
      expect.stringMatching(
        /^JWT_SECRET is too weak \(9 characters of base64 carry at most 54 bits\)/,
      ),
      expect.stringMatching(/^PORT must be an integer from 0 to 65535 \(got "70000"\)/),
      expect.stringMatching(/^SEED_EXPERTS must be an integer/),
    ]);
  });

  it('treats blank variables as missing', () => {
    expect(
      problemsOf({ COUNTRY: '  ', MONGODB_URI: '', JWT_SECRET: ' ', JWT_ISSUERS_FILE: '' }),
    ).toEqual([
      expect.stringMatching(/^COUNTRY is required/),
      expect.stringMatching(/^MONGODB_URI is required/),
      expect.stringMatching(/^set JWT_SECRET .* or JWT_ISSUERS_FILE/),
    ]);
  });

  it('refuses to start without a way to verify tokens, or with the dev secret in production', () => {
    const base = { COUNTRY: 'MY', MONGODB_URI: 'mongodb://db:27017' };
    expect(problemsOf(base)).toEqual([
      expect.stringMatching(/^set JWT_SECRET .* or JWT_ISSUERS_FILE/),
    ]);
    expect(problemsOf({ ...base, NODE_ENV: 'production', JWT_SECRET: SECRET })).toEqual([
      expect.stringMatching(/^JWT_SECRET .* is refused with NODE_ENV=production/),
    ]);
    // Both together are development's (the dev secret and npm start's identity provider).
    expect(
      problemsOf({
        ...base,
        NODE_ENV: 'production',
        JWT_SECRET: SECRET,
        JWT_ISSUERS_FILE: issuersFile,
      }),
    ).toEqual([expect.stringMatching(/^JWT_SECRET .* is refused with NODE_ENV=production/)]);
  });

  it('never seeds demo experts with NODE_ENV=production unless DEMO_DATA=yes asks for them', () => {
    const production = {
      COUNTRY: 'MY',
      MONGODB_URI: 'mongodb://db:27017',
      NODE_ENV: 'production',
      JWT_ISSUERS_FILE: issuersFile,
    };
    expect(readCountryConfig(production).seedExperts).toBe(0);
    expect(problemsOf({ ...production, SEED_EXPERTS: '200' })).toEqual([
      'SEED_EXPERTS=200 would fill an empty database with demo data, and NODE_ENV=production: set SEED_EXPERTS=0 for real data, or DEMO_DATA=yes for a trial with demo data',
    ]);
    expect(problemsOf({ ...production, SEED_EXPERTS: '200', DEMO_DATA: 'maybe' })).toEqual([
      expect.stringMatching(/^DEMO_DATA must be one of yes, no \(got "maybe"\)/),
      expect.stringMatching(/^SEED_EXPERTS=200 would fill an empty database/),
    ]);
    expect(
      readCountryConfig({ ...production, SEED_EXPERTS: '200', DEMO_DATA: 'yes' }).seedExperts,
    ).toBe(200);
    // Development and tests seed as before: SEED_EXPERTS alone.
    const dev = { COUNTRY: 'MY', MONGODB_URI: 'mongodb://db:27017', JWT_SECRET: SECRET };
    expect(readCountryConfig({ ...dev, SEED_EXPERTS: '200' }).seedExperts).toBe(200);
  });
});
