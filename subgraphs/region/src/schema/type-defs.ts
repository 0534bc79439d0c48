import gql from 'graphql-tag';
import {
  COUNTRIES,
  DEFAULT_PAGE_SIZE,
  EXPERTISE_AREAS,
  MAX_PAGE_SIZE,
  SHARED_ENUMS_SDL,
  TRAINING_NEED_SDL,
} from '@expertpool/shared';
import { DEFAULT_PROGRAMMES_PAGE } from '../programme';
import { MAX_CANCEL_REASON_LENGTH, MAX_ENGAGEMENTS } from '../resolvers/programme-plans';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_PROGRAMME_COMPETENCIES,
  MAX_WORK_PLAN_LENGTH,
  TITLE_LENGTH,
} from '../resolvers/programme-input';

/**
 * A programme change is one read and one conditional update of one document, like a lookup at a
 * country (docs/ARCHITECTURE.md §5.4); the mutation also returns the programme, at its own cost.
 */
const WRITE_WEIGHT = 10;

/**
 * The region subgraph's schema: the country table, the expertise vocabulary and ACCSM programmes.
 * `@listSize` tells the gateway's cost estimate how long each list can be (docs/ARCHITECTURE.md
 * §5.4): the country table and the vocabulary are fixed lists, `programmes` and a programme's
 * `changes` are as long as their `first`; a programme's engagements (a bounded list, but a
 * handful in practice) count at the gateway's assumed size.
 */
export const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize", "@inaccessible", "@cost"])

  ${SHARED_ENUMS_SDL}
  ${TRAINING_NEED_SDL}

  type Query {
    "Countries in the registry: ASEAN member states, then the ACCSM+3 partners; all of them when membership is omitted."
    countries(membership: Membership): [Country!]! @listSize(assumedSize: ${COUNTRIES.length})
    "One country by code; null when it is not in the table."
    country(code: CountryCode!): Country
    "The ACCSM expertise vocabulary."
    expertiseAreas: [ExpertiseArea!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    """
    ACCSM programmes by start date. from/to (ISO dates, inclusive) keep programmes that overlap the
    range; competency is an ExpertiseArea id; first is at most ${MAX_PAGE_SIZE}. Cancelled
    programmes are left out unless includeCancelled is true.
    """
    programmes(
      host: CountryCode
      competency: ID
      from: String
      to: String
      includeCancelled: Boolean = false
      first: Int = ${DEFAULT_PROGRAMMES_PAGE}
    ): [Programme!]! @listSize(slicingArguments: ["first"])
    "One programme by id, cancelled or not; null when there is none."
    programme(id: ID!): Programme
  }

  """
  The secretariat's programme management: every mutation needs a secretariat token
  (UNAUTHENTICATED without a token, FORBIDDEN with another role), refuses bad input with
  BAD_USER_INPUT naming each field at fault (extensions.problems lists them all), answers
  NOT_FOUND for an unknown programme and CONFLICT for a change a cancelled programme, a taken
  slot or a stale expectedVersion does not allow. Each change is recorded in Programme.changes.
  """
  type Mutation {
    "Creates a programme; its id is made from its start year and title."
    createProgramme(input: ProgrammeInput!): Programme! @cost(weight: ${WRITE_WEIGHT})
    """
    Changes the fields the patch gives (null clears workPlan, description or need); fields left out
    keep their value, so concurrent updates of different fields both hold. With expectedVersion,
    CONFLICT when the programme changed since that version.
    """
    updateProgramme(id: ID!, input: ProgrammePatch!, expectedVersion: Int): Programme!
      @cost(weight: ${WRITE_WEIGHT})
    "Cancels a programme: it stays readable, with status CANCELLED, cancelledAt and cancelReason."
    cancelProgramme(id: ID!, reason: String!): Programme! @cost(weight: ${WRITE_WEIGHT})
    "Engages an expert (a global id <CC>:<opaque> of a member state) in a role; CONFLICT when already so engaged."
    addEngagement(programmeId: ID!, expertId: ID!, role: EngagementRole!, topic: String): Programme!
      @cost(weight: ${WRITE_WEIGHT})
    "Ends an expert's engagement in a role; NOT_FOUND when there is no such engagement."
    removeEngagement(programmeId: ID!, expertId: ID!, role: EngagementRole!): Programme!
      @cost(weight: ${WRITE_WEIGHT})
  }

  """
  A new programme. title is ${TITLE_LENGTH.min}-${TITLE_LENGTH.max} characters; startDate and endDate are ISO dates
  (YYYY-MM-DD), start not after end; competencies are 1-${MAX_PROGRAMME_COMPETENCIES} ExpertiseArea ids; workPlan is at
  most ${MAX_WORK_PLAN_LENGTH} characters, description ${MAX_DESCRIPTION_LENGTH}.
  """
  input ProgrammeInput {
    title: String!
    kind: ProgrammeKind!
    host: CountryCode!
    startDate: String!
    endDate: String!
    workPlan: String
    competencies: [ID!]!
    description: String
    need: TrainingNeedInput
  }

  "Changes to a programme: the fields given, with the rules of ProgrammeInput; null clears an optional field."
  input ProgrammePatch {
    title: String
    kind: ProgrammeKind
    host: CountryCode
    startDate: String
    endDate: String
    workPlan: String
    competencies: [ID!]
    description: String
    need: TrainingNeedInput
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
    "At most ${MAX_ENGAGEMENTS}."
    engagements: [ProgrammeEngagement!]!
    "What the programme needs of its trainers; pass it as is to a trainer-matching query. Null on older programmes."
    need: TrainingNeed
    status: ProgrammeStatus!
    "ISO instant of the cancellation."
    cancelledAt: String
    "Why the programme was cancelled (at most ${MAX_CANCEL_REASON_LENGTH} characters)."
    cancelReason: String
    "Bumped by every change; pass it as updateProgramme's expectedVersion to refuse lost updates."
    version: Int!
    "Every change, newest first (the secretariat only: FORBIDDEN for other callers); first is at most ${MAX_PAGE_SIZE}."
    changes(first: Int = ${DEFAULT_PAGE_SIZE}): [ProgrammeChange!]! @listSize(slicingArguments: ["first"])
  }

  enum ProgrammeStatus {
    ACTIVE
    CANCELLED
  }

  enum ProgrammeAction {
    CREATED
    UPDATED
    CANCELLED
    ENGAGEMENT_ADDED
    ENGAGEMENT_REMOVED
  }

  "Who made a change: the subject and issuer of the verified token it was made with."
  type ChangeAuthor {
    subject: String!
    issuer: String!
  }

  "One recorded change of a programme."
  type ProgrammeChange {
    "ISO instant."
    at: String!
    by: ChangeAuthor!
    action: ProgrammeAction!
    "The programme's version after this change."
    version: Int!
    "The fields it changed."
    fields: [String!]!
    "What changed, in words."
    summary: String!
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
