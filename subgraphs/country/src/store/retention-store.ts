import { Collection, Db } from 'mongodb';
import { AuditRetention, DEFAULT_AUDIT_RETENTION } from '../policy/audit-retention';

/** The `policy` collection's document `_id: 'audit-retention'`, beside the release policy. */
export interface AuditRetentionDoc {
  _id: 'audit-retention';
  days: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/**
 * The country's audit retention period: one document in its own `policy` collection. Its own
 * document, not a field of the release policy: that one says what leaves the country and is
 * replaced whole, this says how long the record of it is kept.
 */
export class RetentionStore {
  readonly settings: Collection<AuditRetentionDoc>;

  constructor(db: Db) {
    this.settings = db.collection<AuditRetentionDoc>('policy');
  }

  /** The stored period, or the default when none is stored. */
  async load(): Promise<AuditRetention> {
    const doc = await this.settings.findOne({ _id: 'audit-retention' });
    if (!doc) return DEFAULT_AUDIT_RETENTION;
    return { days: doc.days, isDefault: false, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy };
  }

  /** Stores an already validated period (parseRetentionDays). */
  async replace(days: number, updatedBy: string | null, now = new Date()): Promise<AuditRetention> {
    const doc: AuditRetentionDoc = { _id: 'audit-retention', days, updatedAt: now, updatedBy };
    await this.settings.replaceOne({ _id: 'audit-retention' }, doc, { upsert: true });
    return { days, isDefault: false, updatedAt: now, updatedBy };
  }
}
