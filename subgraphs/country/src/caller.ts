import { Filter } from 'mongodb';
import {
  Audience,
  ErrorCode,
  PURPOSES,
  Purpose,
  RequestIdentity,
  appError,
  audienceFor,
} from '@expertpool/shared';
import { ExpertDoc, WITHDRAWN } from './store/document';

export type Role = 'viewer' | 'steward' | 'secretariat' | 'expert';

/** Who is asking, as this country sees it. Every read and write is decided from this. */
export interface Caller {
  audience: Audience;
  country: string | null;
  role: Role | null;
  subject: string | null;
  purpose: Purpose;
  /**
   * An expert's own record (the token's `expertId`), or null. Only the `me` fields read it: for
   * every other record an expert is PUBLIC (docs/ARCHITECTURE.md §6.8).
   */
  expertId?: string | null;
}

/** The caller a verified request identity is to this country (`country`'s records). */
export function callerFor({ claims, purpose }: RequestIdentity, country: string): Caller {
  return {
    audience: audienceFor(claims, country),
    country: claims?.country ?? null,
    role: claims?.role ?? null,
    subject: claims?.sub ?? null,
    purpose,
    expertId: claims?.role === 'expert' ? (claims.expertId ?? null) : null,
  };
}

/** A steward of `country` itself: the CLIs, which run inside the country, and in-process tests. */
export function ownSteward(country: string): Caller {
  return {
    audience: 'OWN',
    country,
    role: 'steward',
    subject: null,
    purpose: 'ANY',
    expertId: null,
  };
}

/**
 * Records a non-OWN caller may see (docs/ARCHITECTURE.md §6, §6.8): none whose expert asked for
 * erasure, none not confirmed since `confirmedSince` (policy/rights-periods.ts), and of the
 * others those whose consent allows it:
 *  - with a purpose: consent granted to its audience for ANY purpose or for that purpose, unless
 *    the expert withdrew that very purpose (the more specific answer wins: "yes to members, but
 *    not for research" hides the expert from research);
 *  - without one (purpose ANY: the token names none, or lets the request choose and it did not):
 *    consent granted for ANY purpose and withdrawn for none. A request that names no purpose
 *    could be for the very purpose an expert refused, so it sees only experts who refused none.
 */
export function visibilityFor(
  caller: Pick<Caller, 'audience' | 'purpose'>,
  confirmedSince: Date,
): Filter<ExpertDoc> {
  if (caller.audience === 'OWN') return {};
  const rights: Filter<ExpertDoc>[] = [
    { erasureRequestedAt: { $exists: false } },
    { lastConfirmedAt: { $gte: confirmedSince } },
  ];
  const any = `${caller.audience}:ANY`;
  if (caller.purpose === 'ANY')
    return {
      $and: [
        { consentKeys: any },
        { consentKeys: { $nin: PURPOSES.map((p) => `${WITHDRAWN}${caller.audience}:${p}`) } },
        ...rights,
      ],
    };
  const purpose = `${caller.audience}:${caller.purpose}`;
  return {
    $and: [
      { consentKeys: { $in: [any, purpose] } },
      { consentKeys: { $ne: `${WITHDRAWN}${purpose}` } },
      ...rights,
    ],
  };
}

/**
 * The audience a caller is for one record: its own record is OWN to an expert (the token's
 * `expertId`, docs/ARCHITECTURE.md §6.8), every other record is the caller's audience.
 */
export function recordAudience(caller: Caller, country: string, opaque: string): Audience {
  return caller.expertId === `${country}:${opaque}` ? 'OWN' : caller.audience;
}

/**
 * Only a steward of `country`. `access` says what was refused, so a refused read never says
 * "change" (a read of the release policy or audit log is steward-only too).
 */
export function requireSteward(
  caller: Caller,
  country: string,
  access: 'read' | 'change' = 'change',
): void {
  if (caller.audience !== 'OWN' || caller.country !== country || caller.role !== 'steward') {
    throw appError(
      ErrorCode.FORBIDDEN,
      access === 'read'
        ? `Only a steward of ${country} may read ${country}'s governance settings and audit log.`
        : `Only a steward of ${country} may change ${country}'s records.`,
    );
  }
}
