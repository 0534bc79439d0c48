import { randomInt } from 'node:crypto';
import { ErrorCode, ExpertRecord, appError, newOpaqueId } from '@expertpool/shared';
import { ExpertDoc, lifecycleOf, toDocument, toRecord } from './document';
import { sameRecord } from './same-record';

export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

/** What an upsert writes: nothing, the stored document replaced, or a new one inserted. */
export interface Upsert {
  doc: ExpertDoc;
  outcome: UpsertOutcome;
}

function secureRandom(): number {
  return randomInt(0, 1 << 30) / (1 << 30);
}

/**
 * What writing `record` by its agency reference does, given the document stored under that
 * reference (null: none). A record identical to the stored one is left alone (its `updatedAt`
 * stays), so re-importing a file changes nothing. `opaqueOf` checks an id the record brings.
 */
export function upsertOf(
  record: ExpertRecord,
  current: ExpertDoc | null,
  country: string,
  now: Date,
  opaqueOf: (id: string) => string,
): Upsert {
  if (current) {
    if (record.id && record.id !== `${country}:${current._id}`) {
      throw appError(
        ErrorCode.CONFLICT,
        `ref "${record.ref}" already belongs to ${country}:${current._id}, not ${record.id}.`,
      );
    }
    const merged = {
      ...record,
      consent: record.consent.length > 0 ? record.consent : current.consent,
    };
    if (
      sameRecord(toRecord(current, country), {
        ...merged,
        id: `${country}:${current._id}`,
      })
    ) {
      return { doc: current, outcome: 'unchanged' };
    }
    // A written change confirms the record (docs/ARCHITECTURE.md §6.8); a pending erasure stays.
    const doc = toDocument(merged, current._id, now, {
      ...lifecycleOf(current),
      lastConfirmedAt: now,
    });
    return { doc, outcome: 'updated' };
  }
  const opaque = record.id ? opaqueOf(record.id) : newOpaqueId(secureRandom);
  return { doc: toDocument(record, opaque, now), outcome: 'inserted' };
}
