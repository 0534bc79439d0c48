import type { AvailabilityStatus, Cefr, RegionalBand } from './generated/graphql';

/**
 * The contract's enums as lists for the screens' choices, in the order a person reads them. The
 * generated types make a value the schema does not have a compile error (docs/ARCHITECTURE.md §10).
 */
export const CEFR: readonly Cefr[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const AVAILABILITY_STATUSES: readonly AvailabilityStatus[] = [
  'AVAILABLE',
  'LIMITED',
  'UNAVAILABLE',
];
export const REGIONAL_BANDS: readonly RegionalBand[] = [
  'TOP_EXECUTIVE',
  'SENIOR_EXECUTIVE',
  'EXECUTIVE',
  'SENIOR_MANAGER',
];
