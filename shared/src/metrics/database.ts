import { Histogram } from 'prom-client';
import { LATENCY_BUCKETS } from './requests';
import { metricsRegistry } from './registry';

const commands = new Histogram({
  name: 'expertpool_database_command_duration_seconds',
  help: 'MongoDB commands as the driver reports them, by command name and outcome.',
  labelNames: ['command', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

/** What the driver's command monitoring emits (mongodb's CommandSucceededEvent and CommandFailedEvent). */
interface CommandEvent {
  commandName: string;
  /** Milliseconds. */
  duration: number;
}

/** The MongoClient (connected with `monitorCommands: true`) as this needs it; shared does not depend on the driver. */
export interface MonitoredClient {
  on(event: 'commandSucceeded' | 'commandFailed', listener: (event: CommandEvent) => void): unknown;
}

/**
 * Database latency from the driver's own command monitoring (docs/ARCHITECTURE.md §11.3): every
 * command the service sends, timed by the driver, with no wrapper around each call site.
 */
export function observeDatabase(client: MonitoredClient): void {
  client.on('commandSucceeded', (e) =>
    commands.observe({ command: e.commandName, outcome: 'ok' }, e.duration / 1000),
  );
  client.on('commandFailed', (e) =>
    commands.observe({ command: e.commandName, outcome: 'failed' }, e.duration / 1000),
  );
}
