import type { CoverageStatus } from '../generated/graphql';
import { useReference } from '../reference';

export interface Coverage {
  country: string;
  status: CoverageStatus;
  latencyMs?: number | null;
}

const STATUS_WORDS: Record<CoverageStatus, string> = {
  OK: 'answered',
  TIMEOUT: 'did not answer in time',
  UNAVAILABLE: 'is unavailable',
  SKIPPED: 'has failed repeatedly and was not asked until it recovers',
};

/**
 * A country whose part of a region-wide answer is missing. SKIPPED is one too: the gateway's
 * breaker skips a country after repeated failures (README, partial results); a country the
 * filter leaves out is not in `coverage` at all.
 */
export const isMissing = (c: Coverage) => c.status !== 'OK';

/**
 * Every country's part in the answer: its status and how long it took, and a notice naming each
 * country whose results are missing, never a silent gap (the gateway's `coverage`, README).
 */
export function CoverageStrip({ coverage }: { coverage: readonly Coverage[] }) {
  const { countryName } = useReference();
  const missing = coverage.filter(isMissing);
  return (
    <section aria-label="Countries in this answer" className="coverage">
      {missing.map((c) => (
        <p key={c.country} className="notice notice-warning" role="status">
          Results from {countryName(c.country)} are missing: the country {STATUS_WORDS[c.status]}.
        </p>
      ))}
      <ul className="coverage-strip">
        {coverage.map((c) => (
          <li
            key={c.country}
            className={`coverage-item coverage-${c.status.toLowerCase()}`}
            data-testid={`coverage-${c.country}`}
            title={`${countryName(c.country)} ${STATUS_WORDS[c.status]}`}
          >
            <span className="coverage-code">{c.country}</span>
            <span className="coverage-status">
              {c.status === 'OK' ? 'OK' : STATUS_WORDS[c.status]}
            </span>
            {c.latencyMs != null ? (
              <span className="coverage-latency">{c.latencyMs} ms</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
