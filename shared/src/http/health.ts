import { RequestListener } from 'node:http';
import { EnvReader } from '../config';
import { metricsExposition } from '../metrics/registry';
import { Route, sendJson } from './serve';

/**
 * Health checks in two places (issue 9, finding 8). The service's own port answers every check
 * with its `status` alone, to anyone: orchestrators probe without credentials, and the details
 * (country URLs, refusal reasons, breaker states, latencies, record counts that include
 * experts who did not consent) are nobody else's business. The details are served on a
 * separate listener, HEALTH_PORT, bound to 127.0.0.1 unless HEALTH_HOST says otherwise.
 *
 * A listener rather than an operator role in the tokens: a role is a claim every service's
 * authorisation would have to place (audiences, callers, issuers' remits), and a credential
 * that works from anywhere once it leaks. Who may read a service's internals is a question of
 * where they stand: on its machine or its internal network, as Docker health checks, probes
 * and an operator's shell do. Where HEALTH_PORT is unset, the details are served nowhere.
 *
 * The Prometheus metrics (`GET /metrics`, docs/ARCHITECTURE.md §11.3) are served on the same
 * listener, for the same reason: per-country latencies, breaker states and refusal counts are
 * the same kind of internals, and a scraper stands where the probes stand. One internal port
 * per service, not two, for operators, NetworkPolicies and Docker to open.
 */
export interface HealthReport {
  status: string;
  [detail: string]: unknown;
}

export type HealthCheck = () => HealthReport | Promise<HealthReport>;

export interface HealthListenerConfig {
  port: number;
  host: string;
}

/** HEALTH_PORT (unset: no listener; 0 picks a free one) and HEALTH_HOST (default 127.0.0.1). */
export function readHealthListener(reader: EnvReader): HealthListenerConfig | undefined {
  const host = reader.string('HEALTH_HOST', '127.0.0.1');
  if (reader.optional('HEALTH_PORT') === undefined) return undefined;
  return { port: reader.port('HEALTH_PORT', 0), host };
}

export interface HealthEndpoints {
  /** For the service's public port: each path answers `{ status }` only. */
  routes: Record<string, Route>;
  /** For the internal listener: each path answers its whole report; anything else 404. */
  details: RequestListener;
}

/** Public and internal routes for the same checks, keyed by path (`/health`, `/health/ready`). */
export function healthEndpoints(checks: Record<string, HealthCheck>): HealthEndpoints {
  const routes: Record<string, Route> = {};
  // A check that throws (its database is down) is 503: not ready, and no reason to anyone.
  for (const [path, check] of Object.entries(checks))
    routes[path] = async (_req, res) => {
      const report = await Promise.resolve()
        .then(check)
        .catch(() => undefined);
      if (report === undefined) return sendJson(res, 503, { status: 'unavailable' });
      sendJson(res, 200, { status: report.status });
    };
  const details: RequestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/metrics' && req.method === 'GET') {
      void metricsExposition().then(
        ({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(body);
        },
        (error: unknown) =>
          sendJson(res, 500, { error: String((error as Error)?.message ?? error) }),
      );
      return;
    }
    const check = checks[path];
    if (check === undefined || req.method !== 'GET')
      return sendJson(res, 404, {
        error: `GET one of ${[...Object.keys(checks), '/metrics'].join(', ')}`,
      });
    Promise.resolve()
      .then(check)
      .then(
        (report) => sendJson(res, 200, report),
        (error: unknown) =>
          sendJson(res, 500, {
            status: 'error',
            error: String((error as Error)?.message ?? error),
          }),
      );
  };
  return { routes, details };
}
