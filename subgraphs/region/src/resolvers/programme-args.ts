import { badInput, findExpertiseArea, isCalendarDate, pageSize } from '@expertpool/shared';
import { DEFAULT_PROGRAMMES_PAGE, ProgrammeQuery } from '../programme';

export interface ProgrammesArgs {
  host?: string | null;
  competency?: string | null;
  from?: string | null;
  to?: string | null;
  includeCancelled?: boolean | null;
  first?: number | null;
}

/** A calendar date written YYYY-MM-DD (so that string order is date order). */
function isoDate(value: string, field: string): string {
  if (!isCalendarDate(value)) {
    throw badInput(
      `${field} must be a calendar date written YYYY-MM-DD (got "${value.slice(0, 40)}").`,
      { field },
    );
  }
  return value;
}

/** Checks `Query.programmes` arguments, throwing BAD_USER_INPUT naming the first bad one. */
export function programmeQueryOf(args: ProgrammesArgs): ProgrammeQuery {
  const query: ProgrammeQuery = {
    first: pageSize(args.first, DEFAULT_PROGRAMMES_PAGE),
    includeCancelled: args.includeCancelled === true,
  };
  if (args.host != null) query.host = args.host;
  if (args.competency != null) {
    if (!findExpertiseArea(args.competency)) {
      throw badInput(
        `Unknown competency "${args.competency.slice(0, 60)}": use an id from expertiseAreas.`,
        { field: 'competency' },
      );
    }
    query.competency = args.competency;
  }
  if (args.from != null) query.from = isoDate(args.from, 'from');
  if (args.to != null) query.to = isoDate(args.to, 'to');
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw badInput(`from (${query.from}) is after to (${query.to}).`, { field: 'from' });
  }
  return query;
}
