import { AuditRetention } from '../policy/audit-retention';
import { AuditStore } from '../store/audit-store';
import { RetentionEnforcement } from '../store/audit-ttl';
import { RetentionStore } from '../store/retention-store';

/** How often a server without TTL indexes deletes expired entries itself (the TTL monitor: 60 s). */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface RetentionState {
  retention: AuditRetention;
  enforcement: RetentionEnforcement;
}

/**
 * The country's audit retention (docs/ARCHITECTURE.md §6.6): the period its stewards set, and the
 * TTL index on `audit.at` that enforces it. The index lives in the database, so a change made
 * through one instance (or `npm run policy`) holds for every instance at once. Where the server
 * has no TTL indexes, the service sweeps expired entries itself, reading the period each time.
 */
export class AuditRetentionKeeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    readonly audit: AuditStore,
    readonly settings: RetentionStore,
    private readonly logError: (message: string, error: unknown) => void = (m, e) =>
      console.error(m, e),
  ) {}

  /** Makes the index enforce the stored period (at start-up). */
  async apply(): Promise<RetentionState> {
    const retention = await this.settings.load();
    return { retention, enforcement: await this.audit.keepFor(retention.days) };
  }

  /**
   * Stores a new, already validated period and applies it at once: a shorter one deletes what it
   * no longer keeps within the TTL monitor's minute, or now where the service sweeps.
   */
  async set(days: number, by: string | null): Promise<RetentionState> {
    const retention = await this.settings.replace(days, by);
    const enforcement = await this.audit.keepFor(days);
    if (enforcement === 'SWEEP') await this.audit.deleteExpired(days);
    return { retention, enforcement };
  }

  async load(): Promise<AuditRetention> {
    return this.settings.load();
  }

  /** Sweeps now and then every `intervalMs` until stop(); only for RetentionEnforcement SWEEP. */
  startSweeping(intervalMs = SWEEP_INTERVAL_MS): void {
    if (this.timer !== undefined) return;
    const sweep = () => {
      this.running ??= this.sweep()
        .catch((error: unknown) =>
          this.logError('audit retention: could not delete expired entries:', error),
        )
        .finally(() => (this.running = undefined));
    };
    sweep();
    this.timer = setInterval(sweep, intervalMs);
    // The sweep never keeps a stopping process alive.
    this.timer.unref();
  }

  /** Deletes the entries older than the stored period; how many went. */
  async sweep(now = new Date()): Promise<number> {
    return this.audit.deleteExpired((await this.settings.load()).days, now);
  }

  /** Stops sweeping, once a sweep under way has finished (before the database is closed). */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
