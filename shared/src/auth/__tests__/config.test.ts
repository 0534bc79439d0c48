/**
 * readTokenVerifierConfig (docs/ARCHITECTURE.md §6): how a service learns to verify tokens
 * from its environment. An operator relies on two things here: a good environment yields a
 * verifier that accepts the tokens they expect, and a bad one stops the service with every
 * problem named at once (never a service that starts and then refuses, or accepts, the wrong
 * tokens).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigError,
  EnvReader,
  TokenVerifierConfig,
  createTokenVerifier,
  readTokenVerifierConfig,
  signDevToken,
} from '../..';
import { NOW, SECRET, claims, expectRefusal, signAsymmetric } from './tokens';

const MY_IDP = 'https://idp.my.example';
const TH_IDP = 'https://idp.th.example';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const privatePem = rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'verifier-config-'));
  // The key sits in a sub-folder so a relative publicKeyFile only resolves against the JSON's
  // folder, never against the process's working directory.
  mkdirSync(join(folder, 'keys'));
  writeFileSync(join(folder, 'keys', 'my-idp.pem'), publicPem);
  writeFileSync(join(folder, 'keys', 'my-idp-private.pem'), privatePem);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `content` (JSON unless a string) as a file in the temp folder; returns its path. */
function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The configuration an environment yields, or throws the reader's ConfigError. */
function read(env: Record<string, string>, production = false): TokenVerifierConfig {
  const reader = new EnvReader(env);
  return reader.done(readTokenVerifierConfig(reader, production));
}

