export {
  DEFAULT_LOG_CONFIG,
  LOG_FORMATS,
  LOG_LEVELS,
  createLogger,
  lineLog,
  readLogConfig,
  silentLogger,
} from './logger';
export type { LogConfig, LogFormat, LogLevel, Logger } from './logger';
export { REQUEST_ID_HEADER, requestIdOf, takeRequestId } from './request-id';
export { currentRequest, recordCountryOutcome, runInRequestScope } from './request-scope';
export type { CountryOutcome, RequestScope } from './request-scope';
export { openRequestScope, writeRequestLine } from './request-line';
export { requestScopePlugin } from './apollo-plugin';
