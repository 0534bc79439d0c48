import gql from 'graphql-tag';
import { COUNTRIES, EXPERTISE_AREAS, MAX_PAGE_SIZE, SHARED_ENUMS_SDL } from '@expertpool/shared';
import { DEFAULT_PROGRAMMES_PAGE } from '../programme';

/**
 * The region subgraph's schema: the country table, the expertise vocabulary and ACCSM programmes.
 * `@listSize` tells the gateway's cost estimate how long each list can be (docs/ARCHITECTURE.md
 * §5.4): the country table and the vocabulary are fixed lists, `programmes` is as long as its
 * `first`; a programme's engagements are not bounded and count at the gateway's assumed size.
 */
export const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize", "@inaccessible"])

  ${SHARED_ENUMS_SDL}

  type Query {
    "Countries in the registry: ASEAN member states, then the ACCSM+3 partners; all of them when membership is omitted."
    countries(membership: Membership): [Country!]! @listSize(assumedSize: ${COUNTRIES.length})
    "One country by code; null when it is not in the table."
    country(code: CountryCode!): Country
    "The ACCSM expertise vocabulary."
    expertiseAreas: [ExpertiseArea!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    """
    ACCSM programmes by start date. from/to (ISO dates, inclusive) keep programmes that overlap the
    range; competency is an ExpertiseArea id; first is at most ${MAX_PAGE_SIZE}.
    """
    programmes(
      host: CountryCode
      competency: ID
      from: String
      to: String
      first: Int = ${DEFAULT_PROGRAMMES_PAGE}
    ): [Programme!]! @listSize(slicingArguments: ["first"])
    "One programme by id; null when there is none."
    programme(id: ID!): Programme
  }

  enum Membership {
    MEMBER
    PLUS_THREE
  }

  type Country @key(fields: "code") {
    code: CountryCode!
    "English name."
    name: String!
    "Name in the country's own language and script."
    localName: String!
    "The civil-service agency that is the country's ACCSM focal point."
    agency: String!
    "Official languages as BCP 47 tags."
    languages: [String!]!
    "ISO date the country joined ASEAN (members) or ACCSM+3 cooperation (partners)."
    memberSince: String!
    membership: Membership!
    "Names of fields in this row still awaiting confirmation from the country."
    unverified: [String!]!
  }

  type ExpertiseArea @shareable {
    id: ID!
    label: String!
  }

  enum ProgrammeKind {
    WORKSHOP
    SEMINAR
    MEETING
    CERTIFICATION
    TRAINING
  }

  "An ACCSM work-plan activity."
  type Programme {
    id: ID!
    title: String!
    kind: ProgrammeKind!
    host: Country!
    "ISO date (YYYY-MM-DD)."
    startDate: String!
    "ISO date (YYYY-MM-DD), inclusive."
    endDate: String!
    "The work plan the activity belongs to, e.g. 'ACCSM+3 Work Plan 2021–2025'."
    workPlan: String
    competencies: [ExpertiseArea!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    description: String
    engagements: [ProgrammeEngagement!]!
  }

  # The region keeps only the expert's id. The expert's own country resolves \`expert\` (the
  # gateway routes by the id's prefix), so the country that knows consent decides whether the
  # caller sees the expert at all (docs/ARCHITECTURE.md §4.4). Not resolvable here: an
  # engagement belongs to a programme, an expert id alone does not find it.
  "An expert's part in a programme; the expert is resolved by its own country through the gateway."
  type ProgrammeEngagement @key(fields: "expertId", resolvable: false) {
    role: EngagementRole!
    expertId: ID! @inaccessible
    topic: String
  }
`;
