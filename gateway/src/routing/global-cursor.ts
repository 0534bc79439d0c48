import {
  EXPERT_ORDERS,
  ExpertOrder,
  INVALID_CURSOR,
  badInput,
  decodeCursor,
  encodeCursor,
  isCountryCode,
} from '@expertpool/shared';
import { OrderKey, orderKeyOf } from './merge-contract';

/**
 * A region-wide cursor: for each country, the sort key of the last of its experts already
 * returned. Page 2 asks every country for what comes after its own position, so nothing is
 * skipped or repeated however the countries interleave.
 */
export interface GlobalCursor {
  o: ExpertOrder;
  /** country -> [value, opaque id] of its last returned expert. */
  p: Record<string, [number | string, string]>;
}

export function encodeGlobalCursor(cursor: GlobalCursor): string {
  return encodeCursor({ g: 1, ...cursor });
}

export function decodeGlobalCursor(text: string, order: ExpertOrder): GlobalCursor {
  const raw = decodeCursor(text) as { g?: unknown; o?: unknown; p?: unknown } | null;
  if (
    !raw ||
    typeof raw !== 'object' ||
    raw.g !== 1 ||
    !EXPERT_ORDERS.includes(raw.o as ExpertOrder) ||
    !raw.p ||
    typeof raw.p !== 'object'
  ) {
    throw badInput(INVALID_CURSOR);
  }
  const positions: GlobalCursor['p'] = {};
  for (const [country, value] of Object.entries(raw.p as Record<string, unknown>)) {
    const valid =
      isCountryCode(country) &&
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[1] === 'string' &&
      (raw.o === 'NAME'
        ? typeof value[0] === 'string'
        : typeof value[0] === 'number' && Number.isFinite(value[0]));
    if (!valid) throw badInput(INVALID_CURSOR);
    positions[country] = value as [number | string, string];
  }
  if (raw.o !== order)
    throw badInput(
      `This cursor was issued for orderBy: ${raw.o as string}; use it with the same order (got ${order}).`,
    );
  return { o: order, p: positions };
}

/** The `afterKey` to send to one country (its own position), or null to start from its first. */
export function countryAfter(cursor: GlobalCursor | undefined, country: string): OrderKey | null {
  const position = cursor?.p[country];
  if (!cursor || !position) return null;
  return orderKeyOf({ o: cursor.o, v: position[0], i: position[1] });
}
