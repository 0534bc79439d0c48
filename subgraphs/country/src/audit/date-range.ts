import { badInput, isCalendarDate, parseZonedDateTime } from '@expertpool/shared';

/** An ISO date or date-time with a zone; a bare date `to` means the end of that day. */
function parseBound(value: string | null | undefined, name: 'from' | 'to'): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const wholeDay = isCalendarDate(value);
  const date = wholeDay ? new Date(`${value}T00:00:00Z`) : parseZonedDateTime(value);
  if (!date) {
    throw badInput(
      `${name} must be an ISO date (YYYY-MM-DD) or date-time with a zone (got "${value.slice(0, 40)}").`,
      { field: name },
    );
  }
  if (name === 'to') return new Date(date.getTime() + (wholeDay ? 86_400_000 : 1));
  return date;
}

/**
 * The `from`/`to` of an audit query (the graph's auditLog and `npm run audit -- export` alike):
 * `from` inclusive, `to` inclusive of its whole day when it is a date, returned as [from, to).
 * BAD_USER_INPUT naming the bound when one is not a date or they are out of order.
 */
export function parseAuditRange(
  fromValue: string | null | undefined,
  toValue: string | null | undefined,
): { from?: Date; to?: Date } {
  const from = parseBound(fromValue, 'from');
  const to = parseBound(toValue, 'to');
  if (from && to && from >= to) throw badInput('from must be before to.', { field: 'from' });
  return { from, to };
}
