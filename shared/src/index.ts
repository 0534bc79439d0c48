export {
  AUDIENCES,
  AVAILABILITY_STATUSES,
  CEFR_LEVELS,
  CONSENT_AUDIENCES,
  ENGAGEMENT_ROLES,
  PURPOSES,
  REGIONAL_BANDS,
} from './expert';
export type {
  Audience,
  Availability,
  AvailabilityStatus,
  Cefr,
  ConsentAudience,
  ConsentEntry,
  DateWindow,
  Engagement,
  EngagementRole,
  ExpertRecord,
  ExpertiseEntry,
  LanguageSkill,
  NationalGrade,
  PersonName,
  Position,
  Purpose,
  Qualification,
  RegionalBand,
} from './expert';
export {
  COUNTRIES,
  MEMBER_CODES,
  countryCodeProblem,
  findCountry,
  isCountryCode,
  parseCountryCode,
} from './countries';
export type { CountryInfo } from './countries';
export { ErrorCode, appError, badInput, errorCodeOf } from './errors';
export { formatExpertId, parseExpertId, countryOfId, newOpaqueId } from './ids';
export {
  EXPERTISE_AREAS,
  VOCABULARY_LANGUAGES,
  areaLabel,
  areaLabels,
  areaPhrases,
  findExpertiseArea,
} from './vocabulary';
export type {
  AreaLabel,
  AreaPhrase,
  ExpertiseArea,
  ExpertiseAreaId,
  VocabularyLanguage,
} from './vocabulary';
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
export { ensureIndexes, isDuplicateKey, isEmptyCollection } from './collections';
export { UsageError, countryArg, parseCommandLine, wholeNumberArg } from './cli/args';
export { runCli } from './cli/run';
export { createHttpHandler, sendJson, HttpError } from './http/serve';
export {
  DEFAULT_LOG_CONFIG,
  REQUEST_ID_HEADER,
  createLogger,
  currentRequest,
  lineLog,
  readLogConfig,
  recordCountryOutcome,
  requestIdOf,
  silentLogger,
} from './log';
export type { CountryOutcome, LogConfig, Logger } from './log';
export {
  Counter,
  Gauge,
  Histogram,
  LATENCY_BUCKETS,
  boundedLabel,
  metricsRegistry,
  observeDatabase,
} from './metrics';
export {
  SpanKind,
  SpanStatusCode,
  activeSpan,
  flushTelemetry,
  tracer,
  withTraceHeaders,
} from './telemetry';
export type { Span } from './telemetry';
export { OPERATION_NAME_HEADER, declaredOperationName } from './http/operation-name';
export type { Listening } from './http/serve';
export { SHARED_ENUMS_SDL, ROUTING_DIRECTIVES_SDL, ROUTING_SPEC_URL } from './graphql-sdl';
export { DEFAULT_DEMO_SEED, checkDemoDataAllowed } from './demo-seed';
export type { DemoDataRequest } from './demo-seed';
export { apolloDefaults, runMain, serviceLifecycle, startupFailure } from './http/service';
export type { RunnableService, ServiceAddress, ServiceListening } from './http/service';
export { StartupError } from './startup/startup-error';
export { DATABASE_WAIT_SECONDS, openDatabase } from './startup/open-database';
export { readShutdownGrace } from './startup/shutdown';
export {
  GATEWAY_DOCUMENT_LIMITS,
  SUBGRAPH_DOCUMENT_LIMITS,
  readDocumentLimits,
} from './http/document-limits';
export type { DocumentLimits } from './http/document-limits';
export { healthEndpoints, readHealthListener } from './http/health';
export { readCorsOrigins } from './http/cors';
export type { HealthListenerConfig } from './http/health';
export { ROLES } from './auth/claims';
export type { Role } from './auth/claims';
export { audienceFor } from './auth/audience';
export { ownRecordId } from './auth/own-record';
export type { OwnRecordBearer } from './auth/own-record';
export { createTokenVerifier } from './auth/verify';
export { readTokenVerifierConfig } from './auth/config';
export type { RequestIdentity } from './auth/identity';
export type { TokenVerifierConfig } from './auth/verify';
export { DEV_ISSUER, devSubject, signDevToken, signHs256 } from './auth/sign';
export type { DevTokenInput } from './auth/sign';
export { generateSecret, readJwtSecret, secretProblem } from './auth/secret';
export { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, readMaxTokenLifetime } from './auth/lifetime';
export { formatDuration, parseDuration } from './duration';
export {
  DELIVERY_MODES,
  MAX_NEED_COMPETENCIES,
  MAX_NEED_LANGUAGES,
  TRAINING_NEED_SDL,
  trainingNeedProblems,
  validateTrainingNeed,
} from './training-need';
export type { DeliveryMode, TrainingNeed, TrainingNeedInput } from './training-need';
export { inputProblemsError } from './input-problems';
export type { InputProblem } from './input-problems';
export {
  AreaNamer,
  MAX_FORMS_PER_WORD,
  allowedEdits,
  boundedEdits,
  TermDictionary,
  vocabularyPhrases,
  addStatistics,
  findNamedAreas,
  keepBestForms,
  parseQuery,
  planScoring,
  scoreRecord,
  familyNameTokens,
  SEARCH_FIELD_NAMES,
} from './search';
export type {
  FormKind,
  FormStatistic,
  Highlight,
  NamedArea,
  NamingPhrase,
  QueryWord,
  ScoredRecord,
  ScoringPlan,
  SearchField,
  SearchStatistics,
} from './search';
