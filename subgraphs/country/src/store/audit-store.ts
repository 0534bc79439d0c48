import { randomBytes } from 'node:crypto';
import { Collection, Db, Filter } from 'mongodb';
import { Audience, Purpose, ensureIndexes } from '@expertpool/shared';
import { SECONDS_PER_DAY } from '../policy/audit-retention';
import { RetentionEnforcement, applyAuditTtl } from './audit-ttl';

/** One release of expert data to a non-OWN caller, as the `audit` collection keeps it. */
export interface AuditEntry {
  /** `<ISO time>_<random>`: sorts by time, so it is also the keyset of the log. */
  _id: string;
  at: Date;
  subject: string | null;
  callerCountry: string | null;
  role: string | null;
  audience: Audience;
  /** The token's purpose, narrowed by x-purpose where the token allows; ANY: none in particular. */
  purpose: Purpose;
  operation: string;
  expertIds: string[];
  fields: string[];
  /**
   * The request's id (x-request-id, docs/ARCHITECTURE.md §11.1): the same id is in the
   * gateway's and this country's log lines. Absent from entries written before it was kept.
   */
  requestId?: string | null;
  /**
   * Absent: a release. WRITE: a change an expert made to their own record (docs/ARCHITECTURE.md
   * §6.8), with the fields changed and no values, for the stewards to read.
   */
  kind?: 'WRITE';
}

export type NewAuditEntry = Omit<AuditEntry, '_id'>;

/** Entries at or after `from` and before `to` (either may be open). */
function atRange({ from, to }: { from?: Date; to?: Date }): Filter<AuditEntry> {
  const range: Filter<AuditEntry> = {};
  if (from || to) {
    range.at = {};
    if (from) range.at.$gte = from;
    if (to) range.at.$lt = to;
  }
  return range;
}

/** The entries of `audience` only, when given. */
const audienceOnly = (audience?: Audience): Filter<AuditEntry> => (audience ? { audience } : {});

export interface AuditQuery {
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Only releases to this audience (a steward's filter in the console, docs/ARCHITECTURE.md §10.5). */
  audience?: Audience;
  first: number;
  /** The `_id` of the last entry already seen (newest first). */
  after?: string;
}

/**
 * The country's audit log: append-only. This class is the only code that touches the collection,
 * and it offers no way to change an entry; entries leave only when their retention period ends.
 */
export class AuditStore {
  readonly entries: Collection<AuditEntry>;

  constructor(db: Db) {
    this.entries = db.collection<AuditEntry>('audit');
  }

  /**
   * Keeps entries for `days` (docs/ARCHITECTURE.md §6.6): pages walk `_id` (time first); the
   * `at` index serves the from/to range and its count, and expires entries as a TTL index.
   */
  async keepFor(days: number): Promise<RetentionEnforcement> {
    return applyAuditTtl(this.entries, days);
  }

  /**
   * Deletes the entries older than `days`: what the TTL monitor does, for servers without TTL
   * indexes (RetentionEnforcement SWEEP). Returns how many went.
   */
  async deleteExpired(days: number, now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - days * SECONDS_PER_DAY * 1000);
    return (await this.entries.deleteMany({ at: { $lt: cutoff } })).deletedCount;
  }

  /** Oldest first, within [from, to): what an export writes, read in batches. */
  inRange(range: { from?: Date; to?: Date }): AsyncIterable<AuditEntry> {
    return this.entries.find(atRange(range)).sort({ _id: 1 });
  }

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const doc: AuditEntry = {
      _id: `${entry.at.toISOString()}_${randomBytes(6).toString('hex')}`,
      ...entry,
    };
    await this.entries.insertOne(doc);
    return doc;
  }

  /** The index `releasesOf` reads: an expert's entries by time, without scanning the log. */
  async init(): Promise<void> {
    await ensureIndexes(this.entries, [{ key: { expertIds: 1, _id: -1 }, name: 'expert_entries' }]);
  }

  /** Releases of one expert's record, newest first: what the expert reads in `me.releases`. */
  async releasesOf(
    expertId: string,
    query: Pick<AuditQuery, 'first' | 'after'>,
  ): Promise<{ entries: AuditEntry[]; totalCount: number; hasNextPage: boolean }> {
    const mine: Filter<AuditEntry> = { expertIds: expertId, kind: { $exists: false } };
    const page: Filter<AuditEntry> = query.after
      ? { $and: [mine, { _id: { $lt: query.after } }] }
      : mine;
    const [found, totalCount] = await Promise.all([
      this.entries
        .find(page)
        .sort({ _id: -1 })
        .limit(query.first + 1)
        .toArray(),
      this.entries.countDocuments(mine),
    ]);
    return {
      entries: found.slice(0, query.first),
      totalCount,
      hasNextPage: found.length > query.first,
    };
  }

  /** Newest first; `totalCount` counts the whole range, not only what follows `after`. */
  async list(
    query: AuditQuery,
  ): Promise<{ entries: AuditEntry[]; totalCount: number; hasNextPage: boolean }> {
    const range: Filter<AuditEntry> = { ...atRange(query), ...audienceOnly(query.audience) };
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
