import { ExpertOrder } from '@expertpool/shared';
import { ReleasableField } from '../policy/release-policy';
import { SearchScope, requireReleased } from './search-scope';

/**
 * The field each order sorts by. The order of results and the sort key inside every cursor
 * (the folded displayName, the update time) would reveal that field, so a caller may use an
 * order only if it receives the field. RELEVANCE sorts by score (of released fields) and id.
 */
const SORTED_BY: Record<ExpertOrder, ReleasableField | null> = {
  RELEVANCE: null,
  NAME: 'displayName',
  UPDATED: 'updatedAt',
};

/** Refuses (FORBIDDEN) an order by a field the scope withholds. */
export function requireOrderReleased(scope: SearchScope, order: ExpertOrder): void {
  const field = SORTED_BY[order];
  if (field) requireReleased(scope, field, `orderBy: ${order}`, 'sorts by', 'orderBy');
}
