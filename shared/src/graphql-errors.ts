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
 * graphql-js suggests schema names close to a mistyped one: `Did you mean "contact"?`, `Did you
 * mean the enum value "RELEVANCE"?`, `Did you mean to use an inline fragment on "Expert"?`.
 * With introspection off that would hand out the schema a guess at a time. graphql-js ends the
 * message with it, in validation and variable errors alike: the message is cut from there.
 * (Apollo's hideSchemaDetailsFromClientErrors covers validation only; graphql-armor's mask
 * misses enum values and leaves the question mark.)
 */
const SUGGESTION = / ?Did you mean .*$/s;

const withoutSuggestion = (message: string) => message.replace(SUGGESTION, '');

/**
 * Apollo `formatError`: errors we raised on purpose pass through; anything else (a driver error,
 * a bug) becomes a generic INTERNAL_SERVER_ERROR in production, so no stack, database message or
 * record content reaches a client. Production also drops graphql-js's name suggestions.
 */
export function createErrorFormatter(
  production: boolean,
  log: (error: unknown) => void = console.error,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)
      return production
        ? { ...formatted, message: withoutSuggestion(formatted.message) }
        : formatted;
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
