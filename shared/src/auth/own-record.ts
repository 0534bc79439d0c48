import { ErrorCode, appError } from '../errors';

/** Who asks for "my record": a verified token's role and expertId, or nobody. */
export interface OwnRecordBearer {
  role: string | null;
  expertId?: string | null;
}

/**
 * The record an expert's token binds its bearer to (docs/ARCHITECTURE.md §6.8), for the `me`
 * fields: the gateway routes them by it and the owner answers for it alone. Without a token the
 * refusal is UNAUTHENTICATED; a token of any other role is FORBIDDEN, since an official has no
 * record of their own here.
 */
export function ownRecordId(bearer: OwnRecordBearer | null): string {
  if (bearer === null || bearer.role === null)
    throw appError(
      ErrorCode.UNAUTHENTICATED,
      'Sign in as the expert: your own record needs an expert token from your country’s identity provider.',
    );
  if (bearer.role !== 'expert' || !bearer.expertId)
    throw appError(
      ErrorCode.FORBIDDEN,
      `Only an expert has a record of their own here; this token is for a ${bearer.role}.`,
    );
  return bearer.expertId;
}
