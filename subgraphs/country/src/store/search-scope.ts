import { Filter } from 'mongodb';
import { Audience, ErrorCode, appError } from '@expertpool/shared';
import { ReleasableField } from '../policy/release-policy';
import { ExpertDoc } from './document';

/**
 * What one caller's search may look at: the records it may see (consent) and the fields it
 * receives (release policy; every field for OWN). A search must not reveal a withheld field,
 * neither by matching it, filtering on it, ordering by it nor counting its values, or a caller
 * could recover the field by probing.
 */
export interface SearchScope {
  country: string;
  audience: Audience;
  released: ReadonlySet<ReleasableField>;
  /** Records the caller may see at all (visibilityFor in caller.ts). */
  visibility: Filter<ExpertDoc>;
}

/** The messages name only the input, fields, country and audience: never any record data. */
function refuse(path: string, message: string) {
  return appError(ErrorCode.FORBIDDEN, message, { field: path });
}

/**
 * Refuses (FORBIDDEN) an input that would search (or `verb`) a withheld field. `path` is the
 * argument's path for `extensions.field` when `input` describes more than the path.
 */
export function requireReleased(
  scope: SearchScope,
  field: ReleasableField,
  input: string,
  verb = 'searches',
  path = input,
): void {
  if (scope.released.has(field)) return;
  throw refuse(
    path,
    `${input} ${verb} ${field}, which ${scope.country} does not release to ${scope.audience} callers.`,
  );
}

/** Refuses (FORBIDDEN) an input that searches several fields when none of them is released. */
export function requireAnyReleased(
  scope: SearchScope,
  fields: readonly ReleasableField[],
  input: string,
): void {
  if (fields.some((field) => scope.released.has(field))) return;
  const named =
    fields.length > 1
      ? `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`
      : fields.join('');
  throw refuse(
    input,
    `${input} searches ${named}, none of which ${scope.country} releases to ${scope.audience} callers.`,
  );
}
