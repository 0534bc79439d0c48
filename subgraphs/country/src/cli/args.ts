// The CLIs' tests and callers name UsageError and the country rule from here; both live in
// shared so that `--country` and the service's `COUNTRY=` follow one rule (shared/countries.ts).
export { UsageError, countryArg } from '@expertpool/shared';
