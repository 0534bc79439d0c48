import gql from 'graphql-tag';
import { AUDIENCES, CONSENT_AUDIENCES, PURPOSES } from '@expertpool/shared';

/**
 * What leaves the country: the release policy per audience (docs/ARCHITECTURE.md §6.3), and the
 * stewards' previews of it and counts of the experts' consent (§6.4).
 */
export const releaseTypeDefs = gql`
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
`;
