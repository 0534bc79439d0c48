import { badInput } from '@expertpool/shared';

/** An audit entry's `_id` (`<ISO time>_<random>`, audit-store.ts) as a page cursor, and back. */
const CURSOR_ID = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f]{12}$/;

export const encodeAuditCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

/** The entry id in a cursor of `field` (auditLog, releases), or BAD_USER_INPUT naming `after`. */
export function decodeAuditCursor(cursor: string, field: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_ID.test(id)) throw badInput(`after is not a cursor of ${field}.`, { field: 'after' });
  return id;
}
