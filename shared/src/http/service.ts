import { RequestListener } from 'node:http';
import { ConfigError } from '../config';
import { createErrorFormatter } from '../graphql-errors';
import { listen, Listening } from './serve';

/** What every service of the region exposes to its main.ts and to tests. */
export interface RunnableService {
  listen(port?: number): Promise<Listening>;
  stop(): Promise<void>;
}

/**
 * Listening and stopping for a service's HTTP handler. `release` runs after the server has
 * stopped accepting requests (Apollo, then database clients), in order.
 */
export function serviceLifecycle(
  handler: RequestListener,
  at: { port: number; host: string },
  release: (() => Promise<void>)[],
): RunnableService {
  let listening: Listening | undefined;
  return {
    async listen(port = at.port) {
      listening = await listen(handler, port, at.host);
      return listening;
    },
    async stop() {
      await listening?.close();
      for (const step of release) await step();
    },
  };
}

/** The Apollo options every service shares: error masking and introspection follow NODE_ENV. */
export function apolloDefaults(production: boolean) {
  return {
    formatError: createErrorFormatter(production),
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
  };
}

/**
 * A service's main: build it from the environment, listen, stop cleanly on SIGINT/SIGTERM. A bad
 * configuration prints its message (every bad variable, named) and exits 1.
 */
export function runMain(name: string, start: () => Promise<RunnableService>): void {
  start()
    .then(async (service) => {
      const { url } = await service.listen();
      // The ready line is read by whoever supervises the process (tests/src/region/processes.ts).
      // eslint-disable-next-line no-console
      console.log(`${name} ready at ${url}`);
      const shutdown = () => void service.stop().then(() => process.exit(0));
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    })
    .catch((error) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}
