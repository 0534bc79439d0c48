import { GraphQLError } from 'graphql';
import {
  ErrorCode,
  RequestIdentity,
  countryOfId,
  isCountryCode,
  ownRecordId,
  parseExpertId,
} from '@expertpool/shared';

/**
 * The owner of a routed field, from the argument its `@routeBy(arg:)` names: either a country
 * code or an expert id (whose prefix names the owner). A dotted path reaches into inputs.
 */
export function ownerFromArgs(args: Record<string, unknown>, path: string): string {
  let value: unknown = args;
  for (const part of path.split('.'))
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value === 'string' && isCountryCode(value)) return value;
  return parseExpertId(value).country;
}

/**
 * The owner named by a claim of the verified token (`@routeBy(claim: "expertId")`): an expert's
 * own record. Without an expert token nothing is asked of any country: the refusal is the
 * caller's (UNAUTHENTICATED, or FORBIDDEN for another role), in words (ownRecordId).
 */
export function ownerFromClaim(claims: RequestIdentity['claims'], claim: string): string {
  if (claim !== 'expertId')
    throw new GraphQLError(`The experts subgraph routes by an unknown claim "${claim}".`, {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  const owner = countryOfId(ownRecordId(claims));
  if (owner === undefined)
    throw new GraphQLError('The token’s expertId is not an expert id.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  return owner;
}
