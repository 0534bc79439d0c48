import { AnyBulkWriteOperation, Collection } from 'mongodb';
import { DERIVATION, ExpertDoc, lifecycleOf, toDocument, toRecord } from './document';

const BATCH = 500;
const OUTDATED = { derivation: { $ne: DERIVATION } };

export interface Rederived {
  /** Documents rewritten with the current derivation. */
  rewritten: number;
  /** Ids of documents whose record fields could not be derived; they stay as they were. */
  failed: string[];
}

/** The current derived fields of an older document, or null if its record fields do not derive. */
function rebuilt(doc: ExpertDoc, country: string): ExpertDoc | null {
  try {
    // The lifecycle carries over; a document from before DERIVATION 6 was last confirmed when
    // it was last written (lifecycleOf).
    return toDocument(toRecord(doc, country), doc._id, doc.updatedAt, lifecycleOf(doc));
  } catch {
    return null;
  }
}

/**
 * Rebuilds the derived fields of every document written with another DERIVATION (by older code),
 * from its record fields, keeping its id, `updatedAt` and lifecycle: a re-derivation is not an edit. Walks
 * by id, so a document that is not rewritten (it fails to derive, or a concurrent write replaced
 * it) is passed over instead of read forever; one bad document must not stop the service.
 */
export async function rederiveOutdated(
  experts: Collection<ExpertDoc>,
  country: string,
): Promise<Rederived> {
  let after: string | null = null;
  const result: Rederived = { rewritten: 0, failed: [] };
  for (;;) {
    const page: ExpertDoc[] = await experts
      .find(after === null ? OUTDATED : { ...OUTDATED, _id: { $gt: after } })
      .sort({ _id: 1 })
      .limit(BATCH)
      .toArray();
    if (page.length === 0) return result;
    after = page[page.length - 1]._id;
    const writes: AnyBulkWriteOperation<ExpertDoc>[] = [];
    for (const doc of page) {
      const replacement = rebuilt(doc, country);
      if (!replacement) {
        result.failed.push(doc._id);
        continue;
      }
      // Only if nobody rewrote it meanwhile (a write by current code carries DERIVATION and a
      // new updatedAt): a write that raced this one must win over our older copy.
      writes.push({
        replaceOne: {
          filter: { _id: doc._id, updatedAt: doc.updatedAt, ...OUTDATED },
          replacement,
        },
      });
    }
    if (writes.length > 0)
      result.rewritten += (await experts.bulkWrite(writes, { ordered: false })).modifiedCount;
  }
}
