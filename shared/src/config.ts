/**
 * Start-up configuration from environment variables. Every bad value is collected and reported
 * together, each naming its variable, so an operator fixes a deployment in one pass.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

import { countryCodeProblem, parseCountryCode } from './countries';
import { formatDuration, parseDuration } from './duration';
import { blockedPortIn } from './ports';

type Env = Record<string, string | undefined>;

const NODE_ENVS = ['development', 'production', 'test'] as const;

export interface MongoSettings {
  uri: string;
  database: string;
}

export class EnvReader {
  private readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  /** A string; `fallback` undefined means the variable is required. */
  string(name: string, fallback?: string): string {
    const raw = this.raw(name);
    if (raw !== undefined) return raw;
    if (fallback === undefined) this.problems.push(`${name} is required`);
    return fallback ?? '';
  }

  optional(name: string): string | undefined {
    return this.raw(name);
  }

  int(name: string, fallback: number | undefined, min: number, max: number): number {
    const raw = this.raw(name);
    if (raw === undefined) {
      if (fallback === undefined) this.problems.push(`${name} is required`);
      return fallback ?? min;
    }
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback ?? min;
    }
    return value;
  }

  /**
   * A TCP port to listen on (0 picks a free one unless `min` is 1). `count` > 1 reads the first
   * of that many consecutive ports (npm start's countries). A port `fetch` refuses is refused
   * here, by name, rather than after a service nobody can reach has started (ports.ts).
   */
  port(name: string, fallback: number, { min = 0, count = 1 } = {}): number {
    const port = this.int(name, fallback, min, 65536 - count);
    const blocked = port === 0 ? undefined : blockedPortIn(port, count);
    if (blocked === undefined) return port;
    const which =
      count === 1
        ? `${name}=${port} is a port`
        : `${name}=${port} gives ports ${port}-${port + count - 1}, and ${blocked} is a port`;
    this.problems.push(
      `${which} that fetch refuses to connect to (a "bad port" of the Fetch standard: Node's fetch and browsers cannot reach it); choose another`,
    );
    return port;
  }

  /** A lifetime in seconds (`duration.ts`: `3600`, `90s`, `30m`, `12h`, `7d`) from min to max. */
  duration(name: string, fallbackSeconds: number, minSeconds: number, maxSeconds: number): number {
    const raw = this.raw(name);
    if (raw === undefined) return fallbackSeconds;
    const seconds = parseDuration(raw);
    if (seconds === undefined || seconds < minSeconds || seconds > maxSeconds) {
      this.problems.push(
        `${name} must be a duration from ${formatDuration(minSeconds)} to ${formatDuration(maxSeconds)}: seconds, or a number with s, m, h or d, e.g. 12h (got "${raw}")`,
      );
      return fallbackSeconds;
    }
    return seconds;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const raw = this.raw(name);
    if (raw === undefined) {
      if (fallback === undefined)
        this.problems.push(`${name} is required (one of ${allowed.join(', ')})`);
      return fallback ?? allowed[0];
    }
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback ?? allowed[0];
    }
    return raw as T;
  }

  /** A required country code, by the same rule as every CLI's `--country` (countries.ts). */
  country(name: string): string {
    const raw = this.raw(name);
    if (raw === undefined) {
      this.problems.push(`${name} is required, e.g. ${name}=MY`);
      return '';
    }
    const code = parseCountryCode(raw);
    if (code === undefined) this.problems.push(countryCodeProblem(name, raw));
    return code ?? '';
  }

  /**
   * Where the service's MongoDB is: MONGODB_URI (required, mongodb:// or mongodb+srv://) and
   * MONGODB_DB (default `defaultDatabase`), as every service and CLI reads them.
   */
  mongodb(defaultDatabase: string): MongoSettings {
    const uri = this.string('MONGODB_URI');
    this.check(
      uri === '' || /^mongodb(\+srv)?:\/\//.test(uri),
      'MONGODB_URI must start with mongodb:// or mongodb+srv://',
    );
    const database = this.string('MONGODB_DB', defaultDatabase);
    this.check(
      /^[A-Za-z0-9_-]{1,63}$/.test(database),
      `MONGODB_DB must be 1-63 letters, digits, _ or - (got "${database}")`,
    );
    return { uri, database };
  }

  /** NODE_ENV (development, production or test; default development) is production. */
  production(): boolean {
    return this.oneOf('NODE_ENV', NODE_ENVS, 'development') === 'production';
  }

  /** Records a problem found by a caller-side check. */
  check(ok: boolean, problem: string): void {
    if (!ok) this.problems.push(problem);
  }

  /** Throws one ConfigError listing every problem, or returns the value built from the reads. */
  done<T>(value: T): T {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
    return value;
  }

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }
}
