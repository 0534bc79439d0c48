import { randomInt } from 'node:crypto';
import { Collection, Db, Filter } from 'mongodb';
import { newOpaqueId } from '@expertpool/shared';

export type ChangeRequestStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/**
 * An expert's correction of a field they may not change themselves (docs/ARCHITECTURE.md §6.8),
 * kept at the country until a steward approves it (applied through the same upsert as an import)
 * or rejects it with a reason. `proposed` holds record fields in the import format.
 */
export interface ChangeRequestDoc {
  /** The opaque part of the request's id, `<CC>:<opaque>` like an expert's, so it routes. */
  _id: string;
  /** The opaque id of the expert's record. */
  expert: string;
  status: ChangeRequestStatus;
  proposed: Record<string, unknown>;
  note: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
  /** The deciding steward's subject. */
  decidedBy: string | null;
  reason: string | null;
}

const random = () => randomInt(0, 1 << 30) / (1 << 30);

export class ChangeRequestStore {
  private readonly requests: Collection<ChangeRequestDoc>;

  constructor(db: Db) {
    this.requests = db.collection<ChangeRequestDoc>('change_requests');
  }

  async create(
    expert: string,
    proposed: Record<string, unknown>,
    note: string | null,
    now = new Date(),
  ): Promise<ChangeRequestDoc> {
    const doc: ChangeRequestDoc = {
      _id: newOpaqueId(random, 12),
      expert,
      status: 'PENDING',
      proposed,
      note,
      requestedAt: now,
      decidedAt: null,
      decidedBy: null,
      reason: null,
    };
    await this.requests.insertOne(doc);
    return doc;
  }

  get(id: string): Promise<ChangeRequestDoc | null> {
    return this.requests.findOne({ _id: id });
  }

  /** Oldest first: the order a steward works through them. */
  list(filter: { expert?: string; status?: ChangeRequestStatus }): Promise<ChangeRequestDoc[]> {
    const query: Filter<ChangeRequestDoc> = {};
    if (filter.expert !== undefined) query.expert = filter.expert;
    if (filter.status !== undefined) query.status = filter.status;
    return this.requests.find(query).sort({ requestedAt: 1, _id: 1 }).limit(1000).toArray();
  }

  /** Decides a pending request; null when it was decided already (or meanwhile). */
  decide(
    id: string,
    decision: Pick<ChangeRequestDoc, 'status' | 'decidedBy' | 'reason'>,
    now = new Date(),
  ): Promise<ChangeRequestDoc | null> {
    return this.requests.findOneAndUpdate(
      { _id: id, status: 'PENDING' },
      { $set: { ...decision, decidedAt: now } },
      { returnDocument: 'after' },
    );
  }

  /** An erased expert's requests go with the record: they hold personal data. */
  async removeOf(expert: string): Promise<number> {
    return (await this.requests.deleteMany({ expert })).deletedCount;
  }
}
