import { isCalendarDate, parseZonedDateTime } from '../dates';

describe('isCalendarDate', () => {
  it('accepts days that exist, written YYYY-MM-DD', () => {
    for (const day of ['2026-01-01', '2024-02-29', '1999-12-31'])
      expect(isCalendarDate(day)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-2-1',
    'yesterday',
    '',
    '2026-01-01T00:00Z',
  ])('refuses %p', (text) => expect(isCalendarDate(text)).toBe(false));
});

describe('parseZonedDateTime', () => {
  it('reads a date-time with its zone as one instant', () => {
    expect(parseZonedDateTime('2025-06-01T08:00:00+07:00')?.toISOString()).toBe(
      '2025-06-01T01:00:00.000Z',
    );
    expect(parseZonedDateTime('2025-06-01T08:00Z')?.toISOString()).toBe('2025-06-01T08:00:00.000Z');
    expect(parseZonedDateTime('2025-06-01T08:00:00.125Z')?.getTime()).toBe(
      Date.UTC(2025, 5, 1, 8, 0, 0, 125),
    );
  });

  it.each(['2025-06-01T08:00:00', '2025-06-01', '2025-02-30T10:00Z', '2025-06-01T25:00Z', 'now'])(
    'refuses %p (no zone, no time, or no such moment)',
    (text) => expect(parseZonedDateTime(text)).toBeUndefined(),
  );
});
