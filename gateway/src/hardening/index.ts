export { queryLimitsPlugin, checkQueryLimits } from './query-limits';
export type { QueryLimits } from './query-limits';
export { createRateLimitGuard } from './rate-limit';
export type { RateLimits } from './rate-limit';
export { DEFAULT_LIST_SIZE } from './cost';
