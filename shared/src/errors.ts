import { GraphQLError } from 'graphql';

/**
 * The one list of error codes clients can branch on (`extensions.code`). Code that produces an
 * error picks a code here; code that handles one compares codes, never message text.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  COUNTRY_UNAVAILABLE: 'COUNTRY_UNAVAILABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function appError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return appError(ErrorCode.BAD_USER_INPUT, message, extensions);
}

export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
