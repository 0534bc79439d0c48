import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  GraphQLFormattedError,
  Lexer,
  Source,
  TokenKind,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { EnvReader } from '../config';
import { ErrorCode } from '../errors';

/**
 * Limits on the GraphQL document itself, applied by every service before anything runs
 * (docs/ARCHITECTURE.md §5.4). Tokens bound the work of parsing and of graphql-js's validation,
 * whose overlapping-fields rule grows faster than linearly with the document; aliases bound how
 * many times one request can ask for the same field (each alias of a fan-out field is a
 * region-wide search); directives bound the directive lists graphql-js walks per field.
 */
export interface DocumentLimits {
  /** Lexical tokens in the document; parsing stops at the first one over. */
  maxTokens: number;
  /** Aliases in the operation, fragments included (`__typename` aliases are free). */
  maxAliases: number;
  /** Directives in the operation, fragments included. */
  maxDirectives: number;
}

/**
 * The gateway's defaults. The largest queries of the README and the tests, and the
 * introspection query, have under 200 tokens and a dozen aliases. Validating a 1,000-token
 * document takes about 15 ms at worst (hundreds of conflicting aliases); 1,500 tokens can take
 * 50-100 ms, 2,000 tokens 110 ms.
 */
export const GATEWAY_DOCUMENT_LIMITS: DocumentLimits = {
  maxTokens: 1000,
  maxAliases: 30,
  maxDirectives: 50,
};

/**
 * The countries' and the region's defaults: whatever the gateway sends them for a request
 * within its own limits. A subgraph query carries what the request asked of that subgraph
 * (repeated fields merged) plus `__typename`s, entity wrappers and five reserved aliases per
 * merged connection (gateway/src/routing/operation.ts): a fifth more tokens, ten more aliases.
 */
export const SUBGRAPH_DOCUMENT_LIMITS: DocumentLimits = {
  maxTokens: 1200,
  maxAliases: 40,
  maxDirectives: 50,
};

/**
 * MAX_TOKENS, MAX_ALIASES and MAX_DIRECTIVES, each defaulting to the service's `defaults`.
 * MAX_TOKENS stops at 10,000: past that, validation alone can hold a service for seconds, and a
 * chain of thousands of fragments overflows graphql-js's recursive fragment handling (a 500).
 */
export function readDocumentLimits(r: EnvReader, defaults: DocumentLimits): DocumentLimits {
  return {
    maxTokens: r.int('MAX_TOKENS', defaults.maxTokens, 10, 10_000),
    maxAliases: r.int('MAX_ALIASES', defaults.maxAliases, 0, 100_000),
    maxDirectives: r.int('MAX_DIRECTIVES', defaults.maxDirectives, 0, 100_000),
  };
}

const refusal = (message: string, limit: Record<string, number>) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...limit } });

const isRefusal = (error: Error): error is GraphQLError =>
  error instanceof GraphQLError && error.extensions.code === ErrorCode.QUERY_TOO_COMPLEX;

/**
 * Whether `source` has more than `max` tokens, lexing at most `max + 1` of them (graphql-js's
 * parser counts the same way). A lexing error before that is a syntax error, not the limit.
 */
export function exceedsTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let seen = 0; seen <= max; seen++)
      if (lexer.advance().kind === TokenKind.EOF) return false;
    return true;
  } catch {
    return false;
  }
}

/** graphql-armor's alias and directive rules, reporting our refusals instead of its own errors. */
function armorRules(limits: DocumentLimits): ValidationRule[] {
  // armor words its refusals as syntax errors; the document parsed, so the prefix goes.
  const report = (limit: Record<string, number>) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(refusal(error.message.replace(/^Syntax Error: /, ''), limit)),
    ],
  });
  const off = { enabled: false };
  return new ApolloArmor({
    maxAliases: { n: limits.maxAliases, ...report({ maxAliases: limits.maxAliases }) },
    maxDirectives: { n: limits.maxDirectives, ...report({ maxDirectives: limits.maxDirectives }) },
    // Tokens are limited by graphql-js's own parser below: armor's Apollo token plugin parses
    // the document a second time and answers 500. Depth is the gateway's query limits' (the
    // subgraph schemas have no cycles, so validation bounds depth there). Suggestions are
    // hidden by the error formatter, which sees every error, not only validation's.
    maxTokens: off,
    maxDepth: off,
    costLimit: off,
    blockFieldSuggestion: off,
  }).protect().validationRules;
}

const formatted = (error: GraphQLError): GraphQLFormattedError => ({
  message: error.message,
  extensions: error.extensions,
});

/**
 * Apollo labels every parse and validation failure GRAPHQL_PARSE_FAILED or
 * GRAPHQL_VALIDATION_FAILED. A document over a limit is answered instead as the gateway's query
 * limits answer (gateway/src/hardening/query-limits.ts): QUERY_TOO_COMPLEX naming the limit,
 * HTTP 400, and nothing else about a document that was not worth validating further.
 */
function refusalPlugin<C extends BaseContext>(limits: DocumentLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let refusals: GraphQLError[] = [];
      return {
        async parsingDidStart({ source }) {
          return async (error) => {
            if (error && exceedsTokens(source, limits.maxTokens))
              refusals = [
                refusal(`Query exceeds the limit of ${limits.maxTokens} tokens.`, {
                  maxTokens: limits.maxTokens,
                }),
              ];
          };
        },
        async validationDidStart() {
          return async (errors) => {
            refusals = (errors ?? []).filter(isRefusal);
          };
        },
        async willSendResponse({ response }) {
          if (refusals.length === 0) return;
          response.body = { kind: 'single', singleResult: { errors: refusals.map(formatted) } };
          response.http.status = 400;
        },
      };
    },
  };
}

/** The Apollo options that apply `limits`: graphql-js's token limit, armor's rules, the refusals. */
export function documentLimitOptions<C extends BaseContext>(limits: DocumentLimits) {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armorRules(limits),
    plugin: refusalPlugin<C>(limits),
  };
}
