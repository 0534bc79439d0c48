import { Collection, Db } from 'mongodb';
import {
  DEFAULT_RELEASE_POLICY,
  PolicyAudiences,
  ReleasePolicy,
  ReleasePolicyDoc,
} from '../policy/release-policy';

/** The country's release policy: one document in its own `policy` collection. */
export class PolicyStore {
  readonly policies: Collection<ReleasePolicyDoc>;

  constructor(db: Db) {
    this.policies = db.collection<ReleasePolicyDoc>('policy');
  }

  /** The stored policy, or the default when none is stored. */
  async load(): Promise<ReleasePolicy> {
    const doc = await this.policies.findOne({ _id: 'release' });
    if (!doc) return DEFAULT_RELEASE_POLICY;
    return {
      audiences: doc.audiences,
      updatedAt: doc.updatedAt,
      updatedBy: doc.updatedBy ?? null,
      isDefault: false,
    };
  }

  /** Replaces the policy with already validated audiences (see parsePolicyInput). */
  async replace(
    audiences: PolicyAudiences,
    updatedBy: string | null,
    now = new Date(),
  ): Promise<ReleasePolicy> {
    const doc: ReleasePolicyDoc = { _id: 'release', audiences, updatedAt: now, updatedBy };
    await this.policies.replaceOne({ _id: 'release' }, doc, { upsert: true });
    return { audiences, updatedAt: now, updatedBy, isDefault: false };
  }
}
