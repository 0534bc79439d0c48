import {
  DocumentLimits,
  EnvReader,
  GATEWAY_DOCUMENT_LIMITS,
  HealthListenerConfig,
  LogConfig,
  TokenVerifierConfig,
  readCorsOrigins,
  readDocumentLimits,
  readHealthListener,
  readShutdownGrace,
  readLogConfig,
  readTokenVerifierConfig,
} from '@expertpool/shared';
import {
  CostBudgets,
  QueryLimits,
  RateLimits,
  readDemandControl,
  trustedProxiesProblem,
} from './hardening';

/** Where the supergraph comes from: a country registry (routing by country) or a fixed file. */
export type GatewayMode = { kind: 'registry'; path: string } | { kind: 'supergraph'; path: string };

export const isRegistryMode = (
  mode: GatewayMode,
): mode is Extract<GatewayMode, { kind: 'registry' }> => mode.kind === 'registry';

export interface GatewayConfig {
  mode: GatewayMode;
  port: number;
  host: string;
  /** The listener of health details (HEALTH_PORT, HEALTH_HOST); none when unset. */
  health?: HealthListenerConfig;
  /** SHUTDOWN_GRACE: seconds a stop lets requests in flight finish (shared readShutdownGrace). */
  shutdownGraceSeconds?: number;
  production: boolean;
  maxBodyBytes: number;
  /** Tokens, aliases and directives per document (MAX_TOKENS, MAX_ALIASES, MAX_DIRECTIVES). */
  documentLimits: DocumentLimits;
  /** Depth, cost and page-size limits checked before a query plan runs. */
  queryLimits: QueryLimits;
  /** Requests a minute per client address and per token (0 disables). */
  rateLimits: RateLimits;
  /** Estimated cost units a minute per client address and per token (0 disables). */
  costBudgets: CostBudgets;
  /** REDIS_URL: the Redis the replicas share rate and cost budgets through (docs/ARCHITECTURE.md §11.5). */
  redisUrl?: string;
  /** How callers' tokens are verified before anything is planned or forwarded. */
  auth: TokenVerifierConfig;
  /** Browser origins that may query (CORS_ORIGINS; default none). */
  corsOrigins?: string[];
  /**
   * TRUSTED_PROXIES: the load balancers or ingresses in front of the gateway, whose
   * X-Forwarded-For names the caller the per-address limits charge (hardening/client.ts).
   */
  trustedProxies?: string[];
  /** LOG_LEVEL and LOG_FORMAT (docs/ARCHITECTURE.md §11.1); info and JSON when unset. */
  log?: LogConfig;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const r = new EnvReader(env);
  const registry = r.optional('REGISTRY');
  const supergraph = r.optional('SUPERGRAPH');
  r.check(
    Boolean(registry) !== Boolean(supergraph),
    'set exactly one of REGISTRY (a country registry JSON file) or SUPERGRAPH (a supergraph SDL file)',
  );
  const production = r.production();
  const auth = readTokenVerifierConfig(r, production);
  return r.done({
    mode: registry
      ? { kind: 'registry', path: registry }
      : { kind: 'supergraph', path: supergraph ?? '' },
    port: r.port('PORT', 4000),
    host: r.string('HOST', '127.0.0.1'),
    health: readHealthListener(r),
    shutdownGraceSeconds: readShutdownGrace(r),
    log: readLogConfig(r),
    production,
    auth,
    corsOrigins: readCorsOrigins(r),
    trustedProxies: readTrustedProxies(r),
    maxBodyBytes: r.int('MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    documentLimits: readDocumentLimits(r, GATEWAY_DOCUMENT_LIMITS),
    // MAX_DEPTH, MAX_FRAGMENT_DEPTH, MAX_COST, ASSUMED_LIST_SIZE, RATE_LIMIT_PER_*, COST_PER_MINUTE_PER_*
    ...readDemandControl(r),
  });
}

/** TRUSTED_PROXIES: comma-separated addresses, CIDR ranges or proxy-addr's names; none by default. */
function readTrustedProxies(r: EnvReader): string[] {
  const list = (r.optional('TRUSTED_PROXIES') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const problem = trustedProxiesProblem(list);
  r.check(problem === undefined, problem ?? '');
  return list;
}
