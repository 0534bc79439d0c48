import { generateExperts } from '@expertpool/demo';
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
  /** Role `expert` only: the record the person is the subject of. */
  expertId?: string;
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
 * An expert of each member state: the person behind the country's first demo record, which
 * every demo database of the default seed holds (a smaller count is a prefix of a larger one,
 * demo/src/generate.ts), so `npm start` and the browser tests find them whatever the count.
 */
function expert(country: string): DevUser {
  const [record] = generateExperts({ country, count: 1 });
  return {
    id: devSubject('expert', country),
    label: `${record.displayName}, expert of ${findCountry(country)?.nameEn ?? country} (${record.id})`,
    role: 'expert',
    country,
    expertId: record.id,
  };
}

/**
 * The provider's users: the secretariat, a steward and a viewer for each member state, and an
 * expert of each (docs/ARCHITECTURE.md §10.2). The public is nobody: signed out.
 */
export const DEV_USERS: readonly DevUser[] = [
  user('secretariat', null),
  ...MEMBER_CODES.map((code) => user('steward', code)),
  ...MEMBER_CODES.map((code) => user('viewer', code)),
  ...MEMBER_CODES.map(expert),
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
    ...(user.expertId === undefined ? {} : { expertId: user.expertId }),
  };
}