/** Every problem an environment is refused with, from one ConfigError. */
function problemsOf(env: Record<string, string>, production = false): string[] {
  try {
    read(env, production);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('a usable environment', () => {
  it('JWT_SECRET: HS256 tokens of the dev issuer, as `npm run token` mints them', async () => {
    const config = read({ JWT_SECRET: SECRET });
    expect(config).toEqual({
      kind: 'hs256',
      secret: SECRET,
      issuer: 'expertpool-dev',
      maxLifetimeSeconds: 12 * 3600,
    });
    const verifier = createTokenVerifier(config, { now: () => NOW * 1000 });
    const token = await signDevToken(
      { sub: 'dev', role: 'steward', country: 'MY' },
      SECRET,
      600,
      NOW,
    );
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({
      sub: 'dev',
      country: 'MY',
    });
    // The issuer is pinned: the same secret under another `iss` is not a dev token.
    const foreign = await signDevToken(
      { sub: 'dev', role: 'steward', country: 'MY', iss: 'elsewhere' },
      SECRET,
      600,
      NOW,
    );
    await expectRefusal(verifier.verify(`Bearer ${foreign}`), 'unknown issuer "elsewhere"');
  });

  it('JWT_ISSUERS_FILE with a publicKeyFile relative to the JSON file', async () => {
    const path = file('issuers-pem.json', {
      issuers: {
        [MY_IDP]: { publicKeyFile: 'keys/my-idp.pem', vouchesFor: ['MY', 'secretariat'] },
      },
    });
    const config = read({ JWT_ISSUERS_FILE: path }, true);
    expect(config).toEqual({
      kind: 'keys',
      issuers: { [MY_IDP]: { publicKeyPem: publicPem, vouchesFor: ['MY', 'secretariat'] } },
      maxLifetimeSeconds: 12 * 3600,
    });
    const verifier = createTokenVerifier(config, { now: () => NOW * 1000 });
    const verify = (payload: Record<string, unknown>) =>
      verifier.verify(`Bearer ${signAsymmetric('RS256', rsa.privateKey, payload)}`);
    await expect(verify(claims({ iss: MY_IDP }))).resolves.toMatchObject({
      iss: MY_IDP,
      country: 'MY',
    });
    await expect(
      verify(claims({ iss: MY_IDP, role: 'secretariat', country: null })),
    ).resolves.toMatchObject({
      role: 'secretariat',
    });
    // vouchesFor from the file is enforced: MY's provider cannot mint an official of TH.
    await expectRefusal(
      verify(claims({ iss: MY_IDP, country: 'TH' })),
      `may not vouch for officials of TH`,
    );
    // Dev tokens mean nothing to a service configured with identity providers.
    await expectRefusal(
      verifier.verify(
        `Bearer ${await signDevToken({ sub: 'dev', role: 'steward', country: 'MY' }, SECRET, 600, NOW)}`,
      ),
      'algorithm "HS256" is not accepted here',
    );
  });

  it('JWT_ISSUERS_FILE with a jwksUrl (nothing is fetched at start-up)', () => {
    const path = file('issuers-jwks.json', {
      issuers: {
        [TH_IDP]: { jwksUrl: 'https://idp.th.example/.well-known/jwks.json', vouchesFor: ['TH'] },
        [MY_IDP]: { publicKeyFile: join(folder, 'keys', 'my-idp.pem'), vouchesFor: ['MY'] },
      },
    });
    expect(read({ JWT_ISSUERS_FILE: path })).toEqual({
      kind: 'keys',
      issuers: {
        [TH_IDP]: { jwksUrl: 'https://idp.th.example/.well-known/jwks.json', vouchesFor: ['TH'] },
        [MY_IDP]: { publicKeyPem: publicPem, vouchesFor: ['MY'] },
      },
      maxLifetimeSeconds: 12 * 3600,
    });
  });

  it('both, in development: the providers of the file and the dev issuer (npm start with its dev OpenID Connect provider)', async () => {
    const path = file('issuers-and-dev.json', {
      issuers: { [MY_IDP]: { publicKeyFile: 'keys/my-idp.pem', vouchesFor: ['MY'] } },
    });
    const config = read({ JWT_SECRET: SECRET, JWT_ISSUERS_FILE: path });
    expect(config).toEqual({
      kind: 'keys',
      issuers: { [MY_IDP]: { publicKeyPem: publicPem, vouchesFor: ['MY'] } },
      dev: { secret: SECRET, issuer: 'expertpool-dev' },
      maxLifetimeSeconds: 12 * 3600,
    });
    const verifier = createTokenVerifier(config, { now: () => NOW * 1000 });
    const provider = (payload: Record<string, unknown>) =>
      verifier.verify(`Bearer ${signAsymmetric('RS256', rsa.privateKey, payload)}`);
    const dev = async (input: Parameters<typeof signDevToken>[0]) =>
      verifier.verify(`Bearer ${await signDevToken(input, SECRET, 600, NOW)}`);

    await expect(provider(claims({ iss: MY_IDP }))).resolves.toMatchObject({ iss: MY_IDP });
    await expect(dev({ role: 'secretariat' })).resolves.toMatchObject({
      iss: 'expertpool-dev',
      role: 'secretariat',
    });
    // The provider's remit still holds, and each issuer keeps its own algorithm: the dev secret
    // cannot sign for the provider, nor the provider's key for the dev issuer.
    await expectRefusal(provider(claims({ iss: MY_IDP, country: 'TH' })), 'officials of TH');
    await expectRefusal(dev({ role: 'steward', country: 'MY', iss: MY_IDP }), /HS256|algorithm/);
    await expectRefusal(provider(claims({ iss: 'expertpool-dev' })), /RS256|algorithm/);
    await expectRefusal(
      dev({ role: 'steward', country: 'MY', iss: 'elsewhere' }),
      'unknown issuer "elsewhere"',
    );
  });

  it('treats a blank variable as unset', () => {
    const path = file('issuers-blank.json', {
      issuers: { [TH_IDP]: { jwksUrl: 'https://idp.th.example/jwks', vouchesFor: ['TH'] } },
    });
    expect(read({ JWT_SECRET: '   ', JWT_ISSUERS_FILE: path })).toMatchObject({ kind: 'keys' });
  });
});

describe('a refused environment names each problem', () => {
  const validIssuers = () =>
    file('valid.json', {
      issuers: { [TH_IDP]: { jwksUrl: 'https://idp.th.example/jwks', vouchesFor: ['TH'] } },
    });

  it('neither JWT_SECRET nor JWT_ISSUERS_FILE: there is no unauthenticated mode', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^set JWT_SECRET .* or JWT_ISSUERS_FILE /),
    ]);
  });

  it('in production, the missing setting names JWT_ISSUERS_FILE only: production refuses JWT_SECRET', () => {
    const problems = problemsOf({}, true);
    expect(problems).toEqual([expect.stringMatching(/^set JWT_ISSUERS_FILE /)]);
    expect(problems[0]).not.toContain('JWT_SECRET');
  });

  it('both set with NODE_ENV=production: the dev secret is refused, the file is not enough to let it in', () => {
    expect(problemsOf({ JWT_SECRET: SECRET, JWT_ISSUERS_FILE: validIssuers() }, true)).toEqual([
      expect.stringMatching(/^JWT_SECRET \(HS256 dev tokens\) is refused with NODE_ENV=production/),
    ]);
  });

  it('both set with a weak secret: one problem, the secret, not the file', () => {
    expect(problemsOf({ JWT_SECRET: 'a'.repeat(40), JWT_ISSUERS_FILE: validIssuers() })).toEqual([
      expect.stringMatching(/^JWT_SECRET is too weak/),
    ]);
  });

  it('both set, and the file names the dev issuer itself', () => {
    const path = file('names-dev.json', {
      issuers: { 'expertpool-dev': { jwksUrl: 'https://idp.example/jwks', vouchesFor: ['TH'] } },
    });
    expect(problemsOf({ JWT_SECRET: SECRET, JWT_ISSUERS_FILE: path })).toEqual([
      `JWT_ISSUERS_FILE (${path}): issuer "expertpool-dev" is the dev secret's; the issuers file may not name it`,
    ]);
  });

  it('a weak secret, in one line with the command that makes a good one', () => {
    expect(problemsOf({ JWT_SECRET: 'a'.repeat(40) })).toEqual([
      expect.stringMatching(
        /^JWT_SECRET is too weak \(it repeats one character\); it needs at least 256 bits of randomness: generate one with node -e "[^\n]+"$/,
      ),
    ]);
  });

  it('JWT_MAX_LIFETIME: a duration from 1m to 30d', () => {
    expect(read({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME: '90m' }).maxLifetimeSeconds).toBe(5400);
    expect(read({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME: '3600' }).maxLifetimeSeconds).toBe(3600);
    for (const bad of ['0', '59s', '31d', '12 hours', '-1h'])
      expect(problemsOf({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME: bad })).toEqual([
        `JWT_MAX_LIFETIME must be a duration from 1m to 30d: seconds, or a number with s, m, h or d, e.g. 12h (got "${bad}")`,
      ]);
  });

  it('JWT_SECRET with NODE_ENV=production', () => {
    expect(problemsOf({ JWT_SECRET: SECRET }, true)).toEqual([
      expect.stringMatching(
        /^JWT_SECRET \(HS256 dev tokens\) is refused with NODE_ENV=production; set JWT_ISSUERS_FILE/,
      ),
    ]);
  });

  it.each([
    ['a missing file', () => join(folder, 'nowhere.json'), 'no such file'],
    ['a folder', () => join(folder, 'keys'), 'is a folder, not a file'],
    ['bad JSON', () => file('bad.json', '{ "issuers": { '), /^not valid JSON \(/],
    [
      'an array',
      () => file('array.json', [1, 2]),
      'expected an object { "issuers": { "<iss>": { ... } } }',
    ],
    [
      'no issuers object',
      () => file('no-issuers.json', { keys: [] }),
      'expected an object { "issuers": { "<iss>": { ... } } }',
    ],
    [
      'issuers as a list',
      () => file('list.json', { issuers: [{ jwksUrl: 'https://x' }] }),
      'expected an object { "issuers": { "<iss>": { ... } } }',
    ],
    [
      'JSON null',
      () => file('null.json', 'null'),
      'expected an object { "issuers": { "<iss>": { ... } } }',
    ],
  ] as const)('JWT_ISSUERS_FILE: %s', (_name, path, problem) => {
    const at = path();
    const found = problemsOf({ JWT_ISSUERS_FILE: at });
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(`JWT_ISSUERS_FILE (${at}): `)).toBe(true);
    expect(found[0].slice(`JWT_ISSUERS_FILE (${at}): `.length)).toMatch(problem);
  });

  it('a file that trusts no issuer at all', () => {
    const path = file('empty.json', { issuers: {} });
    expect(problemsOf({ JWT_ISSUERS_FILE: path })).toEqual([
      `JWT_ISSUERS_FILE (${path}): keys mode needs at least one issuer`,
    ]);
  });

  it('an issuer whose publicKeyFile cannot be read, naming the resolved path', () => {
    const path = file('unreadable.json', {
      issuers: { [MY_IDP]: { publicKeyFile: 'keys/missing.pem', vouchesFor: ['MY'] } },
    });
    expect(problemsOf({ JWT_ISSUERS_FILE: path })).toEqual([
      `JWT_ISSUERS_FILE (${path}): issuer "${MY_IDP}": cannot read publicKeyFile ${join(folder, 'keys', 'missing.pem')}`,
    ]);
  });

  it('a private key where the public key belongs (the secret half must never be deployed here)', () => {
    const path = file('private.json', {
      issuers: { [MY_IDP]: { publicKeyFile: 'keys/my-idp-private.pem', vouchesFor: ['MY'] } },
    });
    const found = problemsOf({ JWT_ISSUERS_FILE: path });
    expect(found).toEqual([
      `JWT_ISSUERS_FILE (${path}): issuer "${MY_IDP}": publicKeyFile is a private key; give the public key`,
    ]);
    // The message names the problem, not the key material.
    expect(found.join('\n')).not.toContain('BEGIN');
  });

  it.each([
    ['missing', undefined, /vouchesFor must list the country codes and\/or "secretariat"/],
    ['empty', [], /vouchesFor must list the country codes and\/or "secretariat"/],
    ['not a list', 'MY', /vouchesFor must list the country codes and\/or "secretariat"/],
    [
      'unknown entries',
      ['MY', 'XX', 'admin'],
      /vouchesFor: "XX", "admin" is not a country code or "secretariat"/,
    ],
  ] as const)('bad vouchesFor: %s', (_name, vouchesFor, problem) => {
    const path = file('vouches.json', {
      issuers: { [TH_IDP]: { jwksUrl: 'https://idp.th.example/jwks', vouchesFor } },
    });
    const found = problemsOf({ JWT_ISSUERS_FILE: path });
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(`JWT_ISSUERS_FILE (${path}): issuer "${TH_IDP}": `)).toBe(true);
    expect(found[0]).toMatch(problem);
  });

  it('every problem at once, in one ConfigError, each naming its variable and issuer', () => {
    const path = file('everything-wrong.json', {
      issuers: {
        'https://unreadable.example': { publicKeyFile: 'keys/missing.pem', vouchesFor: ['MY'] },
        'https://private.example': { publicKeyFile: 'keys/my-idp-private.pem', vouchesFor: ['MY'] },
        'https://vouches.example': { jwksUrl: 'https://vouches.example/jwks', vouchesFor: ['XX'] },
        'https://both.example': {
          jwksUrl: 'https://both.example/jwks',
          publicKeyFile: 'keys/my-idp.pem',
          vouchesFor: ['TH'],
        },
        'https://file-url.example': { jwksUrl: 'file:///etc/passwd', vouchesFor: ['TH'] },
      },
    });
    const reader = new EnvReader({
      JWT_SECRET: 'tiny-secret-9',
      JWT_ISSUERS_FILE: path,
      PORT: 'abc',
    });
    reader.int('PORT', 4000, 0, 65535);
    const config = readTokenVerifierConfig(reader, true);
    let error: unknown;
    try {
      reader.done(config);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT must be an integer from 0 to 65535 (got "abc")',
      expect.stringMatching(/^JWT_SECRET is too weak \(13 characters of base64 carry at most 78/),
      'JWT_SECRET (HS256 dev tokens) is refused with NODE_ENV=production; set JWT_ISSUERS_FILE to your identity providers',
      `JWT_ISSUERS_FILE (${path}): issuer "https://unreadable.example": cannot read publicKeyFile ${join(folder, 'keys', 'missing.pem')}`,
      `JWT_ISSUERS_FILE (${path}): issuer "https://private.example": publicKeyFile is a private key; give the public key`,
      `JWT_ISSUERS_FILE (${path}): issuer "https://vouches.example": vouchesFor: "XX" is not a country code or "secretariat"`,
      `JWT_ISSUERS_FILE (${path}): issuer "https://both.example": give exactly one of jwksUrl and publicKeyFile`,
      `JWT_ISSUERS_FILE (${path}): issuer "https://file-url.example": jwksUrl must be an http(s) URL`,
    ]);
    // The message an operator reads lists them all, and never the secret's value.
    const message = (error as ConfigError).message;
    for (const name of [
      'PORT',
      'JWT_SECRET',
      'JWT_ISSUERS_FILE',
      'https://private.example',
      'https://file-url.example',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('tiny-secret-9');
  });
});
