import gql from 'graphql-tag';
import { concatAST } from 'graphql';
import {
  AUDIENCES,
  COUNTRIES,
  CONSENT_AUDIENCES,
  DEFAULT_PAGE_SIZE,
  EXPERTISE_AREAS,
  REGIONAL_BANDS,
  ROUTING_DIRECTIVES_SDL,
  ROUTING_SPEC_URL,
  SHARED_ENUMS_SDL,
  MAX_NEED_COMPETENCIES,
  MAX_NEED_LANGUAGES,
  PURPOSES,
  TRAINING_NEED_SDL,
  VOCABULARY_LANGUAGES,
} from '@expertpool/shared';
import {
  DEFAULT_AUDIT_RETENTION_DAYS,
  MAX_AUDIT_RETENTION_DAYS,
  MIN_AUDIT_RETENTION_DAYS,
} from '../policy/audit-retention';
import { EXPERT_LIST_LIMITS as LISTS } from '../records/list-limits';
import { MAX_SYNONYMS } from '../records/synonyms';
import { myRecordTypeDefs } from './my-record';

/**
 * Demand control (the GraphQL cost directive specification, composed by Federation 2.9): the
 * gateway estimates a query's cost from these declarations before anything runs
 * (docs/ARCHITECTURE.md §5.4). An object costs 1 and a list multiplies its items; a search or a
 * facet count is a database query in every country it reaches, far more work than one object it
 * returns, and a lookup is one round trip to its owner.
 */
const SEARCH_WEIGHT = 100;
const LOOKUP_WEIGHT = 10;
/** Languages are free BCP 47 tags: a facet lists those the matching experts speak, a few dozen at most. */
const LANGUAGE_FACET_SIZE = 50;
/** Highlights per edge: a few query words found in a field or two. */
const HIGHLIGHTS_SIZE = 6;
/** Forms a query's statistics list: a few words, each with its kept forms. */
const STATISTICS_SIZE = 50;

