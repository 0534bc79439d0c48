import { Filter } from 'mongodb';
import { Audience, ErrorCode, Purpose, appError } from '@expertpool/shared';
import { ExpertDoc } from './store/document';

export type Role = 'viewer' | 'steward' | 'secretariat';

/** Who is asking, as this country sees it. Every read and write is decided from this. */
export interface Caller {
  audience: Audience;
  country: string | null;
  role: Role | null;
  subject: string | null;
  purpose: Purpose;
}

/**
 * Until tokens are verified (DESIGN §6), every caller is treated as a steward of this country:
 * the single place that changes when authentication arrives.
 */
export function unauthenticatedCaller(country: string): Caller {
  return { audience: 'OWN', country, role: 'steward', subject: null, purpose: 'ANY' };
}

/** Records a non-OWN caller may see: those with a granted consent for its audience and purpose. */
export function visibilityFor(caller: Caller): Filter<ExpertDoc> {
  if (caller.audience === 'OWN') return {};
  const keys = [`${caller.audience}:ANY`];
  if (caller.purpose !== 'ANY') keys.push(`${caller.audience}:${caller.purpose}`);
  return { consentKeys: { $in: keys } };
}

export function requireSteward(caller: Caller, country: string): void {
  if (caller.audience !== 'OWN' || caller.country !== country || caller.role !== 'steward') {
    throw appError(ErrorCode.FORBIDDEN, `Only a steward of ${country} may change ${country}'s records.`);
  }
}
