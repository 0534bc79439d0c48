import { ConfigError, createTokenVerifier, generateSecret } from '@expertpool/shared';
import { UsageError } from '../args';
import { main, parseTokenArgs, parseTtl } from '../token-cli';

const SECRET = generateSecret();
const env = { JWT_SECRET: SECRET };
const NOW = 1_750_000_000;
const verifier = createTokenVerifier(
  { kind: 'hs256', secret: SECRET, issuer: 'expertpool-dev' },
  { now: () => NOW * 1000 },
);

describe('token CLI', () => {
  it('prints a token that verifies with the same secret', async () => {
    const { stdout, stderr } = await main(
      [
        '--role',
        'steward',
        '--country',
        'my',
        '--purpose',
        'trainer_search',
        '--ttl',
        '8h',
        '--sub',
        'alice',
      ],
      env,
      NOW,
    );
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await expect(verifier.verify(`Bearer ${stdout}`)).resolves.toEqual({
      iss: 'expertpool-dev',
      sub: 'alice',
      role: 'steward',
      country: 'MY',
      purpose: 'TRAINER_SEARCH',
      iat: NOW,
      exp: NOW + 8 * 3600,
    });
    expect(stderr).toBe(
      'dev token for alice (steward of MY, purpose TRAINER_SEARCH), expires 2025-06-15T23:06:40.000Z',
    );
  });

  it('mints a secretariat token without a country, with defaults', async () => {
    const { stdout } = await main(['--role=secretariat'], env, NOW);
    await expect(verifier.verify(`Bearer ${stdout}`)).resolves.toEqual({
      iss: 'expertpool-dev',
      sub: 'dev-secretariat',
      role: 'secretariat',
      country: null,
      iat: NOW,
      exp: NOW + 3600,
    });
    const viewer = (await main(['--role', 'viewer', '--country', 'TH'], env, NOW)).stdout;
    await expect(verifier.verify(`Bearer ${viewer}`)).resolves.toMatchObject({
      sub: 'dev-viewer-th',
      country: 'TH',
    });
  });

  it('is refused by a verifier with another secret, and once expired', async () => {
    const { stdout } = await main(['--role', 'viewer', '--country', 'TH', '--ttl', '60'], env, NOW);
    const other = createTokenVerifier(
      { kind: 'hs256', secret: generateSecret() },
      { now: () => NOW * 1000 },
    );
    await expect(other.verify(`Bearer ${stdout}`)).rejects.toThrow('bad signature');
    const later = createTokenVerifier(
      { kind: 'hs256', secret: SECRET },
      { now: () => (NOW + 91) * 1000 },
    );
    await expect(later.verify(`Bearer ${stdout}`)).rejects.toThrow('expired');
  });

  it('prints usage for --help without needing a secret', async () => {
    for (const argv of [['--help'], ['-h'], ['--role', 'nobody', '--help']]) {
      const { stdout } = await main(argv, {});
      expect(stdout).toContain('Usage: npm run -s token -- --role ROLE');
      expect(stdout).toContain('JWT_SECRET');
    }
  });

  it.each([
    [{}, 'JWT_SECRET is required'],
    [{ JWT_SECRET: '   ' }, 'JWT_SECRET is required'],
    [
      { JWT_SECRET: 'too-short' },
      'JWT_SECRET is too weak (9 characters of base64 carry at most 54 bits); it needs at least 256 bits of randomness: generate one with node -e',
    ],
    [{ JWT_SECRET: 'a'.repeat(40) }, 'JWT_SECRET is too weak (it repeats one character)'],
  ])('explains a missing or weak JWT_SECRET %j', async (badEnv, message) => {
    await expect(main(['--role', 'secretariat'], badEnv)).rejects.toThrow(ConfigError);
    await expect(main(['--role', 'secretariat'], badEnv)).rejects.toThrow(message);
  });

  it.each([
    [[], '--role is required: one of viewer, steward, secretariat'],
    [['--role', 'admin'], '--role: "admin" is not one of viewer, steward, secretariat'],
    [['--role', 'steward'], '--country is required, e.g. --country MY'],
    [['--role', 'viewer', '--country', 'XX'], '--country: "XX" is not a known country code'],
    [
      ['--role', 'secretariat', '--country', 'MY'],
      '--country is not allowed with --role secretariat',
    ],
    [
      ['--role', 'steward', '--country', 'MY', '--purpose', 'SPYING'],
      '--purpose: "SPYING" is not one of ANY, TRAINER_SEARCH',
    ],
    [
      ['--role', 'steward', '--country', 'MY', '--ttl', '0'],
      '--ttl: "0" is not a lifetime from 1s to 12h (JWT_MAX_LIFETIME, which the services enforce)',
    ],
    [['--role', 'steward', '--country', 'MY', '--ttl', '13h'], '--ttl: "13h" is not a lifetime'],
    [['--role', 'steward', '--country', 'MY', '--ttl', '30d'], '--ttl: "30d" is not a lifetime'],
    [['--role', 'steward', '--country', 'MY', '--ttl', '1w'], '--ttl: "1w" is not a lifetime'],
    // parseArgs (strict) reads a value after a space starting with "-" as a forgotten value.
    [
      ['--role', 'steward', '--country', 'MY', '--ttl', '-5'],
      'option --ttl needs a value; "-5" looks like an option (to pass it as the value, write --ttl=-5)',
    ],
    [['--role', 'steward', '--country', 'MY', '--ttl=-5'], '--ttl: "-5" is not a lifetime'],
    [
      ['--role', 'steward', '--country', 'MY', '--sub', 'alice smith'],
      '--sub: "alice smith" must be 1 to 128 letters',
    ],
    [['--role', 'steward', '--country', 'MY', 'extra'], 'unexpected argument "extra"'],
    [['--role', 'steward', '--role', 'viewer'], 'option --role is given twice'],
    [
      ['--roles', 'steward'],
      'unknown option "--roles"; known options: --role, --country, --purpose, --expert, --ttl, --sub, --help',
    ],
  ])('rejects %j', async (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(UsageError);
    await expect(main(argv, env)).rejects.toThrow(message);
  });

  it('reads lifetimes up to the 12 h every service accepts by default', () => {
    expect(parseTtl(undefined)).toBe(3600);
    expect([
      parseTtl('90'),
      parseTtl('90s'),
      parseTtl('30m'),
      parseTtl('8H'),
      parseTtl('12h'),
    ]).toEqual([90, 90, 1800, 28800, 43200]);
  });

  it('caps --ttl at JWT_MAX_LIFETIME, as the services read it', async () => {
    const longer = { ...env, JWT_MAX_LIFETIME: '2d' };
    const { stdout } = await main(['--role', 'secretariat', '--ttl', '2d'], longer, NOW);
    const patient = createTokenVerifier(
      { kind: 'hs256', secret: SECRET, maxLifetimeSeconds: 2 * 86400 },
      { now: () => NOW * 1000 },
    );
    await expect(patient.verify(`Bearer ${stdout}`)).resolves.toMatchObject({
      exp: NOW + 2 * 86400,
    });
    const shorter = { ...env, JWT_MAX_LIFETIME: '30m' };
    await expect(main(['--role', 'secretariat', '--ttl', '1h'], shorter)).rejects.toThrow(
      '--ttl: "1h" is not a lifetime from 1s to 30m (JWT_MAX_LIFETIME',
    );
    // Without --ttl: the usual hour, or the limit when that is shorter.
    const capped = await main(['--role', 'secretariat'], shorter, NOW);
    await expect(
      createTokenVerifier(
        { kind: 'hs256', secret: SECRET, maxLifetimeSeconds: 1800 },
        { now: () => NOW * 1000 },
      ).verify(`Bearer ${capped.stdout}`),
    ).resolves.toMatchObject({ exp: NOW + 1800 });
    await expect(
      main(['--role', 'secretariat'], { ...env, JWT_MAX_LIFETIME: 'soon' }),
    ).rejects.toThrow('JWT_MAX_LIFETIME must be a duration');
  });

  it('issues an expert token bound to one record of the expert’s country (§6.8)', async () => {
    const { stdout, stderr } = await main(
      ['--role', 'expert', '--expert', 'MY:abcd1234'],
      env,
      NOW,
    );
    await expect(verifier.verify(`Bearer ${stdout}`)).resolves.toMatchObject({
      role: 'expert',
      country: 'MY',
      expertId: 'MY:abcd1234',
    });
    expect(stderr).toContain('expert MY:abcd1234');
    expect(() => parseTokenArgs(['--role', 'expert'])).toThrow(
      '--expert is required with --role expert',
    );
    expect(() =>
      parseTokenArgs(['--role', 'expert', '--expert', 'MY:abcd1234', '--country', 'TH']),
    ).toThrow('--expert MY:abcd1234 is a record of MY, not of --country TH');
    expect(() => parseTokenArgs(['--role', 'expert', '--expert', 'nope'])).toThrow(
      '--expert: Malformed expert id',
    );
    expect(() =>
      parseTokenArgs(['--role', 'steward', '--country', 'MY', '--expert', 'MY:abcd1234']),
    ).toThrow('--expert is only allowed with --role expert');
  });
});
