const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const INSTANT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** An ISO date (YYYY-MM-DD) as "14 Sept 2026"; the text itself when it is not one. */
export function day(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}

/** An inclusive range of ISO dates, one day as one. */
export const dateRange = (from: string, to: string) =>
  from === to ? day(from) : `${day(from)} to ${day(to)}`;

/** An ISO instant in UTC, said so: the secretariat works across time zones. */
export function instant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${INSTANT.format(date)} UTC`;
}

/**
 * The UTC day of an ISO instant, as `day` writes a date ("1 Jan 2026"): the day the services
 * decide lapses and due dates by (docs/ARCHITECTURE.md §6.8). Empty for no instant.
 */
export const utcDay = (iso: string | null | undefined): string =>
  iso ? day(iso.slice(0, 10)) : '';
