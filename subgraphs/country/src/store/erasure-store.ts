import { Collection, Db } from 'mongodb';

/**
 * An erasure (docs/ARCHITECTURE.md §6.8): requested by the expert, due by the country's
 * ERASURE_PERIOD, completed by a steward. Once completed it is the record's tombstone: the id,
 * the dates and the steward's subject, and no personal data.
 */
export interface ErasureDoc {
  /** The opaque id of the erased (or to be erased) record. */
  _id: string;
  requestedAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  completedBy: string | null;
}

export class ErasureStore {
  private readonly erasures: Collection<ErasureDoc>;

  constructor(db: Db) {
    this.erasures = db.collection<ErasureDoc>('erasures');
  }

  /** The request, or the one already made (asking twice changes nothing). */
  async request(expert: string, requestedAt: Date, dueAt: Date): Promise<ErasureDoc> {
    await this.erasures.updateOne(
      { _id: expert },
      { $setOnInsert: { requestedAt, dueAt, completedAt: null, completedBy: null } },
      { upsert: true },
    );
    return (await this.erasures.findOne({ _id: expert }))!;
  }

  get(expert: string): Promise<ErasureDoc | null> {
    return this.erasures.findOne({ _id: expert });
  }

  /** Not completed yet, earliest deadline first. */
  pending(): Promise<ErasureDoc[]> {
    return this.erasures
      .find({ completedAt: null })
      .sort({ dueAt: 1, _id: 1 })
      .limit(1000)
      .toArray();
  }

  async complete(expert: string, by: string | null, now = new Date()): Promise<ErasureDoc | null> {
    return this.erasures.findOneAndUpdate(
      { _id: expert },
      { $set: { completedAt: now, completedBy: by } },
      { returnDocument: 'after' },
    );
  }
}
