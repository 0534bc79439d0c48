/**
 * Dates as the public contract writes them. A calendar date is `YYYY-MM-DD` and must exist
 * (2025-02-29 does not), so that string order is date order; an instant is an ISO 8601
 * date-time with its zone, so it means the same moment everywhere.
 */
/** The shape of a calendar date; `isCalendarDate` also checks that the day exists. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isCalendarDate(text: string): boolean {
  if (!CALENDAR_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The instant of a zoned ISO date-time (`2025-06-01T08:00:00+07:00`), or undefined. */
export function parseZonedDateTime(text: string): Date | undefined {
  if (!ZONED_DATE_TIME.test(text)) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls 2025-02-30 over to March; the calendar part must exist as written.
  return isCalendarDate(text.slice(0, 10)) ? date : undefined;
}
