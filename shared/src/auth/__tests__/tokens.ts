import { KeyObject, sign } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { generateSecret } from '../secret';

/** Test helpers (not a test file): build tokens, including ones a verifier must refuse. */
export const SECRET = generateSecret();
export const NOW = 1_750_000_000; // seconds

export const b64 = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: 'expertpool-dev',
    sub: 'alice',
    role: 'steward',
    country: 'MY',
    iat: NOW - 10,
    exp: NOW + 3600,
    ...overrides,
  };
}

/** An RS256/ES256 JWT signed with a private key. */
export function signAsymmetric(
  alg: 'RS256' | 'ES256',
  privateKey: KeyObject,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = {},
): string {
  const input = `${b64({ alg, typ: 'JWT', ...header })}.${b64(payload)}`;
  const key =
    alg === 'ES256' ? { key: privateKey, dsaEncoding: 'ieee-p1363' as const } : privateKey;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** Asserts an UNAUTHENTICATED refusal whose message matches and leaks nothing secret. */
export async function expectRefusal(
  promise: Promise<unknown>,
  message: string | RegExp,
  secrets: string[] = [SECRET],
): Promise<void> {
  const error = await promise.then(
    (value) => new Error(`expected a refusal, got ${JSON.stringify(value)}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  const { message: text, extensions } = error as GraphQLError;
  expect(extensions.code).toBe('UNAUTHENTICATED');
  expect(text).toMatch(message);
  expect(text).toMatch(/^Invalid token: /);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\n\s+at /);
}