/** The country subgraph's schema: one member state's experts (docs/ARCHITECTURE.md §5). */
const expertTypeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@inaccessible", "@composeDirective", "@cost", "@listSize"])
    @link(url: "${ROUTING_SPEC_URL}", import: ["@fanout", "@routeBy"])
    @composeDirective(name: "@fanout")
    @composeDirective(name: "@routeBy")

  ${ROUTING_DIRECTIVES_SDL}
  ${SHARED_ENUMS_SDL}
  ${TRAINING_NEED_SDL}

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

  "Which Expert fields leave the country, per audience. OWN always receives every field."
  type ReleasePolicy {
    country: CountryCode!
    "True while the country has not stored a policy of its own."
    isDefault: Boolean!
    audiences: [AudienceRelease!]! @listSize(assumedSize: ${CONSENT_AUDIENCES.length})
    "The field names a policy may list."
    releasableFields: [String!]!
    updatedAt: String
    updatedBy: String
  }

  type AudienceRelease {
    audience: Audience!
    released: [String!]!
    withheld: [String!]!
  }

  input ReleasePolicyInput {
    "One entry for each of MEMBER, SECRETARIAT and PUBLIC."
    audiences: [AudienceReleaseInput!]!
  }

  input AudienceReleaseInput {
    audience: Audience!
    "Releasable field names (see ReleasePolicy.releasableFields); an empty list releases nothing."
    fields: [String!]!
  }

  "What each audience would receive of one expert under a release policy; computed, never stored or released."
  type ReleasePreview {
    country: CountryCode!
    expertId: ID!
    "True when the preview applies the draft given as policy; false: the stored policy."
    draft: Boolean!
    audiences: [AudiencePreview!]! @listSize(assumedSize: ${AUDIENCES.length})
  }

  type AudiencePreview {
    audience: Audience!
    released: [String!]!
    withheld: [String!]!
    "Whether the expert's consent lets a request of this audience, naming the purpose asked, see the record at all."
    visible: Boolean!
    "The record as this audience would receive it, resolved by the same Expert resolvers as expert(id:); null when it is not visible to the audience."
    expert: Expert
  }

  "Counts of the country's experts by their current consent (docs/ARCHITECTURE.md §6.4)."
  type ConsentCounts {
    country: CountryCode!
    "Experts the country holds."
    experts: Int!
    "Experts who consent to no audience for any purpose: no one outside the country sees them."
    noConsent: Int!
    audiences: [AudienceConsentCounts!]! @listSize(assumedSize: ${CONSENT_AUDIENCES.length})
  }

  type AudienceConsentCounts {
    audience: Audience!
    purposes: [PurposeConsentCounts!]! @listSize(assumedSize: ${PURPOSES.length})
  }

  type PurposeConsentCounts {
    purpose: Purpose!
    "Experts whose latest answer for this audience and purpose is yes."
    granted: Int!
    "Experts whose latest answer for this audience and purpose is no."
    withdrawn: Int!
    "Experts a request of this audience naming this purpose sees (ANY: naming none)."
    visible: Int!
  }

  "A country's own phrase for an expertise area in one of the vocabulary's languages (docs/ARCHITECTURE.md §7.6)."
  type AreaSynonym {
    area: ExpertiseArea!
    "A vocabulary language: ${VOCABULARY_LANGUAGES.join(', ')}."
    lang: String!
    text: String!
    "Who added it: for the country's own stewards only, null for everyone else."
    addedBy: String
    addedAt: String!
  }

  input AreaSynonymInput {
    "An ExpertiseArea id."
    area: ID!
    lang: String!
    text: String!
  }

  "How long the country keeps its audit log: entries older than days are deleted."
  type AuditRetention {
    country: CountryCode!
    days: Int!
    "True while the country has not set a period of its own (${DEFAULT_AUDIT_RETENTION_DAYS} days)."
    isDefault: Boolean!
    updatedAt: String
    updatedBy: String
  }

  "RELEASE: expert data released to a caller outside the country. WRITE: an expert changed their own record (docs/ARCHITECTURE.md §6.8)."
  enum AuditKind { RELEASE WRITE }

  "One release of expert data to a caller outside the country, or one change an expert made to their own record."
  type AuditEntry {
    kind: AuditKind!
    at: String!
    subject: String
    callerCountry: String
    role: String
    audience: Audience!
    "The purpose the caller's token grants, narrowed by x-purpose where it allows; ANY: none in particular."
    purpose: Purpose!
    "The operation name, or the root fields of an unnamed operation."
    operation: String!
    expertIds: [ID!]!
    "The Expert fields released (id and country are always released)."
    fields: [String!]!
    "The request's x-request-id, as in the gateway's and the country's logs; null for entries written before ids were kept."
    requestId: String
  }

  type AuditEdge {
    cursor: String!
    node: AuditEntry!
  }

  type AuditConnection {
    edges: [AuditEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  input ExpertFilter {
    text: String
    countries: [CountryCode!]
    expertiseAreas: [ID!]
    minLevel: Int
    languages: [String!]
    minCefr: Cefr
    availableBetween: DateRange
    bands: [RegionalBand!]
    "Experts with any of these agency references (the country's own callers only; FORBIDDEN for others). Name the country in countries: no other country holds its refs."
    refs: [String!]
  }

  "An inclusive range of ISO dates (YYYY-MM-DD)."
  input DateRange {
    from: String!
    to: String!
  }

  type ExpertConnection {
    edges: [ExpertEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
    coverage: [CountryCoverage!]! @listSize(assumedSize: ${COUNTRIES.length})
  }

  type ExpertEdge {
    cursor: String!
    "Relevance in [0, 1] for a text search ordered by RELEVANCE; null otherwise."
    score: Float
    "Which query words matched which released fields, with the stored word each matched; empty without text."
    highlights: [Highlight!]! @listSize(assumedSize: ${HIGHLIGHTS_SIZE})
    node: Expert!
    "The edge's place in the requested order, as plain values, for the gateway's merge (docs/ARCHITECTURE.md §4)."
    orderKey: OrderKey! @inaccessible
  }

  type TrainerConnection {
    edges: [TrainerEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
    coverage: [CountryCoverage!]! @listSize(assumedSize: ${COUNTRIES.length})
  }

  type TrainerEdge {
    cursor: String!
    "The fit in [0, 1]: competencies most, then languages, availability and earlier engagements (docs/ARCHITECTURE.md §7.7)."
    score: Float!
    node: Expert!
    match: TrainerMatch!
    orderKey: OrderKey! @inaccessible
  }

  "Why a candidate fits, from the fields released to you only; a part whose field is withheld is null and does not count."
  type TrainerMatch {
    competencies: [CompetencyFit!]! @listSize(assumedSize: ${MAX_NEED_COMPETENCIES})
    languages: [LanguageFit!] @listSize(assumedSize: ${MAX_NEED_LANGUAGES})
    availability: AvailabilityFit
    "Earlier ACCSM engagements."
    engagements: [EngagementRecord!] @listSize(assumedSize: ${LISTS.engagements})
  }

  type CompetencyFit {
    area: ExpertiseArea!
    minLevel: Int!
    "The candidate's level in the area; null when the candidate does not hold it."
    level: Int
    years: Int
    met: Boolean!
  }

  type LanguageFit {
    tag: String!
    minCefr: Cefr!
    "The candidate's best level in the language; null when the candidate does not speak it."
    cefr: Cefr
    met: Boolean!
  }

  type AvailabilityFit {
    status: AvailabilityStatus!
    "Whether the candidate works in the need's mode (on site or remote)."
    modeSupported: Boolean!
    "Days of the need's window that the candidate's availability windows cover."
    overlapDays: Int!
    windowDays: Int!
  }

  "How a stored word matched a query word: EXACT, completed from a PREFIX, corrected from a TYPO, or an expertise AREA the query names."
  enum MatchKind { EXACT PREFIX TYPO AREA }

  "One query word (or the phrase naming an area) found in one released field."
  type Highlight {
    "The Expert field: names, displayName, expertise, position, qualifications or engagements."
    field: String!
    "The query word as folded for search, or the phrase that named the area."
    word: String!
    "The stored word it matched (its corrected or completed form), or the area id."
    matched: String!
    kind: MatchKind!
  }

  "One country's counts for a query (the gateway's own, docs/ARCHITECTURE.md §7.6)."
  type SearchStatistics @inaccessible {
    documents: Int!
    forms: [FormStatistic!]! @listSize(assumedSize: ${STATISTICS_SIZE})
    areas: [AreaStatistic!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    named: [NamedAreaStatistic!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
  }

  "An area the query names: which of its words name it, by which phrase."
  type NamedAreaStatistic @inaccessible {
    area: ID!
    words: [Int!]!
    phrase: String!
    quality: Float!
  }

  input NamedAreaStatisticInput @inaccessible {
    area: ID!
    words: [Int!]!
    phrase: String!
    quality: Float!
  }

  type FormStatistic @inaccessible {
    word: Int!
    token: String!
    kind: MatchKind!
    edits: Int!
    documents: Int!
    "Of those records, how many hold the form as a family name."
    families: Int!
  }

  type AreaStatistic @inaccessible {
    area: ID!
    documents: Int!
  }

  "The region's counts for a query, sent by the gateway with each country's ranked page."
  input SearchStatisticsInput @inaccessible {
    documents: Int!
    forms: [FormStatisticInput!]!
    areas: [AreaStatisticInput!]!
    "The areas any country names for the query; absent, each country names them by its own phrases."
    named: [NamedAreaStatisticInput!]
  }

  input FormStatisticInput @inaccessible {
    word: Int!
    token: String!
    kind: MatchKind!
    edits: Int!
    documents: Int!
    families: Int!
  }

  input AreaStatisticInput @inaccessible {
    area: ID!
    documents: Int!
  }

  "A position in an order: RELEVANCE and UPDATED sort by number (score, epoch ms), NAME by text; id breaks ties."
  type OrderKey @inaccessible {
    number: Float
    text: String
    id: String!
  }

  "The gateway's own: where this country continues a region-wide page (not in the public API)."
  input OrderKeyInput @inaccessible {
    number: Float
    text: String
    id: String!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }

  enum CoverageStatus { OK TIMEOUT UNAVAILABLE SKIPPED }

  "Whether a country's part is in a region-wide answer."
  type CountryCoverage {
    country: CountryCode!
    status: CoverageStatus!
    latencyMs: Int
  }

  type FacetBucket {
    value: String!
    count: Int!
  }

  type ExpertFacets {
    total: Int!
    byCountry: [FacetBucket!]! @listSize(assumedSize: ${COUNTRIES.length})
    byArea: [FacetBucket!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    byLanguage: [FacetBucket!]! @listSize(assumedSize: ${LANGUAGE_FACET_SIZE})
    byBand: [FacetBucket!]! @listSize(assumedSize: ${REGIONAL_BANDS.length})
    coverage: [CountryCoverage!]! @listSize(assumedSize: ${COUNTRIES.length})
  }

  type Country @key(fields: "code", resolvable: false) {
    code: CountryCode!
  }

  # The region keeps an engagement with only a reference to its expert; the expert's own country
  # resolves the expert, so it alone decides whether the caller sees it (docs/ARCHITECTURE.md §4.4).
  type ProgrammeEngagement @key(fields: "expertId") @routeBy(arg: "expertId") {
    expertId: ID! @inaccessible
    "Null when this country withholds the expert from the caller (removed, or no consent), or is unavailable."
    expert: Expert
  }

  type Expert @key(fields: "id") @routeBy(arg: "id") {
    id: ID!
    country: Country!
    "The agency's own reference (e.g. JPA/2019/0042): for the country's own callers only, null for everyone else; never released outside."
    ref: String
    names: [PersonName!] @listSize(assumedSize: ${LISTS.names})
    displayName: String
    position: Position
    expertise: [Expertise!] @listSize(assumedSize: ${LISTS.expertise})
    languages: [LanguageSkill!] @listSize(assumedSize: ${LISTS.languages})
    availability: Availability
    contact: Contact
    qualifications: [Qualification!] @listSize(assumedSize: ${LISTS.qualifications})
    engagements: [EngagementRecord!] @listSize(assumedSize: ${LISTS.engagements})
    consent: ConsentSummary
    updatedAt: String
    "Fields the country's release policy withheld from this caller; they resolve to null."
    withheldFields: [String!]!
  }

  type PersonName {
    value: String!
    "BCP 47 language tag."
    lang: String!
    "ISO 15924 script code."
    script: String!
  }

  type NationalGrade {
    scheme: String!
    code: String!
  }

  type Position {
    title: String!
    grade: NationalGrade!
    band: RegionalBand!
    agency: String!
  }

  type ExpertiseArea @shareable {
    id: ID!
    label: String!
  }

  type Expertise {
    area: ExpertiseArea!
    level: Int!
    years: Int!
    escoUri: String
  }

  type LanguageSkill {
    tag: String!
    cefr: Cefr!
  }

  type DateWindow {
    from: String!
    to: String!
  }

  type Availability {
    status: AvailabilityStatus!
    onsite: Boolean!
    remote: Boolean!
    windows: [DateWindow!]! @listSize(assumedSize: ${LISTS.windows})
  }

  type Contact {
    workEmail: String!
  }

  type Qualification {
    title: String!
    institution: String!
    year: Int!
  }

  type EngagementRecord {
    title: String!
    role: EngagementRole!
    year: Int!
    hostCountry: CountryCode
  }

  type ConsentSummary {
    "Audiences the expert currently consents to be shown to (for some purpose)."
    audiences: [Audience!]!
    noticeVersion: String
    updatedAt: String
  }

  input PersonNameInput { value: String! lang: String! script: String! }
  input NationalGradeInput { scheme: String! code: String! }
  input PositionInput { title: String! grade: NationalGradeInput! band: RegionalBand! agency: String! }
  input ExpertiseInput { area: ID! level: Int! years: Int! escoUri: String }
  input LanguageSkillInput { tag: String! cefr: Cefr! }
  input DateWindowInput { from: String! to: String! }
  input AvailabilityInput { status: AvailabilityStatus! onsite: Boolean! remote: Boolean! windows: [DateWindowInput!]! }
  input ContactInput { workEmail: String! }
  input QualificationInput { title: String! institution: String! year: Int! }
  input EngagementInput { title: String! role: EngagementRole! year: Int! hostCountry: CountryCode }

  input ExpertInput {
    "The national agency's own reference; re-sending the same reference updates that record."
    ref: String!
    names: [PersonNameInput!]!
    displayName: String!
    position: PositionInput!
    expertise: [ExpertiseInput!]!
    languages: [LanguageSkillInput!]!
    availability: AvailabilityInput!
    contact: ContactInput!
    qualifications: [QualificationInput!] = []
    engagements: [EngagementInput!] = []
  }

  input ConsentInput {
    audience: Audience!
    purpose: Purpose! = ANY
    granted: Boolean!
    noticeVersion: String!
  }
`;

/** The whole schema: the experts, and the expert's own rights (schema/my-record.ts, §6.8). */
export const typeDefs = concatAST([expertTypeDefs, myRecordTypeDefs]);
