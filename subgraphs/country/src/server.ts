import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { MongoClient } from 'mongodb';
import {
  DATABASE_WAIT_SECONDS,
  openDatabase,
  Logger,
  OPERATION_NAME_HEADER,
  RunnableService,
  apolloDefaults,
  createLogger,
  createHttpHandler,
  createTokenVerifier,
  declaredOperationName,
  healthEndpoints,
  lineLog,
  observeDatabase,
  requestIdOf,
  serviceLifecycle,
} from '@expertpool/shared';
import { CountryConfig } from './config';
import { Caller, callerFor, ownSteward } from './caller';
import { CountryContext, createContext } from './context';
import { resolvers } from './resolvers';
import { typeDefs } from './schema/type-defs';
import { auditPlugin } from './audit/audit-plugin';
import { watchImports } from './metrics';
import { AuditRetentionKeeper } from './audit/retention';
import { AuditStore } from './store/audit-store';
import { RetentionStore } from './store/retention-store';
import { ChangeRequestStore } from './store/change-request-store';
import { ErasureStore } from './store/erasure-store';
import { PolicyStore } from './store/policy-store';
import { ExpertStore } from './store/expert-store';

export interface CountryServer extends RunnableService {
  config: CountryConfig;
  apollo: ApolloServer<CountryContext>;
  store: ExpertStore;
  policies: PolicyStore;
  audit: AuditStore;
  retention: AuditRetentionKeeper;
  /** A context as a request from `caller` (default: a steward of this country) would get, for executeOperation. */
  contextFor(caller?: Caller): CountryContext;
}

/** Connects to the country's database, prepares indexes and demo data, and builds the subgraph. */
export async function createServer(
  config: CountryConfig,
  logger: Logger = createLogger({ service: 'country', country: config.country }, config.log),
): Promise<CountryServer> {
  const log = lineLog(logger);
  const client = await openDatabase(config.mongodbUri, () =>
    MongoClient.connect(config.mongodbUri, {
      serverSelectionTimeoutMS: DATABASE_WAIT_SECONDS * 1000,
      // Database latency from the driver's command events (docs/ARCHITECTURE.md §11.3).
      monitorCommands: true,
    }),
  );
  observeDatabase(client);
  const db = client.db(config.database);
  const store = new ExpertStore(db, config.country);
  const policies = new PolicyStore(db);
  const audit = new AuditStore(db);
  const retention = new AuditRetentionKeeper(audit, new RetentionStore(db));
  const unwatchImports = watchImports(config.country, db);
  const changeRequests = new ChangeRequestStore(db);
  const erasures = new ErasureStore(db);
  const { rewritten, failed } = await store.init();
  await audit.init();
  if (rewritten > 0)
    log(
      `${config.country}: re-derived the search fields of ${rewritten} experts written by an older release`,
    );
  if (failed.length > 0)
    log(
      `${config.country}: ${failed.length} experts could not be re-derived and keep their old search fields: ${failed.slice(0, 20).join(' ')}`,
    );
  const kept = await retention.apply();
  log(
    `${config.country}: audit entries are kept ${kept.retention.days} days${kept.retention.isDefault ? ' (the default)' : ''}, ` +
      (kept.enforcement === 'TTL_INDEX'
        ? 'by a TTL index on audit.at'
        : 'deleted hourly by this service (the database has no TTL indexes)'),
  );
  if (kept.enforcement === 'SWEEP') retention.startSweeping();
  if (config.seedExperts > 0) {
    // Loaded only to seed: the demo generator stays out of a service that holds real data
    // (docs/ARCHITECTURE.md §8).
    const { seedIfEmpty } = await import('./seed');
    await seedIfEmpty(store, config.seedExperts, config.seed, log);
  }

  const apollo = new ApolloServer<CountryContext>({
    // The module-list form: it takes a GraphQLResolverMap<any>, which the generated Resolvers
    // (index signature on) are; the single-module form's map would refuse any context type.
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    // Traces are for Apollo's hosted studio, which this region does not use.
    ...apolloDefaults(
      config.production,
      config.documentLimits,
      [
        ApolloServerPluginInlineTraceDisabled(),
        auditPlugin(audit, (message, error) => logger.error({ err: error }, message)),
      ],
      logger,
    ),
  });
  await apollo.start();

  // Liveness answers without the database; readiness asks it (docs/ARCHITECTURE.md §11.4). The
  // count includes experts who consented to nobody: a detail for the operator only.
  const health = healthEndpoints({
    '/health': () => ({ status: 'ok', country: config.country }),
    '/health/ready': async () => ({
      status: 'ok',
      country: config.country,
      experts: await store.count(),
    }),
  });
  const contextFor = (
    caller = ownSteward(config.country),
    operation?: string,
    requestId?: string,
  ) =>
    createContext(
      store,
      caller,
      { policies, audit, retention, periods: config.periods, changeRequests, erasures },
      operation,
      requestId,
    );
  const handler = createHttpHandler({
    apollo,
    // Verified here again even behind the gateway: a caller that reaches this service directly
    // meets the same rules (zero trust: docs/adr/0004-tokens-verified-twice.md).
    verifier: createTokenVerifier(config.auth, { log: (line) => logger.warn(line) }),
    context: async (req, identity) =>
      contextFor(
        callerFor(identity, config.country),
        declaredOperationName(req.headers[OPERATION_NAME_HEADER]),
        requestIdOf(req),
      ),
    routes: health.routes,
    logger,
  });

  return {
    config,
    apollo,
    store,
    policies,
    audit,
    retention,
    contextFor,
    logger,
    ...serviceLifecycle(
      handler,
      config,
      [
        () => apollo.stop(),
        () => retention.stop(),
        async () => unwatchImports(),
        () => client.close(),
      ],
      {
        handler: health.details,
        at: config.health,
      },
    ),
  };
}
