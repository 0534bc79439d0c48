import { CALENDAR_DATE, isCalendarDate, looksLikeOperator } from '@expertpool/shared';

/**
 * Small field checkers that collect problems as "path: reason" instead of throwing, so an import
 * can report every problem of a row at once.
 */
export class Problems {
  readonly list: string[] = [];

  add(path: string, reason: string): void {
    this.list.push(`${path}: ${reason}`);
  }

  string(
    value: unknown,
    path: string,
    opts: { min?: number; max?: number; pattern?: RegExp; hint?: string } = {},
  ): string {
    const { min = 1, max = 300 } = opts;
    if (typeof value !== 'string') {
      this.add(path, value === undefined || value === null ? 'is required' : 'must be a string');
      return '';
    }
    const text = value.trim();
    if (text.length < min)
      this.add(path, min === 1 ? 'must not be empty' : `must have at least ${min} characters`);
    else if (text.length > max) this.add(path, `must have at most ${max} characters`);
    else if (looksLikeOperator(text))
      this.add(path, 'must not contain query operators such as "$where" or "$ne"');
    else if (opts.pattern && !opts.pattern.test(text))
      this.add(path, opts.hint ?? 'has an invalid format');
    return text;
  }

  int(value: unknown, path: string, min: number, max: number): number {
    const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      this.add(path, `must be a whole number from ${min} to ${max}`);
      return min;
    }
    return n;
  }

  bool(value: unknown, path: string): boolean {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    this.add(path, 'must be true or false');
    return false;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.add(path, `must be one of ${allowed.join(', ')}`);
      return allowed[0];
    }
    return value as T;
  }

  array(value: unknown, path: string, max: number, min = 0): unknown[] {
    if (value === undefined || value === null) {
      if (min > 0) this.add(path, 'is required');
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(path, 'must be a list');
      return [];
    }
    if (value.length < min)
      this.add(path, `must have at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
    if (value.length > max) this.add(path, `must have at most ${max} entries`);
    return value.slice(0, max);
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.add(path, value === undefined ? 'is required' : 'must be an object');
      return {};
    }
    return value as Record<string, unknown>;
  }

  date(value: unknown, path: string): string {
    const text = this.string(value, path, {
      pattern: CALENDAR_DATE,
      hint: 'must be a date YYYY-MM-DD',
    });
    if (CALENDAR_DATE.test(text) && !isCalendarDate(text))
      this.add(path, 'is not a real calendar date');
    return text;
  }
}

export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const SCRIPT_CODE = /^[A-Z][a-z]{3}$/;
export const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
