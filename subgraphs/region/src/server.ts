import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { MongoClient } from 'mongodb';
import {
  DATABASE_WAIT_SECONDS,
  openDatabase,
  Logger,
  RequestIdentity,
  RunnableService,
  apolloDefaults,
  createLogger,
  createHttpHandler,
  createTokenVerifier,
  healthEndpoints,
  lineLog,
  observeDatabase,
  serviceLifecycle,
} from '@expertpool/shared';
import { RegionConfig } from './config';
import { createContext, RegionContext } from './context';
import { LoaderHooks } from './loaders';
import { resolvers } from './resolvers';
import { typeDefs } from './schema/type-defs';
import { ProgrammeStore } from './store';

export interface RegionServer extends RunnableService {
  config: RegionConfig;
  apollo: ApolloServer<RegionContext>;
  store: ProgrammeStore;
  /**
   * A context as a request from `identity` (default: no token) would get, for executeOperation in
   * tests; hooks observe loader batches.
   */
  contextFor(identity?: RequestIdentity, hooks?: LoaderHooks): RegionContext;
}

/** Connects to the secretariat's database, prepares indexes and demo programmes, and builds the subgraph. */
export async function createServer(
  config: RegionConfig,
  logger: Logger = createLogger({ service: 'region' }, config.log),
): Promise<RegionServer> {
  const client = await openDatabase(config.mongodbUri, () =>
    MongoClient.connect(config.mongodbUri, {
      serverSelectionTimeoutMS: DATABASE_WAIT_SECONDS * 1000,
      // Database latency from the driver's command events (docs/ARCHITECTURE.md §11.3).
      monitorCommands: true,
    }),
  );
  observeDatabase(client);
  try {
    const store = new ProgrammeStore(client.db(config.database));
    await store.init();
    if (config.seedProgrammes) {
      // Loaded only to seed: the trainers are demo experts, and the demo generator stays out of
      // a service that holds the secretariat's real records (docs/ARCHITECTURE.md §8).
      const { seedProgrammesIfEmpty } = await import('./seed/seed');
      await seedProgrammesIfEmpty(store, config.seed, lineLog(logger));
    }
    return await startServer(config, client, store, logger);
  } catch (error) {
    await client.close();
    throw error;
  }
}

async function startServer(
  config: RegionConfig,
  client: MongoClient,
  store: ProgrammeStore,
  logger: Logger,
): Promise<RegionServer> {
  const apollo = new ApolloServer<RegionContext>({
    // The module-list form: it takes a GraphQLResolverMap<any>, which the generated Resolvers
    // (index signature on) are; the single-module form's map would refuse any context type.
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    // Traces are for Apollo's hosted studio, which this region does not use.
    ...apolloDefaults(
      config.production,
      config.documentLimits,
      [ApolloServerPluginInlineTraceDisabled()],
      logger,
    ),
  });
  await apollo.start();

  const contextFor = (identity?: RequestIdentity, hooks?: LoaderHooks) =>
    createContext(store, identity, hooks);
  const health = healthEndpoints({
    // Liveness without the database, readiness with it (docs/ARCHITECTURE.md §11.4).
    '/health': () => ({ status: 'ok', service: 'region' }),
    '/health/ready': async () => ({
      status: 'ok',
      service: 'region',
      programmes: await store.count(),
    }),
  });
  const handler = createHttpHandler({
    apollo,
    // Programmes are the secretariat's public record, so every audience reads the same; only
    // the secretariat changes them and reads who changed them. A refused token is refused here
    // as in every service.
    verifier: createTokenVerifier(config.auth, { log: (line) => logger.warn(line) }),
    context: async (_req, identity) => contextFor(identity),
    routes: health.routes,
    logger,
  });

  return {
    config,
    apollo,
    store,
    contextFor,
    logger,
    ...serviceLifecycle(handler, config, [() => apollo.stop(), () => client.close()], {
      handler: health.details,
      at: config.health,
    }),
  };
}
