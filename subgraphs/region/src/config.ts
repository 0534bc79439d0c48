import {
  DEFAULT_DEMO_SEED,
  DocumentLimits,
  EnvReader,
  HealthListenerConfig,
  LogConfig,
  SUBGRAPH_DOCUMENT_LIMITS,
  TokenVerifierConfig,
  checkDemoDataAllowed,
  readDocumentLimits,
  readHealthListener,
  readShutdownGrace,
  readLogConfig,
  readTokenVerifierConfig,
} from '@expertpool/shared';

export interface RegionConfig {
  port: number;
  host: string;
  /** The listener of health details (HEALTH_PORT, HEALTH_HOST); none when unset. */
  health?: HealthListenerConfig;
  /** SHUTDOWN_GRACE: seconds a stop lets requests in flight finish (shared readShutdownGrace). */
  shutdownGraceSeconds?: number;
  /** LOG_LEVEL and LOG_FORMAT (docs/ARCHITECTURE.md §11.1); info and JSON when unset. */
  log?: LogConfig;
  mongodbUri: string;
  /** The secretariat's own database. */
  database: string;
  /** Seed of the demo experts; must equal the country subgraphs' SEED so engagement ids exist there. */
  seed: number;
  /** Whether an empty `programmes` collection gets the demo programmes (default: not in production). */
  seedProgrammes: boolean;
  production: boolean;
  /** Tokens, aliases and directives per document (MAX_TOKENS, MAX_ALIASES, MAX_DIRECTIVES). */
  documentLimits: DocumentLimits;
  /** How callers' tokens are verified (JWT_SECRET or JWT_ISSUERS_FILE). */
  auth: TokenVerifierConfig;
}

const BOOLEANS = ['true', 'false', '1', '0'] as const;

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function readRegionConfig(env: NodeJS.ProcessEnv): RegionConfig {
  const r = new EnvReader(env);
  const { uri: mongodbUri, database } = r.mongodb('expertpool_region');
  const production = r.production();
  // The demo programmes name demo experts as trainers: demo data, so off by default in
  // production and allowed there only with DEMO_DATA=yes (checkDemoDataAllowed).
  const seedProgrammes = r.oneOf('SEED_PROGRAMMES', BOOLEANS, production ? 'false' : 'true');
  const seeding = seedProgrammes === 'true' || seedProgrammes === '1';
  checkDemoDataAllowed(
    r,
    production,
    seeding ? { variable: 'SEED_PROGRAMMES', value: seedProgrammes, none: 'false' } : undefined,
  );
  const auth = readTokenVerifierConfig(r, production);
  return r.done({
    port: r.port('PORT', 4100),
    host: r.string('HOST', '127.0.0.1'),
    health: readHealthListener(r),
    shutdownGraceSeconds: readShutdownGrace(r),
    log: readLogConfig(r),
    mongodbUri,
    database,
    seed: r.int('SEED', DEFAULT_DEMO_SEED, 0, 2 ** 31 - 1),
    seedProgrammes: seeding,
    production,
    documentLimits: readDocumentLimits(r, SUBGRAPH_DOCUMENT_LIMITS),
    auth,
  });
}
