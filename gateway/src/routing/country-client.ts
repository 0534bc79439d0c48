import { GraphQLFormattedError } from 'graphql';
import { Agent } from 'undici';
import {
  Logger,
  SpanKind,
  SpanStatusCode,
  currentRequest,
  recordCountryOutcome,
  silentLogger,
  tracer,
  withTraceHeaders,
} from '@expertpool/shared';
import { CountryEntry } from '../registry/registry-file';
import { observeCountryAnswer, watchBreakers } from '../metrics';
import { BreakerChange, CircuitBreaker } from './circuit-breaker';

export type Unavailable = 'TIMEOUT' | 'UNAVAILABLE' | 'SKIPPED';

export interface SubRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | null;
}

export type CountryAnswer =
  | {
      ok: true;
      country: string;
      data: Record<string, unknown> | null;
      errors: GraphQLFormattedError[];
      latencyMs: number;
      /** The HTTP status the country answered with (for its trace span). */
      httpStatus?: number;
    }
  | {
      ok: false;
      country: string;
      status: Unavailable;
      reason: string;
      latencyMs: number;
      httpStatus?: number;
    };

/** Headers a country must see to apply its own rules (zero trust: it re-verifies the token). */
export const FORWARDED_HEADERS = ['authorization', 'x-purpose', 'x-request-id'] as const;

/**
 * Sends GraphQL requests to member states' instances over HTTP with each country's timeout and
 * circuit breaker. Transport failures become an answer with a status, never an exception, so one
 * country can never fail a region-wide request.
 *
 * undici's own `request` API over one kept-alive connection pool per country, not `fetch`: a
 * region-wide search makes one request per country, and `fetch`'s WHATWG streams and per-request
 * objects cost the gateway about 0.4 ms of CPU per country (measured by `npm run bench`, see
 * docs/ARCHITECTURE.md §4).
 */
export class CountryClient {
  private readonly breakers = new Map<string, CircuitBreaker>();
  readonly lastLatency = new Map<string, number>();
  /** Connections stay open between requests; a country's timeout still bounds each request. */
  private readonly agent = new Agent({ keepAliveTimeout: 30_000 });
  /** undici takes the origin and the path apart; parsed once per registry URL. */
  private readonly targets = new Map<string, { origin: string; path: string }>();

  constructor(
    private readonly breakerOptions: { threshold: number; coolDownMs: number } = {
      threshold: 3,
      coolDownMs: 5000,
    },
    private readonly logger: Logger = silentLogger(),
  ) {}

  /** The breaker gauge reads this client's states at each scrape (docs/ARCHITECTURE.md §11.3). */
  private readonly unwatch = watchBreakers(() =>
    [...this.breakers].map(([country, breaker]) => [country, breaker.state] as const),
  );

  breaker(country: string): CircuitBreaker {
    let breaker = this.breakers.get(country);
    if (!breaker) {
      breaker = new CircuitBreaker(
        this.breakerOptions.threshold,
        this.breakerOptions.coolDownMs,
        Date.now,
        (change) => this.breakerChanged(country, change),
      );
      this.breakers.set(country, breaker);
    }
    return breaker;
  }

  /** One line per breaker transition (docs/ARCHITECTURE.md §11.1); a failed probe only at debug. */
  private breakerChanged(country: string, change: BreakerChange): void {
    const line = { event: `breaker_${change}`, country, requestId: currentRequest()?.id };
    if (change === 'opened')
      this.logger.warn(
        line,
        `${country}: circuit breaker opened after ${this.breakerOptions.threshold} failures in a row; skipped for ${this.breakerOptions.coolDownMs} ms`,
      );
    else if (change === 'closed') this.logger.info(line, `${country}: circuit breaker closed`);
    else this.logger.debug(line, `${country}: probe failed, circuit breaker open again`);
  }

