import { RequestListener } from 'node:http';
import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ConfigError } from '../config';
import { ListenerNames, listenStartupError } from '../startup/listen-error';
import { StartupError } from '../startup/startup-error';
import { createErrorFormatter } from '../graphql-errors';
import { DocumentLimits, documentLimitOptions } from './document-limits';
import { HealthListenerConfig } from './health';
import { listen, Listening } from './serve';
import { Logger } from '../log/logger';
import { requestScopePlugin } from '../log/apollo-plugin';
import { flushTelemetry } from '../telemetry/flush';
import { tracingPlugin } from '../telemetry/apollo-plugin';

/** Where a service listens: its public port, and its health details' listener when it has one. */
export interface ServiceListening extends Listening {
  health?: Listening;
}

/** What every service of the region exposes to its main.ts and to tests. */
export interface RunnableService {
  listen(port?: number): Promise<ServiceListening>;
  stop(): Promise<void>;
  /** The service's logger (docs/ARCHITECTURE.md §11.1), for runMain's own lines. */
  logger?: Logger;
}

/** The internal listener of health details (health.ts); none without a HEALTH_PORT. */
export interface HealthDetails {
  handler: RequestListener;
  at: HealthListenerConfig | undefined;
}

/** Where a service listens, and how long a stop lets requests in flight finish. */
export interface ServiceAddress {
  port: number;
  host: string;
  /** SHUTDOWN_GRACE (shutdown.ts); 0 or absent drops open requests at once. */
  shutdownGraceSeconds?: number;
}

const SERVICE_NAMES: ListenerNames = { port: 'PORT', host: 'HOST' };
const HEALTH_NAMES: ListenerNames = { port: 'HEALTH_PORT', host: 'HEALTH_HOST' };

async function bind(
  handler: RequestListener,
  port: number,
  host: string,
  names: ListenerNames,
): Promise<Listening> {
  try {
    return await listen(handler, port, host);
  } catch (error) {
    throw listenStartupError(names, host, port, error);
  }
}

/**
 * Listening and stopping for a service's HTTP handler. `release` runs after the server has
 * stopped accepting requests and those in flight have finished (Apollo, then database clients),
 * in order (docs/ARCHITECTURE.md §11.4).
 */
export function serviceLifecycle(
  handler: RequestListener,
  at: ServiceAddress,
  release: (() => Promise<void>)[],
  details?: HealthDetails,
): RunnableService {
  let listening: Listening | undefined;
  let health: Listening | undefined;
  return {
    async listen(port = at.port) {
      if (details?.at !== undefined)
        health = await bind(details.handler, details.at.port, details.at.host, HEALTH_NAMES);
      try {
        listening = await bind(handler, port, at.host, SERVICE_NAMES);
      } catch (error) {
        await health?.close();
        throw error;
      }
      return { ...listening, health };
    },
    async stop() {
      await listening?.close((at.shutdownGraceSeconds ?? 0) * 1000);
      await health?.close();
      for (const step of release) await step();
    },
  };
}

/**
 * The Apollo options every service shares: error masking, suggestions and introspection follow
 * NODE_ENV; every document meets `limits` (document-limits.ts). `plugins` are the service's own.
 * Apollo logs through the service's logger, as JSON lines like every other (§11.1).
 */
export function apolloDefaults<C extends BaseContext>(
  production: boolean,
  limits: DocumentLimits,
  plugins: ApolloServerPlugin<C>[] = [],
  logger?: Logger,
) {
  const { parseOptions, validationRules, plugin } = documentLimitOptions<C>(limits);
  return {
    formatError: createErrorFormatter(production),
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
    parseOptions,
    validationRules,
    plugins: [plugin, requestScopePlugin<C>(), tracingPlugin<C>(), ...plugins],
    ...(logger && { logger }),
  };
}

/**
 * A service's main: build it from the environment, listen, stop cleanly on SIGINT/SIGTERM. A bad
 * configuration prints its message (every bad variable, named) and exits 1.
 */
export function runMain(name: string, start: () => Promise<RunnableService>): void {
  // Called inside the chain: a config reader that throws before `start` returns a promise
  // (readCountryConfig(process.env)) must print its message too, not crash with a stack trace.
  Promise.resolve()
    .then(start)
    .then(async (service) => {
      const { url, health } = await service.listen();
      // These lines are read by whoever supervises the process (tests/src/region/processes.ts).
      const info = (line: string) =>
        // eslint-disable-next-line no-console
        service.logger ? service.logger.info(line) : console.log(line);
      if (health) info(`${name} health details at ${new URL('/health', health.url)}`);
      info(`${name} ready at ${url}`);
      // Spans still buffered are sent before exit (docs/ARCHITECTURE.md §11.2).
      const shutdown = () =>
        void service
          .stop()
          .then(flushTelemetry)
          .then(() => process.exit(0));
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    })
    .catch((error) => {
      console.error(startupFailure(name, error));
      process.exit(1);
    });
}

/**
 * What an operator reads when a service does not start: the configuration's problems, each
 * naming its variable, or one sentence; never a stack trace (docs/ARCHITECTURE.md §11.4).
 */
export function startupFailure(name: string, error: unknown): string {
  if (error instanceof ConfigError) return `${name}: ${error.message}`;
  if (error instanceof StartupError) return `${name} cannot start: ${error.message}`;
  return `${name} cannot start: ${error instanceof Error ? error.message : String(error)}`;
}
