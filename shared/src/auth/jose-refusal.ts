import { errors } from 'jose';
import { ErrorCode, errorCodeOf } from '../errors';
import { validateClaims } from './claims';
import { quote, refuse } from './refuse';
import { malformed } from './unverified';

/** What the verifier knew when jose refused: for a refusal that names the cause. */
export interface RefusalContext {
  iss: string;
  alg: string;
  /** The algorithms the issuer's key verifies. */
  algorithms: readonly string[];
  nowSeconds: number;
}

/**
 * jose's refusal of a token as this project's UNAUTHENTICATED refusal (refuse.ts), worded as
 * clients and tests know it. Refusals already ours (from key lookup) pass unchanged; an error
 * that is no refusal at all is returned as it is, for the verifier to log.
 */
export function joseRefusal(error: unknown, context: RefusalContext): unknown {
  if (errorCodeOf(error) === ErrorCode.UNAUTHENTICATED) return error;
  if (error instanceof errors.JWSSignatureVerificationFailed) return refuse('bad signature');
  // What jose alone decodes: the signature (a length no base64url string has, say).
  if (error instanceof errors.JWSInvalid) return malformed(error.message);
  if (error instanceof errors.JOSEAlgNotAllowed)
    return refuse(
      `issuer ${quote(context.iss)} signs with ${context.algorithms.join(' or ')}, not ${context.alg}`,
    );
  if (error instanceof errors.JWTExpired || error instanceof errors.JWTClaimValidationFailed) {
    // jose checks claims only after the signature, so this payload is signed. The project's own
    // validation, with the same clock skew, names the claim the way it always has.
    try {
      validateClaims(error.payload, context.nowSeconds);
    } catch (refusal) {
      return refusal;
    }
    return refuse(`claim ${quote(error.claim)} failed validation (${error.reason})`);
  }
  if (error instanceof errors.JOSEError) return refuse(`not accepted (${error.message})`);
  return error;
}
