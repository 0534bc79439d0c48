import gql from 'graphql-tag';
import { DEFAULT_PAGE_SIZE } from '@expertpool/shared';
import { MAX_AUDIT_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS } from '../policy/audit-retention';
import { MAX_SYNONYMS } from '../records/synonyms';
import { LOOKUP_WEIGHT, SEARCH_WEIGHT } from './cost';

/**
 * The root operations, with how the gateway routes each (@fanout or @routeBy, docs/ARCHITECTURE.md
 * §4) and what it costs (§5.4): the table of §5.1. The expert's own operations extend them in
 * schema/my-record.ts (§6.8).
 */
export const operationsTypeDefs = gql`
  type Query {
    "Experts matching the filter, across the selected countries when asked through the gateway."
    experts(filter: ExpertFilter, first: Int = ${DEFAULT_PAGE_SIZE}, after: String, orderBy: ExpertOrder = RELEVANCE, afterKey: OrderKeyInput @inaccessible, statistics: SearchStatisticsInput @inaccessible): ExpertConnection!
      @fanout(merge: CONNECTION) @cost(weight: ${SEARCH_WEIGHT}) @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    "Trainer candidates for a training need (a programme's need as is), best fit first, across the countries the need includes; each edge explains the fit."
    matchTrainers(need: TrainingNeedInput!, first: Int = ${DEFAULT_PAGE_SIZE}, after: String, afterKey: OrderKeyInput @inaccessible): TrainerConnection!
      @fanout(merge: CONNECTION, countries: "need.includeCountries", excludeCountries: "need.excludeCountries") @cost(weight: ${SEARCH_WEIGHT}) @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    "One expert by id (<CC>:<opaque>); null when it does not exist or is not visible to the caller."
    expert(id: ID!): Expert @routeBy(arg: "id") @cost(weight: ${LOOKUP_WEIGHT})
    "One expert by the agency's own reference (the country's own callers only; FORBIDDEN for others); null when the country holds no such ref."
    expertByRef(country: CountryCode!, ref: String!): Expert @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT})
    "The gateway's own: this country's counts for the filter's text, added up across the region before the ranked pages are asked (docs/ARCHITECTURE.md §7.6)."
    expertSearchStatistics(filter: ExpertFilter): SearchStatistics! @inaccessible @cost(weight: ${SEARCH_WEIGHT})
    "Counts of the experts matching the filter, by country, expertise area, language and band."
    expertFacets(filter: ExpertFilter): ExpertFacets! @fanout(merge: SUM) @cost(weight: ${SEARCH_WEIGHT})
    "The country's release policy: which Expert fields each audience receives (stewards of that country only)."
    releasePolicy(country: CountryCode!): ReleasePolicy! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT})
    "Releases of expert data to callers outside the country, newest first (stewards of that country only)."
    auditLog(country: CountryCode!, from: String, to: String, "Only releases to this audience." audience: Audience, first: Int = ${DEFAULT_PAGE_SIZE}, after: String): AuditConnection!
      @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT}) @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    "The country's own phrases for expertise areas, beside the shared vocabulary's (public: no personal data)."
    areaSynonyms(country: CountryCode!): [AreaSynonym!]! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT}) @listSize(assumedSize: ${MAX_SYNONYMS})
    "How long the country keeps its audit log (stewards of that country only)."
    auditRetention(country: CountryCode!): AuditRetention! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT})
    "What each audience would receive of one of the country's experts under a release policy: the draft given as policy (nothing is saved), else the stored one (stewards of that country only; docs/ARCHITECTURE.md §6.3)."
    releasePreview(country: CountryCode!, expertId: ID!, policy: ReleasePolicyInput, "The purpose a request of each audience names; consent decides by it (docs/ARCHITECTURE.md §6.4)." purpose: Purpose = ANY): ReleasePreview!
      @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT})
    "How many of the country's experts consent to each audience and purpose: counts, never who (stewards of that country only)."
    consentCounts(country: CountryCode!): ConsentCounts! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT})
  }

  type Mutation {
    "Creates or updates the expert with this national reference (stewards of that country only)."
    upsertExpert(country: CountryCode!, input: ExpertInput!): Expert! @routeBy(arg: "country")
    "Removes an expert; true when a record was removed."
    removeExpert(id: ID!): Boolean! @routeBy(arg: "id")
    "Records the expert's consent entries (replacing earlier entries for the same audience and purpose)."
    setConsent(id: ID!, consent: [ConsentInput!]!): Expert! @routeBy(arg: "id")
    "Replaces the country's own synonyms for expertise areas (stewards of that country only); searches name areas by them from the next request on."
    setAreaSynonyms(country: CountryCode!, synonyms: [AreaSynonymInput!]!): [AreaSynonym!]! @routeBy(arg: "country") @listSize(assumedSize: ${MAX_SYNONYMS})
    "Replaces the country's release policy (stewards of that country only)."
    setReleasePolicy(country: CountryCode!, policy: ReleasePolicyInput!): ReleasePolicy! @routeBy(arg: "country")
    "Sets how many days audit entries are kept, ${MIN_AUDIT_RETENTION_DAYS} to ${MAX_AUDIT_RETENTION_DAYS} (stewards of that country only); applies at once."
    setAuditRetention(country: CountryCode!, days: Int!): AuditRetention! @routeBy(arg: "country")
  }
`;
