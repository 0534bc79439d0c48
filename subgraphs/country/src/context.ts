import DataLoader from 'dataloader';
import { Filter } from 'mongodb';
import { AuditRetentionKeeper } from './audit/retention';
import { Caller, visibilityFor } from './caller';
import { DEFAULT_RELEASE_POLICY, ReleasePolicy } from './policy/release-policy';
import { DEFAULT_RIGHTS_PERIODS, RightsPeriods, confirmedSince } from './policy/rights-periods';
import { AuditStore } from './store/audit-store';
import { ChangeRequestStore } from './store/change-request-store';
import { ErasureStore } from './store/erasure-store';
import { ExpertDoc } from './store/document';
import { ExpertStore } from './store/expert-store';
import { PolicyStore } from './store/policy-store';

export interface Loaders {
  /** By opaque id, filtered to what the caller may see: one query per batch. */
  expert: DataLoader<string, ExpertDoc | null>;
}

/** What a request released to its caller: collected by the Expert resolvers, audited once at the end. */
export interface Releases {
  expertIds: Set<string>;
  fields: Set<string>;
}

export interface CountryServices {
  policies?: PolicyStore;
  audit?: AuditStore;
  retention?: AuditRetentionKeeper;
  /** The country's erasure and confirmation periods (default: DEFAULT_RIGHTS_PERIODS). */
  periods?: RightsPeriods;
  changeRequests?: ChangeRequestStore;
  erasures?: ErasureStore;
}

export interface CountryContext {
  caller: Caller;
  /** The records the caller may see at all (visibilityFor), for every read of this request. */
  visibility: Filter<ExpertDoc>;
  store: ExpertStore;
  loaders: Loaders;
  policies?: PolicyStore;
  audit?: AuditStore;
  /** How long the audit log is kept, and the index that enforces it. */
  retention?: AuditRetentionKeeper;
  /** The expert's rights (docs/ARCHITECTURE.md §6.8): the country's periods and their stores. */
  periods: RightsPeriods;
  changeRequests?: ChangeRequestStore;
  erasures?: ErasureStore;
  /** The release policy, loaded at most once per request (the default without a policy store). */
  releasePolicy(): Promise<ReleasePolicy>;
  releases: Releases;
  /** The client's operation name as the gateway passed it on (x-operation-name), for the audit log. */
  declaredOperation?: string;
  /** The request's id (x-request-id, validated or made by the HTTP front), for the audit log. */
  requestId?: string;
}

/** A fresh context (and so fresh loaders: no cache shared between callers) per request. */
export function createContext(
  store: ExpertStore,
  caller: Caller,
  services: CountryServices = {},
  declaredOperation?: string,
  requestId?: string,
): CountryContext {
  const periods = services.periods ?? DEFAULT_RIGHTS_PERIODS;
  const visibility = visibilityFor(caller, confirmedSince(new Date(), periods));
  let policy: Promise<ReleasePolicy> | undefined;
  return {
    caller,
    visibility,
    store,
    loaders: {
      expert: new DataLoader((ids: readonly string[]) => store.findByOpaqueIds(ids, visibility), {
        maxBatchSize: 1000,
      }),
    },
    policies: services.policies,
    audit: services.audit,
    retention: services.retention,
    periods,
    changeRequests: services.changeRequests,
    erasures: services.erasures,
    releasePolicy() {
      policy ??= services.policies
        ? services.policies.load()
        : Promise.resolve(DEFAULT_RELEASE_POLICY);
      return policy;
    },
    releases: { expertIds: new Set(), fields: new Set() },
    declaredOperation,
    requestId,
  };
}
