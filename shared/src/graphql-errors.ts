import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

const KNOWN = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError`: errors we raised on purpose pass through; anything else (a driver error,
 * a bug) becomes a generic INTERNAL_SERVER_ERROR in production, so no stack, database message or
 * record content reaches a client.
 */
export function createErrorFormatter(
  production: boolean,
  log: (error: unknown) => void = console.error,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)
      return formatted;
    log(error);
    if (!production) return formatted;
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
