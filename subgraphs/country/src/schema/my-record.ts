import gql from 'graphql-tag';
import { DEFAULT_PAGE_SIZE } from '@expertpool/shared';
import { LOOKUP_WEIGHT } from './cost';

/** Consent entries: a few per audience and purpose over the years. */
const CONSENT_SIZE = 40;
/** Rows of a steward's report: pending erasures or records due for confirmation. */
const REPORT_SIZE = 100;

/**
 * The expert's own rights (docs/ARCHITECTURE.md §6.8): the `me` fields, routed by the token's
 * `expertId` claim (`@routeBy(claim:)`), and the stewards' side of erasure and confirmation.
 */
export const myRecordTypeDefs = gql`
  extend type Query {
    "Your own record, as your country's officials see it, with its releases and consent (an expert's token only)."
    me: MyRecord @routeBy(claim: "expertId") @cost(weight: ${LOOKUP_WEIGHT})
    "Your record and its release history as JSON: { records: [...] } in the import format, and releases."
    exportMe: String @routeBy(claim: "expertId") @cost(weight: ${LOOKUP_WEIGHT})
    "Erasures the country's experts asked for and no steward completed yet, earliest deadline first (stewards only)."
    pendingErasures(country: CountryCode!): [Erasure!]! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT}) @listSize(assumedSize: ${REPORT_SIZE})
    "Change requests of the country's experts, oldest first, optionally of one status (stewards only)."
    changeRequests(country: CountryCode!, status: ChangeRequestStatus): [ChangeRequest!]! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT}) @listSize(assumedSize: ${REPORT_SIZE})
    "Records whose confirmation lapses within withinDays (or lapsed already), longest unconfirmed first (stewards only)."
    confirmationsDue(country: CountryCode!, withinDays: Int = 90): [ConfirmationDue!]! @routeBy(arg: "country") @cost(weight: ${LOOKUP_WEIGHT}) @listSize(assumedSize: ${REPORT_SIZE})
  }

  extend type Mutation {
    "Changes your availability, languages and contact (each one given replaces yours); audited."
    updateMyRecord(input: MyRecordInput!): MyRecord! @routeBy(claim: "expertId")
    "Records your consent entries (the latest per audience and purpose decides); audited."
    setMyConsent(consent: [ConsentInput!]!): MyRecord! @routeBy(claim: "expertId")
    "Asks for a correction of fields you may not change yourself; a steward approves or rejects it."
    requestCorrection(input: CorrectionInput!): ChangeRequest! @routeBy(claim: "expertId")
    "Approves (applies) or rejects (with a reason) a pending change request (stewards only)."
    decideChangeRequest(id: ID!, approve: Boolean!, reason: String): ChangeRequest! @routeBy(arg: "id")
    "Confirms your record is accurate: it is released outside your country again for the confirmation period."
    confirmMyRecord: MyRecord! @routeBy(claim: "expertId")
    "Asks for your record to be erased: hidden at once from everyone outside your country's officials, removed by a steward before the due date."
    requestErasure: Erasure! @routeBy(claim: "expertId")
    "Confirms an expert's record on their behalf (stewards of its country only)."
    confirmExpert(id: ID!): Expert! @routeBy(arg: "id")
    "Removes a record whose expert asked for erasure, keeping a tombstone without personal data (stewards only)."
    completeErasure(id: ID!): Erasure! @routeBy(arg: "id")
  }

  type MyRecord {
    expert: Expert!
    "Every consent entry you gave, oldest first; the latest per audience and purpose decides."
    consent: [MyConsentEntry!]! @listSize(assumedSize: ${CONSENT_SIZE})
    "The version of your country's privacy notice that consent is given under now (PRIVACY_NOTICE_VERSION)."
    noticeVersion: String!
    lastConfirmedAt: String!
    "From then on the record is not released outside your country until you confirm it."
    confirmationDueAt: String!
    "Not confirmed within the country's period: withheld outside the country."
    lapsed: Boolean!
    "When you asked for erasure; null if you have not."
    erasureRequestedAt: String
    "Your erasure request with the date a steward completes it by; null if you have not asked."
    erasure: Erasure
    "Your change requests, oldest first, with their state."
    changeRequests: [ChangeRequest!]! @listSize(assumedSize: ${REPORT_SIZE})
    "Releases of your record to anyone but your country's officials, newest first."
    releases(first: Int = ${DEFAULT_PAGE_SIZE}, after: String): MyReleaseConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
  }

  type MyConsentEntry {
    audience: Audience!
    purpose: Purpose!
    granted: Boolean!
    noticeVersion: String!
    recordedAt: String!
  }

  "One release of your record: to whom (role, country, audience), when, which fields, for what purpose."
  type MyRelease {
    at: String!
    role: String
    "The recipient's country; null for the secretariat or a caller without a token."
    country: String
    audience: Audience!
    purpose: Purpose!
    operation: String!
    "The Expert fields released in that operation (id and country always)."
    fields: [String!]!
  }

  type MyReleaseEdge {
    cursor: String!
    node: MyRelease!
  }

  type MyReleaseConnection {
    edges: [MyReleaseEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  input MyRecordInput {
    availability: AvailabilityInput
    languages: [LanguageSkillInput!]
    contact: ContactInput
  }

  input CorrectionInput {
    names: [PersonNameInput!]
    displayName: String
    position: PositionInput
    expertise: [ExpertiseInput!]
    qualifications: [QualificationInput!]
    engagements: [EngagementInput!]
    "Why: shown to the stewards."
    note: String
  }

  enum ChangeRequestStatus { PENDING APPROVED REJECTED }

  type ChangeRequest {
    "<CC>:<opaque>, routed to the country like an expert id."
    id: ID!
    expertId: ID!
    status: ChangeRequestStatus!
    "The fields the correction changes."
    fields: [String!]!
    "The proposed values as JSON, in the import format's shapes."
    proposed: String!
    note: String
    requestedAt: String!
    decidedAt: String
    "The deciding steward (stewards only; null for the expert)."
    decidedBy: String
    "Why it was rejected."
    reason: String
  }

  "An erasure: requested by the expert, due by the country's ERASURE_PERIOD, completed by a steward. No personal data."
  type Erasure {
    expertId: ID!
    requestedAt: String!
    dueAt: String!
    completedAt: String
    "The steward who completed it (stewards only; null for the expert)."
    completedBy: String
  }

  type ConfirmationDue {
    expert: Expert!
    lastConfirmedAt: String!
    dueAt: String!
    lapsed: Boolean!
  }
`;
