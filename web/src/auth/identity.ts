/** Who the caller is, as the token's claims say (docs/ARCHITECTURE.md §6). */
export type Role = 'public' | 'secretariat' | 'steward' | 'viewer';

export interface Identity {
  role: Role;
  /** The member state of a steward or viewer; null for the secretariat and the public. */
  country: string | null;
}

export const PUBLIC: Identity = { role: 'public', country: null };

export type Audience = 'PUBLIC' | 'SECRETARIAT' | 'OWN' | 'MEMBER';

/**
 * The audience a country releases a record to, by the rule the services apply
 * (docs/ARCHITECTURE.md §6): no token is PUBLIC, the secretariat is SECRETARIAT everywhere, an
 * official is OWN for records of their own country and MEMBER for every other.
 */
export function audienceFor(identity: Identity, recordCountry: string): Audience {
  if (identity.role === 'public') return 'PUBLIC';
  if (identity.role === 'secretariat') return 'SECRETARIAT';
  return identity.country === recordCountry ? 'OWN' : 'MEMBER';
}

/** The audience in words, for the header: one line for the whole region. */
export function audienceSummary(identity: Identity): string {
  if (identity.role === 'public') return 'PUBLIC';
  if (identity.role === 'secretariat') return 'SECRETARIAT';
  return `OWN for ${identity.country} records, MEMBER for the others`;
}
