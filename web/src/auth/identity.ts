/** Who the caller is, as the token's claims say (docs/ARCHITECTURE.md §6). */
export type Role = 'public' | 'secretariat' | 'steward' | 'viewer' | 'expert';

export interface Identity {
  role: Role;
  /** The member state of a steward, viewer or expert; null for the secretariat and the public. */
  country: string | null;
  /** Role `expert` only: the one record the person is the subject of (docs/ARCHITECTURE.md §6.8). */
  expertId?: string;
}

export const PUBLIC: Identity = { role: 'public', country: null };

export type Audience = 'PUBLIC' | 'SECRETARIAT' | 'OWN' | 'MEMBER';

/**
 * The audience a country releases a record to, by the rule the services apply
 * (docs/ARCHITECTURE.md §6.1, §6.8): no token is PUBLIC, the secretariat is SECRETARIAT
 * everywhere, an official is OWN for records of their own country and MEMBER for every other,
 * and an expert is OWN for their own record and PUBLIC for every other.
 */
export function audienceFor(identity: Identity, recordCountry: string, recordId: string): Audience {
  if (identity.role === 'public') return 'PUBLIC';
  if (identity.role === 'secretariat') return 'SECRETARIAT';
  if (identity.role === 'expert') return recordId === identity.expertId ? 'OWN' : 'PUBLIC';
  return identity.country === recordCountry ? 'OWN' : 'MEMBER';
}

/** The audience in words, for the header: one line for the whole region. */
export function audienceSummary(identity: Identity): string {
  if (identity.role === 'public') return 'PUBLIC';
  if (identity.role === 'secretariat') return 'SECRETARIAT';
  if (identity.role === 'expert') return 'OWN for your record, PUBLIC for the others';
  return `OWN for ${identity.country} records, MEMBER for the others`;
}
