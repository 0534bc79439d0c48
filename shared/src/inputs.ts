import { badInput } from './errors';

/**
 * Guards for strings that reach database queries. Values are always bound as values, never as
 * keys, so they cannot act as operators; we still refuse operator-looking input outright, so a
 * probe gets a clear BAD_USER_INPUT instead of silently matching nothing.
 */
const OPERATOR_LIKE = /(^|[{\s,:"'])\$[A-Za-z]/;

export function assertPlainString(value: unknown, field: string, maxLength = 500): string {
  if (typeof value !== 'string') throw badInput(`${field} must be a string.`, { field });
  if (value.length > maxLength)
    throw badInput(`${field} is longer than ${maxLength} characters.`, { field });
  if (OPERATOR_LIKE.test(value)) {
    throw badInput(`${field} must not contain query operators such as "$where" or "$ne".`, {
      field,
    });
  }
  return value;
}

export function looksLikeOperator(value: string): boolean {
  return OPERATOR_LIKE.test(value);
}