  /** Every answer's outcome, for the request's line; failures also get a line of their own. */
  private answered(answer: CountryAnswer): CountryAnswer {
    const outcome = answer.ok ? 'OK' : answer.status;
    recordCountryOutcome(answer.country, outcome);
    observeCountryAnswer(answer.country, outcome, answer.latencyMs);
    if (!answer.ok && answer.status !== 'SKIPPED')
      this.logger.warn(
        {
          event: answer.status === 'TIMEOUT' ? 'country_timeout' : 'country_unavailable',
          country: answer.country,
          requestId: currentRequest()?.id,
          latencyMs: answer.latencyMs,
        },
        answer.reason,
      );
    return answer;
  }

  async send(
    entry: CountryEntry,
    request: SubRequest,
    headers: Record<string, string>,
  ): Promise<CountryAnswer> {
    // One span per country asked (docs/ARCHITECTURE.md §11.2), its traceparent sent along so the
    // country's own spans join the request's trace.
    return tracer.startActiveSpan(
      `country ${entry.code}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'expertpool.country': entry.code, 'url.full': entry.url },
      },
      async (span) => {
        try {
          const answer = this.answered(await this.fetch(entry, request, withTraceHeaders(headers)));
          span.setAttribute('expertpool.coverage', answer.ok ? 'OK' : answer.status);
          if (answer.httpStatus !== undefined)
            span.setAttribute('http.response.status_code', answer.httpStatus);
          if (!answer.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: answer.reason });
          return answer;
        } finally {
          span.end();
        }
      },
    );
  }

  private async fetch(
    entry: CountryEntry,
    request: SubRequest,
    headers: Record<string, string>,
  ): Promise<CountryAnswer> {
    const country = entry.code;
    const breaker = this.breaker(country);
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    if (!breaker.allow()) {
      return {
        ok: false,
        country,
        status: 'SKIPPED',
        reason: `${country} is failing repeatedly; skipped until it recovers`,
        latencyMs: 0,
      };
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), entry.timeoutMs);
    try {
      const response = await this.agent.request({
        ...this.target(entry.url),
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(request),
        signal: abort.signal,
      });
      const body = parseGraphQLBody(await response.body.text());
      if (!body || (response.statusCode >= 500 && !body.data)) {
        breaker.failure();
        return {
          ok: false,
          country,
          status: 'UNAVAILABLE',
          reason: `${country} answered HTTP ${response.statusCode}`,
          latencyMs: elapsed(),
          httpStatus: response.statusCode,
        };
      }
      breaker.success();
      this.lastLatency.set(country, elapsed());
      return {
        ok: true,
        country,
        data: body.data ?? null,
        errors: body.errors ?? [],
        latencyMs: elapsed(),
        httpStatus: response.statusCode,
      };
    } catch (error) {
      breaker.failure();
      if (abort.signal.aborted) {
        return {
          ok: false,
          country,
          status: 'TIMEOUT',
          reason: `${country} did not answer within ${entry.timeoutMs} ms`,
          latencyMs: elapsed(),
        };
      }
      return {
        ok: false,
        country,
        status: 'UNAVAILABLE',
        reason: `${country} is unreachable (${describe(error)})`,
        latencyMs: elapsed(),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private target(url: string): { origin: string; path: string } {
    let target = this.targets.get(url);
    if (!target) {
      const u = new URL(url);
      target = { origin: u.origin, path: `${u.pathname}${u.search}` };
      this.targets.set(url, target);
    }
    return target;
  }

  /** Closes the kept-alive connections (gateway shutdown). */
  close(): Promise<void> {
    this.unwatch();
    return this.agent.close();
  }
}

function parseGraphQLBody(
  text: string,
): { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] } | undefined {
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object' && ('data' in body || Array.isArray(body.errors)))
      return body;
  } catch {
    // not GraphQL: treated as the country being unavailable
  }
  return undefined;
}

function describe(error: unknown): string {
  const { code, cause } = error as { code?: string; cause?: { code?: string } };
  return cause?.code ?? code ?? (error as Error)?.message ?? 'unknown error';
}
