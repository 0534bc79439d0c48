import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { MongoClient } from 'mongodb';
import { RunnableService, apolloDefaults, createHttpHandler, sendJson, serviceLifecycle } from '@expertpool/shared';
import { CountryConfig } from './config';
import { Caller, unauthenticatedCaller } from './caller';
import { CountryContext, createContext } from './context';
import { resolvers } from './resolvers';
import { typeDefs } from './schema/type-defs';
import { seedIfEmpty } from './seed';
import { auditPlugin } from './audit/audit-plugin';
import { AuditStore } from './store/audit-store';
import { PolicyStore } from './store/policy-store';
import { ExpertStore } from './store/expert-store';

export interface CountryServer extends RunnableService {
  config: CountryConfig;
  apollo: ApolloServer<CountryContext>;
  store: ExpertStore;
  policies: PolicyStore;
  audit: AuditStore;
  /** A context as a request from `caller` would get (for executeOperation in tests). */
  contextFor(caller?: Caller): CountryContext;
}

/** Connects to the country's database, prepares indexes and demo data, and builds the subgraph. */
export async function createServer(config: CountryConfig, log: (line: string) => void = console.log): Promise<CountryServer> {
  const client = await MongoClient.connect(config.mongodbUri, { serverSelectionTimeoutMS: 10_000 });
  const db = client.db(config.database);
  const store = new ExpertStore(db, config.country);
  const policies = new PolicyStore(db);
  const audit = new AuditStore(db);
  await store.init();
  await audit.init();
  await seedIfEmpty(store, config.seedExperts, config.seed, log);

  const apollo = new ApolloServer<CountryContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    ...apolloDefaults(config.production),
    // Traces are for Apollo's hosted studio, which this region does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled(), auditPlugin(audit)],
  });
  await apollo.start();

  const contextFor = (caller = unauthenticatedCaller(config.country)) => createContext(store, caller, { policies, audit });
  const handler = createHttpHandler({
    apollo,
    context: async () => contextFor(),
    routes: {
      '/health': async (_req, res) => sendJson(res, 200, { status: 'ok', country: config.country, experts: await store.count() }),
    },
  });

  return { config, apollo, store, policies, audit, contextFor, ...serviceLifecycle(handler, config, [() => apollo.stop(), () => client.close()]) };
}
