import { COUNTRIES, UsageError, isCountryCode } from '@expertpool/shared';

// The CLIs' tests and callers name UsageError from here, beside the country rule.
export { UsageError };

/** The `--country` value as an upper-case registry code. */
export function countryArg(raw: string | undefined): string {
  if (raw === undefined) throw new UsageError('--country is required, e.g. --country MY');
  const code = raw.trim().toUpperCase();
  if (!isCountryCode(code))
    throw new UsageError(
      `--country: "${raw}" is not a known country code; one of ${COUNTRIES.map((c) => c.code).join(', ')}`,
    );
  return code;
}
