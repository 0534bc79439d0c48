export { startRegion } from './region/start-region';
export type { RegionOptions, RunningRegion, TokenFor } from './region/start-region';
export { startService, stopService, waitHealthy, REPO_ROOT } from './region/processes';
export type { Service } from './region/processes';
export { startWebServer, WEB_DIST } from './region/web-server';
export type { WebServer } from './region/web-server';
export { startRedis } from './region/redis';
export type { RedisServer } from './region/redis';
