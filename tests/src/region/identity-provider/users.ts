import { MEMBER_CODES, Purpose, Role, devSubject, findCountry } from '@expertpool/shared';

/** One person the development identity provider lets anyone sign in as (docs/ARCHITECTURE.md §10.2). */
export interface DevUser {
  /** The account id, which is also the token's `sub`: dev-<role>[-<cc>], as dev tokens name theirs. */
  id: string;
  /** What the login page lists, e.g. "Steward of Malaysia (MY)". */
  label: string;
  role: Role;
  /** The official's member state; null for the secretariat. */
  country: string | null;
  purpose?: Purpose;
}

function user(role: Role, country: string | null): DevUser {
  const name = country === null ? '' : (findCountry(country)?.nameEn ?? country);
  const label =
    role === 'secretariat'
      ? 'ACCSM secretariat officer'
      : `${role === 'steward' ? 'Steward' : 'Viewer'} of ${name} (${country})`;
  return { id: devSubject(role, country), label, role, country };
}

/**
 * The provider's users: the secretariat, and a steward and a viewer for each member state.
 * The public is nobody: signed out.
 */
export const DEV_USERS: readonly DevUser[] = [
  user('secretariat', null),
  ...MEMBER_CODES.map((code) => user('steward', code)),
  ...MEMBER_CODES.map((code) => user('viewer', code)),
];

const byId = new Map(DEV_USERS.map((u) => [u.id, u]));

export function findDevUser(id: string): DevUser | undefined {
  return byId.get(id);
}

/** The claims the project's services read (shared/src/auth/claims.ts), as access tokens carry them. */
export function projectClaims(user: DevUser): Record<string, unknown> {
  return {
    role: user.role,
    country: user.country,
    ...(user.purpose === undefined ? {} : { purpose: user.purpose }),
  };
}
