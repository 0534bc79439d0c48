import { isDeepStrictEqual } from 'node:util';
import { ExpertRecord } from '@expertpool/shared';

/**
 * Whether two records hold the same facts. Both sides are normalised through JSON so that an
 * absent optional field and `undefined` compare equal, as they do once stored.
 */
export function sameRecord(a: ExpertRecord, b: ExpertRecord): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}
