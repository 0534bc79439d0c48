import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, EnvReader } from '../config';
import { IssuerKeys } from './issuers';
import { readMaxTokenLifetime } from './lifetime';
import { DEV_ISSUER } from './sign';
import { secretProblem } from './secret';
import { TokenVerifierConfig, createTokenVerifier } from './verify';

/**
 * How a service verifies tokens, from its environment (docs/ARCHITECTURE.md §6.2):
 *  - JWT_SECRET: development; HS256 tokens of the dev issuer, minted by `npm run token`.
 *  - JWT_ISSUERS_FILE: production; a JSON file naming each trusted identity provider, its keys
 *    (a JWKS URL or a PEM public key file) and whom it may vouch for.
 *  - both, in development only: the file's providers and the dev issuer. `npm start` runs so,
 *    trusting its development OpenID Connect provider (docs/ARCHITECTURE.md §10.2) while the
 *    dev tokens it prints, and those every test mints, keep working.
 * Either way JWT_MAX_LIFETIME (default 12 h) bounds how long a token may live (lifetime.ts).
 * There is no "no authentication" mode: a service that cannot verify tokens does not start.
 * With NODE_ENV=production the shared dev secret is refused: one leaked secret would let
 * anyone mint a steward of any country.
 */
export function readTokenVerifierConfig(
  reader: EnvReader,
  production: boolean,
): TokenVerifierConfig {
  const secret = reader.optional('JWT_SECRET') ?? '';
  const issuersFile = reader.optional('JWT_ISSUERS_FILE');
  const hasSecret = secret !== '';
  const weak = hasSecret ? secretProblem(secret) : undefined;
  if (weak !== undefined) reader.check(false, weak);
  if (!hasSecret && issuersFile === undefined) {
    // Production refuses the dev secret (below), so it is not offered there as a way out.
    reader.check(
      false,
      production
        ? 'set JWT_ISSUERS_FILE to your identity providers and their keys (NODE_ENV=production accepts no dev secret)'
        : 'set JWT_SECRET (development: HS256 tokens from `npm run token`) or JWT_ISSUERS_FILE (production: each identity provider and its keys)',
    );
  } else if (hasSecret && production) {
    reader.check(
      false,
      'JWT_SECRET (HS256 dev tokens) is refused with NODE_ENV=production; set JWT_ISSUERS_FILE to your identity providers',
    );
  }
  const maxLifetimeSeconds = readMaxTokenLifetime(reader);
  if (issuersFile !== undefined) {
    const issuers = readIssuersFile(issuersFile, reader);
    // A weak or production secret is already reported above: not a second time as the file's.
    const dev =
      hasSecret && weak === undefined && !production ? { dev: { secret, issuer: DEV_ISSUER } } : {};
    return issuers === undefined
      ? { kind: 'keys', issuers: {}, maxLifetimeSeconds, ...dev }
      : verified({ kind: 'keys', issuers, maxLifetimeSeconds, ...dev }, issuersFile, reader);
  }
  return { kind: 'hs256', secret, issuer: DEV_ISSUER, maxLifetimeSeconds };
}

/** Builds a verifier once so that a bad key is a start-up problem, not a first-request one. */
function verified(
  config: TokenVerifierConfig,
  path: string,
  reader: EnvReader,
): TokenVerifierConfig {
  try {
    createTokenVerifier(config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // The verifier knows keys by content (publicKeyPem); the operator wrote publicKeyFile.
    for (const problem of error.problems)
      reader.check(
        false,
        `JWT_ISSUERS_FILE (${path}): ${problem.replaceAll('publicKeyPem', 'publicKeyFile')}`,
      );
  }
  return config;
}

interface IssuerEntry {
  jwksUrl?: unknown;
  publicKeyFile?: unknown;
  vouchesFor?: unknown;
}

/**
 * `{ "issuers": { "<iss>": { "jwksUrl" | "publicKeyFile": ..., "vouchesFor": [...] } } }`;
 * a relative publicKeyFile is resolved against the JSON file's folder.
 */
function readIssuersFile(path: string, reader: EnvReader): Record<string, IssuerKeys> | undefined {
  const problem = (text: string) => reader.check(false, `JWT_ISSUERS_FILE (${path}): ${text}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problem(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file (Docker mounts a folder when the file it should mount is missing)'
          : error instanceof SyntaxError
            ? `not valid JSON (${error.message})`
            : String(error),
    );
    return undefined;
  }
  const issuers = (parsed as { issuers?: unknown } | null)?.issuers;
  if (typeof issuers !== 'object' || issuers === null || Array.isArray(issuers)) {
    problem('expected an object { "issuers": { "<iss>": { ... } } }');
    return undefined;
  }
  const result: Record<string, IssuerKeys> = {};
  for (const [iss, raw] of Object.entries(issuers as Record<string, unknown>)) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as IssuerEntry;
    const keys: IssuerKeys = { vouchesFor: entry.vouchesFor as string[] };
    if (entry.jwksUrl !== undefined) keys.jwksUrl = String(entry.jwksUrl);
    if (entry.publicKeyFile !== undefined) {
      const keyPath = resolve(dirname(path), String(entry.publicKeyFile));
      try {
        keys.publicKeyPem = readFileSync(keyPath, 'utf8');
      } catch {
        problem(`issuer ${JSON.stringify(iss)}: cannot read publicKeyFile ${keyPath}`);
        continue;
      }
    }
    result[iss] = keys;
  }
  // Every listed issuer already had its problem reported: "needs at least one issuer" would
  // tell the operator the file lists none.
  if (Object.keys(result).length === 0 && Object.keys(issuers).length > 0) return undefined;
  return result;
}
