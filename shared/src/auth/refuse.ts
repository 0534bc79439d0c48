import { GraphQLError } from 'graphql';
import { ErrorCode, appError } from '../errors';

/**
 * Every refusal of a credential: UNAUTHENTICATED, with a message that says what is wrong with
 * the token and never anything about the verifier's secret or keys.
 */
export function refuse(reason: string): GraphQLError {
  return appError(ErrorCode.UNAUTHENTICATED, `Invalid token: ${reason}.`);
}

/** A value from a token, quoted and clipped, for a message. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
