import { AsyncLocalStorage } from 'node:async_hooks';

/** A country's part in one gateway request: how its answer counted (docs/ARCHITECTURE.md §11.1). */
export type CountryOutcome = 'OK' | 'TIMEOUT' | 'UNAVAILABLE' | 'SKIPPED';

/**
 * What one request's log line says, filled in as the request runs: by the HTTP front (id,
 * status, duration), Apollo (operation name) and, at the gateway, the routing layer (the
 * countries asked and each one's outcome).
 */
export interface RequestScope {
  id: string;
  started: number;
  operation?: string;
  /** Error codes of the GraphQL errors in the response, each once. */
  errorCodes: Set<string>;
  /** Gateway only: each country asked, with the worst outcome it had in this request. */
  countries: Map<string, CountryOutcome>;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The request being served, where code runs on its behalf (undefined elsewhere: start-up, timers). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** Records a country's outcome: a failure is kept over an OK from another call in the request. */
export function recordCountryOutcome(country: string, outcome: CountryOutcome): void {
  const scope = storage.getStore();
  if (!scope) return;
  const before = scope.countries.get(country);
  if (before === undefined || before === 'OK') scope.countries.set(country, outcome);
}
