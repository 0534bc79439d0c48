import { readFileSync } from 'node:fs';
import { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  Logger,
  RunnableService,
  apolloDefaults,
  createLogger,
  createHttpHandler,
  createTokenVerifier,
  currentRequest,
  healthEndpoints,
  serviceLifecycle,
  unreachable,
} from '@expertpool/shared';
import { GatewayConfig } from './config';
import {
  ClientContext,
  clientResolver,
  connectRedis,
  createRateLimitGuard,
  memoryBudgets,
  redisBudgets,
  fanoutWidth,
  queryLimitsPlugin,
} from './hardening';
import { ForwardingDataSource } from './forwarding-source';
import { CountryClient, FORWARDED_HEADERS } from './routing/country-client';
import { CountryRoutingDataSource, GatewayContext } from './routing/data-source';
import { RegionTopology } from './supergraph/topology';

export interface GatewayServer extends RunnableService {
  apollo: ApolloServer<GatewayContext>;
  topology: RegionTopology | undefined;
}

function forwardHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

function buildGateway(
  config: GatewayConfig,
  log: Logger,
): { gateway: ApolloGateway; topology?: RegionTopology; client?: CountryClient } {
  const mode = config.mode;
  switch (mode.kind) {
    case 'supergraph':
      return {
        gateway: new ApolloGateway({
          supergraphSdl: readFileSync(mode.path, 'utf8'),
          buildService: ({ url }) => new ForwardingDataSource({ url }),
        }),
      };
    case 'registry': {
      const topology = new RegionTopology(mode.path, log);
      const client = new CountryClient(undefined, log);
      const routing = new CountryRoutingDataSource(topology.routingView, client, (error) =>
        log.error({ err: error, requestId: currentRequest()?.id }, 'unexpected error in routing'),
      );
      const gateway = new ApolloGateway({
        supergraphSdl: topology,
        // The routing data source plans from the planner's own parsed document rather than
        // parsing the subgraph operation's text again (docs/ARCHITECTURE.md §4.3).
        queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
        buildService: ({ name, url }) =>
          name === 'experts' ? routing : new ForwardingDataSource({ url }),
      });
      return { gateway, topology, client };
    }
    default:
      return unreachable(mode);
  }
}

/**
 * Where the rate and cost budgets live: in Redis, shared by every replica, when REDIS_URL is set;
 * else in this replica's memory, which a production gateway says once, since a second replica
 * behind the same load balancer would double every limit (docs/ARCHITECTURE.md §11.5).
 */
function budgetStore(config: GatewayConfig, log: Logger) {
  if (config.redisUrl === undefined) {
    if (config.production)
      log.warn(
        { event: 'budgets_in_memory' },
        "no REDIS_URL: rate and cost budgets are this replica's own, so N replicas admit N times the limits",
      );
    return { factory: memoryBudgets(), close: async () => undefined };
  }
  const link = connectRedis(config.redisUrl, log);
  return {
    factory: redisBudgets(link.redis, 'expertpool:budget'),
    close: async () => link.close(),
  };
}

/** The region's one query surface: Apollo Gateway routing by country (docs/ARCHITECTURE.md §4). */
export async function createServer(
  config: GatewayConfig,
  log: Logger = createLogger({ service: 'gateway' }, config.log),
): Promise<GatewayServer> {
  const { gateway, topology, client } = buildGateway(config, log);
  const budgets = budgetStore(config, log);
  const apollo = new ApolloServer<GatewayContext & ClientContext>({
    gateway,
    ...apolloDefaults(
      config.production,
      config.documentLimits,
      [
        queryLimitsPlugin<GatewayContext & ClientContext>({
          limits: config.queryLimits,
          budgets: config.costBudgets,
          // Only the registry's gateway fans out; in plain mode each field is one request.
          fanout: topology && fanoutWidth(topology.routingView),
          fanoutState: topology?.routingView,
          budgetStore: budgets.factory,
        }),
      ],
      log,
    ),
    csrfPrevention: true,
  });
  await apollo.start();

  // Public: the status alone. The country list (internal URLs, refusal reasons, breakers,
  // latencies) is served on the health details listener only (shared/src/http/health.ts).
  const health = healthEndpoints({
    '/health': () => ({ status: 'ok' }),
    '/health/ready': () => {
      const countries = (topology?.status() ?? []).map((c) => ({
        country: c.entry.code,
        url: c.entry.url,
        schema: c.state,
        reason: c.reason ?? null,
        breaker: client?.breaker(c.entry.code).state ?? 'closed',
        lastLatencyMs: client?.lastLatency.get(c.entry.code) ?? null,
      }));
      const ready = countries.every((c) => c.schema === 'accepted' && c.breaker === 'closed');
      return { status: ready ? 'ready' : 'degraded', countries };
    },
  });
  const clientOf = clientResolver(config.trustedProxies);
  const handler = createHttpHandler({
    apollo,
    maxBodyBytes: config.maxBodyBytes,
    corsOrigins: config.corsOrigins,
    guard: createRateLimitGuard(config.rateLimits, budgets.factory, clientOf),
    // Refused tokens stop here; accepted ones are forwarded unchanged and verified again by
    // every country, which trusts nothing the gateway adds.
    verifier: createTokenVerifier(config.auth, { log: (line) => log.warn(line) }),
    context: async (req, identity) => ({
      forwardHeaders: forwardHeaders(req),
      client: clientOf(req),
      claims: identity.claims,
    }),
    routes: health.routes,
    logger: log,
  });

  return {
    apollo,
    topology,
    logger: log,
    ...serviceLifecycle(
      handler,
      config,
      [() => apollo.stop(), async () => client?.close(), async () => budgets.close()],
      {
        handler: health.details,
        at: config.health,
      },
    ),
  };
}
