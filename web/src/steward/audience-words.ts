import type { Audience } from '../generated/graphql';

/** Audiences as a steward reads them (docs/ARCHITECTURE.md §6.1). */
export const AUDIENCE_WORDS: Record<Audience, string> = {
  OWN: 'Own country',
  MEMBER: 'Member states',
  SECRETARIAT: 'ASEAN Secretariat',
  PUBLIC: 'Public',
};
