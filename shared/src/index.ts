export * from './expert';
export { COUNTRIES, MEMBER_CODES, findCountry, isCountryCode } from './countries';
export type { CountryInfo, Membership } from './countries';
export { ErrorCode, appError, badInput, errorCodeOf } from './errors';
export { formatExpertId, parseExpertId, countryOfId, newOpaqueId } from './ids';
export type { ExpertId } from './ids';
export { EXPERTISE_AREAS, findExpertiseArea } from './vocabulary';
export type { ExpertiseArea } from './vocabulary';
export { foldText, tokenize, tokenSet } from './text/tokens';
export { ConfigError, EnvReader } from './config';
export type { MongoSettings } from './config';
export {
  EXPERT_ORDERS,
  INVALID_CURSOR,
  compareKeys,
  decodeCursor,
  decodeSortKey,
  encodeCursor,
  encodeSortKey,
  unreachable,
} from './order';
export type { ExpertOrder, SortKey } from './order';
export { assertPlainString, looksLikeOperator } from './inputs';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './limits';
export { CALENDAR_DATE, isCalendarDate, parseZonedDateTime } from './dates';
export { UsageError, parseCommandLine, wholeNumberArg } from './cli/args';
export type { CommandLine, CommandLineRules, OptionTable } from './cli/args';
export { cliErrorMessage, runCli } from './cli/run';
export type { ExplainedError } from './cli/run';
export {
  createHttpHandler,
  listen,
  sendJson,
  HttpError,
  DEFAULT_MAX_BODY_BYTES,
} from './http/serve';
export { OPERATION_NAME_HEADER, declaredOperationName } from './http/operation-name';
export type { HttpAppOptions, Listening, Route } from './http/serve';
export { SHARED_ENUMS_SDL, ROUTING_DIRECTIVES_SDL, ROUTING_SPEC_URL } from './graphql-sdl';
export { createErrorFormatter } from './graphql-errors';
export { DEFAULT_DEMO_SEED } from './demo-seed';
export { apolloDefaults, runMain, serviceLifecycle } from './http/service';
export type { RunnableService } from './http/service';
export { ROLES, CLOCK_SKEW_SECONDS, validateClaims } from './auth/claims';
export type { CountryCode, Role, TokenClaims } from './auth/claims';
export { audienceFor, parsePurposeHeader, resolvePurpose } from './auth/audience';
export { createTokenVerifier } from './auth/verify';
export { readTokenVerifierConfig } from './auth/config';
export { PUBLIC_IDENTITY, identify } from './auth/identity';
export type { RequestIdentity } from './auth/identity';
export type { TokenVerifier, TokenVerifierConfig, VerifierOptions } from './auth/verify';
export { SECRETARIAT_VOUCHEE } from './auth/issuers';
export type { IssuerKeys } from './auth/issuers';
export { DEFAULT_JWKS_OPTIONS } from './auth/remote-keys';
export type { JwksOptions } from './auth/remote-keys';
export { DEV_ISSUER, devSubject, signDevToken, signHs256 } from './auth/sign';
export type { DevTokenInput } from './auth/sign';
export {
  GENERATE_SECRET_HINT,
  MIN_SECRET_LENGTH,
  readJwtSecret,
  secretProblem,
} from './auth/secret';
