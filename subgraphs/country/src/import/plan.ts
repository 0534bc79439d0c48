import { ExpertRecord } from '@expertpool/shared';
import { ExpertDoc, toRecord } from '../store/document';
import { UpsertOutcome } from '../store/expert-store';
import { sameRecord } from '../store/same-record';

/**
 * What `ExpertStore.upsert` would do with `record`, decided without writing: the dry run's
 * answer. It follows the store's rules: a row's `id` must match the record its ref already
 * has, an empty consent list keeps the stored consent, and a record equal to the stored one is
 * unchanged. `takenIds` holds the opaque ids already used by other records.
 */
export function planUpsert(
  country: string,
  record: ExpertRecord,
  current: ExpertDoc | null,
  takenIds: ReadonlySet<string>,
): UpsertOutcome | { problem: string } {
  if (current) {
    const id = `${country}:${current._id}`;
    if (record.id && record.id !== id)
      return { problem: `record: ref "${record.ref}" already belongs to ${id}, not ${record.id}.` };
    const merged = {
      ...record,
      consent: record.consent.length > 0 ? record.consent : current.consent,
      id,
    };
    return sameRecord(toRecord(current, country), merged) ? 'unchanged' : 'updated';
  }
  if (record.id && takenIds.has(record.id.slice(country.length + 1))) {
    return {
      problem: `record: Another record already uses id ${record.id} or ref "${record.ref}".`,
    };
  }
  return 'inserted';
}
