/**
 * Per-country circuit breaker. After `threshold` consecutive failures a country is skipped for
 * `coolDownMs`; then one request is let through as a probe, which closes the breaker on success
 * or re-opens it on failure. A dead country so costs the region nothing after a few requests.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** A transition worth a log line (docs/ARCHITECTURE.md §11.1): a failed probe re-opens it. */
export type BreakerChange = 'opened' | 'reopened' | 'closed';

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly threshold = 3,
    private readonly coolDownMs = 5000,
    private readonly now: () => number = Date.now,
    private readonly onChange: (change: BreakerChange) => void = () => {},
  ) {}

  get state(): BreakerState {
    if (this.failures < this.threshold) return 'closed';
    return this.now() - this.openedAt >= this.coolDownMs ? 'half-open' : 'open';
  }

  /** Whether a request may go out now; in half-open state only one probe at a time. */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  success(): void {
    const wasOpen = this.failures >= this.threshold;
    this.failures = 0;
    this.probing = false;
    if (wasOpen) this.onChange('closed');
  }

  failure(): void {
    this.probing = false;
    this.failures += 1;
    if (this.failures >= this.threshold) {
      this.openedAt = this.now();
      this.onChange(this.failures === this.threshold ? 'opened' : 'reopened');
    }
  }
}
