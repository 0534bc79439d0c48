import { badInput } from './errors';

/**
 * Orders of the experts connection and their sort keys. Country instances sort with these keys
 * and the gateway k-way merges with the same comparison, so a region-wide page is exactly what a
 * single sorted list of all countries would give.
 *
 * Ties are broken by the opaque part of the id and only then by country: opaque ids are random,
 * so equal scores interleave countries instead of listing all of Brunei first.
 */
export const EXPERT_ORDERS = ['RELEVANCE', 'NAME', 'UPDATED'] as const;
export type ExpertOrder = (typeof EXPERT_ORDERS)[number];

export interface SortKey {
  /** The order this key belongs to. */
  o: ExpertOrder;
  /** RELEVANCE: score; NAME: folded name; UPDATED: epoch milliseconds. */
  v: number | string;
  /** Opaque part of the expert id. */
  i: string;
  /** Country code. */
  c: string;
}

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/**
 * MongoDB compares strings by their UTF-8 bytes; so must we, or merges disagree with sorts.
 * UTF-8 byte order is code point order, which UTF-16 code units follow except that a surrogate
 * (half of a code point above U+FFFF) must sort after U+E000-U+FFFF. Comparing units this way
 * allocates nothing: the gateway compares hundreds of keys per region-wide page.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) !== isSurrogate(y)) return isSurrogate(x) ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function compareValues(order: ExpertOrder, a: number | string, b: number | string): number {
  switch (order) {
    case 'RELEVANCE':
    case 'UPDATED':
      return (b as number) - (a as number); // descending
    case 'NAME':
      return compareUtf8(a as string, b as string);
    default:
      return unreachable(order);
  }
}

export function compareKeys(a: SortKey, b: SortKey): number {
  return compareValues(a.o, a.v, b.v) || compareUtf8(a.i, b.i) || compareUtf8(a.c, b.c);
}

export function unreachable(value: never): never {
  throw new Error(`Unreachable case: ${JSON.stringify(value)}`);
}

/** The one answer to any cursor that is not one this region issued, whoever checks it. */
export const INVALID_CURSOR =
  'Invalid cursor: pass back an `endCursor` or `cursor` value exactly as received.';

export function encodeCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Decodes an opaque cursor to JSON, or throws BAD_USER_INPUT. */
export function decodeCursor(cursor: string): unknown {
  if (
    typeof cursor !== 'string' ||
    cursor.length === 0 ||
    cursor.length > 8192 ||
    !/^[A-Za-z0-9_-]+$/.test(cursor)
  ) {
    throw badInput(INVALID_CURSOR);
  }
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(INVALID_CURSOR);
  }
}

export function encodeSortKey(key: SortKey): string {
  return encodeCursor(key);
}

/** Parses one country's cursor and checks it belongs to `order`. */
export function decodeSortKey(cursor: string, order: ExpertOrder): SortKey {
  const raw = decodeCursor(cursor) as Partial<SortKey> | null;
  const valid =
    raw !== null &&
    typeof raw === 'object' &&
    (EXPERT_ORDERS as readonly string[]).includes(raw.o as string) &&
    typeof raw.i === 'string' &&
    typeof raw.c === 'string' &&
    (raw.o === 'NAME'
      ? typeof raw.v === 'string'
      : typeof raw.v === 'number' && Number.isFinite(raw.v));
  if (!valid) throw badInput(INVALID_CURSOR);
  if (raw.o !== order) {
    throw badInput(
      `This cursor was issued for orderBy: ${raw.o}; use it with the same order (got ${order}).`,
    );
  }
  return raw as SortKey;
}
