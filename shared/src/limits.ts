import { badInput } from './errors';

/**
 * The largest page of any list in the public contract (docs/ARCHITECTURE.md §5.4). The gateway
 * refuses a larger `first` before a query plan runs; every service checks it again for callers
 * that reach it directly.
 */
export const MAX_PAGE_SIZE = 100;

/** The page size of `experts` and `auditLog` when `first` is not given: the schemas' default. */
export const DEFAULT_PAGE_SIZE = 20;

/** `first`, or `fallback` when omitted; BAD_USER_INPUT naming `first` outside 0..MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE)
    throw badInput(`first must be from 0 to ${MAX_PAGE_SIZE} (got ${n}).`, { field: 'first' });
  return n;
}
