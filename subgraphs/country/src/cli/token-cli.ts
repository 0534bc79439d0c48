import {
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  DEV_ISSUER,
  EnvReader,
  PURPOSES,
  Purpose,
  ROLES,
  Role,
  devSubject,
  formatDuration,
  parseCommandLine,
  parseDuration,
  parseExpertId,
  readJwtSecret,
  readMaxTokenLifetime,
  runCli,
  signDevToken,
} from '@expertpool/shared';
import { UsageError, countryArg } from './args';

const USAGE = `Usage: npm run -s token -- --role ROLE [--country CC] [--expert ID] [--purpose PURPOSE] [--ttl DURATION] [--sub NAME]

Prints a development token (an HS256 JWT signed with JWT_SECRET, issuer "${DEV_ISSUER}") for
  Authorization: Bearer <token>
Development and tests only: in production, tokens come from each member state's identity provider.
(-s keeps npm's own lines out of standard output, so TOKEN=$(npm run -s token -- ...) works.)

  --role ROLE         ${ROLES.join(', ')}
  --country CC        the caller's own country (e.g. MY); required for viewer and steward,
                      not allowed for secretariat; for expert, the --expert id's country
  --expert ID         role expert only (required): the record the bearer is the subject
                      of, e.g. MY:7f3k2q; its country must be the bearer's
  --purpose PURPOSE   fixes the purpose of every request made with the token:
                      ${PURPOSES.join(', ')}; ANY lets each request choose one
                      with x-purpose; without it the requests have no purpose
  --ttl DURATION      lifetime: seconds, or a number with s, m, h or d (90s, 30m, 8h);
                      default 1h, at most JWT_MAX_LIFETIME (default 12h): the services
                      refuse tokens that live longer
  --sub NAME          the subject (who is asking); default dev-<role>[-<cc>]
  --help              this text

Environment: JWT_SECRET (required, at least 256 random bits): the secret the services verify
with; JWT_MAX_LIFETIME (default 12h): the longest --ttl, as the services read it.`;

const DEFAULT_TTL_SECONDS = 3600;

export interface TokenCommand {
  role: Role;
  country: string | null;
  purpose?: Purpose;
  expertId?: string;
  ttlSeconds: number;
  sub: string;
}

function roleArg(raw: string | undefined): Role {
  if (raw === undefined) throw new UsageError(`--role is required: one of ${ROLES.join(', ')}`);
  const role = raw.trim().toLowerCase();
  if (!(ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role: "${raw}" is not one of ${ROLES.join(', ')}`);
  return role as Role;
}

function purposeArg(raw: string | undefined): Purpose | undefined {
  if (raw === undefined) return undefined;
  const purpose = raw.trim().toUpperCase();
  if (!(PURPOSES as readonly string[]).includes(purpose))
    throw new UsageError(`--purpose: "${raw}" is not one of ${PURPOSES.join(', ')}`);
  return purpose as Purpose;
}

/** `--ttl`, at most `maxSeconds`: a longer token would be refused by every service. */
export function parseTtl(
  raw: string | undefined,
  maxSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
): number {
  if (raw === undefined) return Math.min(DEFAULT_TTL_SECONDS, maxSeconds);
  const seconds = parseDuration(raw);
  if (seconds === undefined || seconds <= 0 || seconds > maxSeconds)
    throw new UsageError(
      `--ttl: "${raw}" is not a lifetime from 1s to ${formatDuration(maxSeconds)} (JWT_MAX_LIFETIME, which the services enforce); give seconds or a number with s, m, h or d (e.g. 8h)`,
    );
  return seconds;
}

function subArg(raw: string | undefined, role: Role, country: string | null): string {
  if (raw === undefined) return devSubject(role, country);
  if (!/^[A-Za-z0-9._@:+-]{1,128}$/.test(raw))
    throw new UsageError(
      `--sub: "${raw}" must be 1 to 128 letters, digits or . _ @ : + - (no spaces)`,
    );
  return raw;
}

/** `--expert`: the id of the record an expert token binds its bearer to. */
function expertArg(raw: string | undefined): { country: string } {
  if (raw === undefined)
    throw new UsageError(
      '--expert is required with --role expert: the id of your record, e.g. MY:7f3k2q',
    );
  try {
    return parseExpertId(raw.trim());
  } catch (error) {
    throw new UsageError(`--expert: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function parseTokenArgs(
  argv: readonly string[],
  maxTtlSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
): TokenCommand | 'help' {
  const { values } = parseCommandLine(argv, {
    role: 'value',
    country: 'value',
    purpose: 'value',
    expert: 'value',
    ttl: 'value',
    sub: 'value',
    help: 'flag',
  });
  if (values.help) return 'help';
  const role = roleArg(values.role);
  let country: string | null = null;
  if (role === 'secretariat') {
    if (values.country !== undefined)
      throw new UsageError(
        '--country is not allowed with --role secretariat: the secretariat has no country',
      );
  } else if (role === 'expert') {
    const expert = expertArg(values.expert);
    country = values.country === undefined ? expert.country : countryArg(values.country);
    if (country !== expert.country)
      throw new UsageError(
        `--expert ${values.expert} is a record of ${expert.country}, not of --country ${country}`,
      );
  } else country = countryArg(values.country);
  if (role !== 'expert' && values.expert !== undefined)
    throw new UsageError('--expert is only allowed with --role expert');
  const purpose = purposeArg(values.purpose);
  const ttlSeconds = parseTtl(values.ttl, maxTtlSeconds);
  return {
    role,
    country,
    purpose,
    ...(role === 'expert' && { expertId: values.expert }),
    ttlSeconds,
    sub: subArg(values.sub, role, country),
  };
}

export interface TokenOutput {
  /** The token alone (or the usage text), for standard output. */
  stdout: string;
  /** A human note for standard error. */
  stderr?: string;
}

/** The whole command minus process I/O: UsageError and ConfigError say what to fix. */
export async function main(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<TokenOutput> {
  const reader = new EnvReader(env);
  const command = parseTokenArgs(argv, readMaxTokenLifetime(reader));
  if (command === 'help') return { stdout: USAGE };
  const secret = reader.done(readJwtSecret(reader));
  const { role, country, purpose, expertId, ttlSeconds, sub } = command;
  const token = await signDevToken(
    { sub, role, country, purpose, expertId },
    secret,
    ttlSeconds,
    nowSeconds,
  );
  const expires = new Date((nowSeconds + ttlSeconds) * 1000).toISOString();
  const who =
    role === 'secretariat'
      ? 'secretariat'
      : role === 'expert'
        ? `expert ${expertId}`
        : `${role} of ${country}`;
  return {
    stdout: token,
    stderr: `dev token for ${sub} (${who}${purpose ? `, purpose ${purpose}` : ''}), expires ${expires}`,
  };
}

if (require.main === module) {
  runCli('token', async () => {
    const { stdout, stderr } = await main(process.argv.slice(2), process.env);
    if (stderr !== undefined) console.error(stderr);
    console.log(stdout);
  });
}
