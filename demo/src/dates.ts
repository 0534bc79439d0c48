/**
 * ISO dates and timestamps from plain integer arithmetic. Faster than building a Date per value
 * (this runs tens of thousands of times per country) and independent of time zone and locale.
 */

// Bound once: in a vm context (jest) every global lookup of `Math` goes through an interceptor.
const { floor } = Math;

/** `YYYY-MM-DD` of a day counted from 1970-01-01 (proleptic Gregorian calendar). */
export function isoDateOfDay(epochDay: number): string {
  // Shift the epoch to 0000-03-01 so that leap days fall at the end of each 400-year era's year.
  const z = epochDay + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const monthFromMarch = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DDTHH:MM:SS.000Z` of a second counted from 1970-01-01T00:00:00Z. */
export function isoTimestampOfSecond(epochSecond: number): string {
  const day = floor(epochSecond / 86_400);
  const rest = epochSecond - day * 86_400;
  const hours = floor(rest / 3600);
  const minutes = floor((rest % 3600) / 60);
  return `${isoDateOfDay(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(rest % 60)}.000Z`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
