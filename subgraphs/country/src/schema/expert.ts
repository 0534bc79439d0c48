import gql from 'graphql-tag';
import { EXPERT_LIST_LIMITS as LISTS } from '../records/list-limits';

/**
 * The Expert entity and its parts, with the region's entities that meet it: its Country, and a
 * programme's engagement, which only the expert's own country resolves (docs/ARCHITECTURE.md §4.4).
 */
export const expertTypeDefs = gql`
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
`;
