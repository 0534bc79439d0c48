import { Audience, ErrorCode, appError } from '@expertpool/shared';

/**
 * The agency's own reference (`ref`, e.g. JPA/2019/0042) identifies a record inside its country
 * (docs/ARCHITECTURE.md §3): the country's own callers (OWN) see it and look records up by it;
 * it is never released outside, whatever the release policy says, because it may encode a
 * national file or employee number.
 */
export function refVisibleTo(audience: Audience): boolean {
  return audience === 'OWN';
}

/** Refuses (FORBIDDEN) `input`, which uses refs, to a caller outside `country`. */
export function requireRefAccess(audience: Audience, country: string, input: string): void {
  if (refVisibleTo(audience)) return;
  throw appError(
    ErrorCode.FORBIDDEN,
    `${input} uses the agency's own references, which ${country} gives to its own callers only (not to ${audience} callers).`,
    { field: input },
  );
}
