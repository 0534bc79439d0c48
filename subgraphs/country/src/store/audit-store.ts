import { randomBytes } from 'node:crypto';
import { Collection, Db, Filter, IndexDescription } from 'mongodb';
import { Audience, Purpose, ensureIndexes } from '@expertpool/shared';

/** One release of expert data to a non-OWN caller, as the `audit` collection keeps it. */
export interface AuditEntry {
  /** `<ISO time>_<random>`: sorts by time, so it is also the keyset of the log. */
  _id: string;
  at: Date;
  subject: string | null;
  callerCountry: string | null;
  role: string | null;
  audience: Audience;
  purpose: Purpose;
  operation: string;
  expertIds: string[];
  fields: string[];
}

export type NewAuditEntry = Omit<AuditEntry, '_id'>;

/** Pages walk `_id` (time first); `at` serves the from/to range and its count. */
const AUDIT_INDEXES: IndexDescription[] = [{ key: { at: 1 }, name: 'at' }];

export interface AuditQuery {
  from?: Date;
  /** Exclusive. */
  to?: Date;
  first: number;
  /** The `_id` of the last entry already seen (newest first). */
  after?: string;
}

/**
 * The country's audit log: append-only. This class is the only code that touches the collection,
 * and it offers no way to change or remove an entry.
 */
export class AuditStore {
  readonly entries: Collection<AuditEntry>;

  constructor(db: Db) {
    this.entries = db.collection<AuditEntry>('audit');
  }

  async init(): Promise<void> {
    await ensureIndexes(this.entries, AUDIT_INDEXES);
  }

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const doc: AuditEntry = {
      _id: `${entry.at.toISOString()}_${randomBytes(6).toString('hex')}`,
      ...entry,
    };
    await this.entries.insertOne(doc);
    return doc;
  }

  /** Newest first; `totalCount` counts the whole range, not only what follows `after`. */
  async list(
    query: AuditQuery,
  ): Promise<{ entries: AuditEntry[]; totalCount: number; hasNextPage: boolean }> {
    const range: Filter<AuditEntry> = {};
    if (query.from || query.to) {
      range.at = {};
      if (query.from) range.at.$gte = query.from;
      if (query.to) range.at.$lt = query.to;
    }
    const page: Filter<AuditEntry> = query.after
      ? { $and: [range, { _id: { $lt: query.after } }] }
      : range;
    const [found, totalCount] = await Promise.all([
      query.first === 0
        ? Promise.resolve([])
        : this.entries
            .find(page)
            .sort({ _id: -1 })
            .limit(query.first + 1)
            .toArray(),
      this.entries.countDocuments(range),
    ]);
    return {
      entries: found.slice(0, query.first),
      totalCount,
      hasNextPage: found.length > query.first,
    };
  }
}
