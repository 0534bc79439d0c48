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
import { RightsPeriods, readRightsPeriods } from './policy/rights-periods';

export interface CountryConfig {
  country: string;
  port: number;
  host: string;
  /** The listener of health details (HEALTH_PORT, HEALTH_HOST); none when unset. */
  health?: HealthListenerConfig;
  /** SHUTDOWN_GRACE: seconds a stop lets requests in flight finish (shared readShutdownGrace). */
  shutdownGraceSeconds?: number;
  /** LOG_LEVEL and LOG_FORMAT (docs/ARCHITECTURE.md §11.1); info and JSON when unset. */
  log?: LogConfig;
  mongodbUri: string;
  /** Database name; one per country instance. */
  database: string;
  /** Demo experts to generate into an empty database (0: none). */
  seedExperts: number;
  seed: number;
  production: boolean;
  /** Tokens, aliases and directives per document (MAX_TOKENS, MAX_ALIASES, MAX_DIRECTIVES). */
  documentLimits: DocumentLimits;
  /** How callers' tokens are verified (JWT_SECRET or JWT_ISSUERS_FILE). */
  auth: TokenVerifierConfig;
  /** ERASURE_PERIOD and CONFIRMATION_PERIOD (docs/ARCHITECTURE.md §6.8). */
  periods: RightsPeriods;
}

/** A country's database when MONGODB_DB does not name one: one database per country. */
export const defaultDatabase = (country: string) => `expertpool_${country.toLowerCase()}`;

/** SEED_EXPERTS: with NODE_ENV=production only with DEMO_DATA=yes (checkDemoDataAllowed). */
function readSeedExperts(r: EnvReader, production: boolean): number {
  const seedExperts = r.int('SEED_EXPERTS', 0, 0, 200_000);
  checkDemoDataAllowed(
    r,
    production,
    seedExperts > 0
      ? { variable: 'SEED_EXPERTS', value: String(seedExperts), none: '0' }
      : undefined,
  );
  return seedExperts;
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function readCountryConfig(env: NodeJS.ProcessEnv): CountryConfig {
  const r = new EnvReader(env);
  const country = r.country('COUNTRY');
  const { uri: mongodbUri, database } = r.mongodb(defaultDatabase(country));
  const production = r.production();
  const auth = readTokenVerifierConfig(r, production);
  return r.done({
    country,
    port: r.port('PORT', 4001),
    host: r.string('HOST', '127.0.0.1'),
    health: readHealthListener(r),
    shutdownGraceSeconds: readShutdownGrace(r),
    log: readLogConfig(r),
    mongodbUri,
    database,
    seedExperts: readSeedExperts(r, production),
    seed: r.int('SEED', DEFAULT_DEMO_SEED, 0, 2 ** 31 - 1),
    production,
    documentLimits: readDocumentLimits(r, SUBGRAPH_DOCUMENT_LIMITS),
    auth,
    periods: readRightsPeriods(r),
  });
}
