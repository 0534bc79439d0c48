import gql from 'graphql-tag';

/** What a steward writes: an expert as the national agency sends it, and consent entries. */
export const expertInputTypeDefs = gql`
  input PersonNameInput {
    value: String!
    lang: String!
    script: String!
  }
  input NationalGradeInput {
    scheme: String!
    code: String!
  }
  input PositionInput {
    title: String!
    grade: NationalGradeInput!
    band: RegionalBand!
    agency: String!
  }
  input ExpertiseInput {
    area: ID!
    level: Int!
    years: Int!
    escoUri: String
  }
  input LanguageSkillInput {
    tag: String!
    cefr: Cefr!
  }
  input DateWindowInput {
    from: String!
    to: String!
  }
  input AvailabilityInput {
    status: AvailabilityStatus!
    onsite: Boolean!
    remote: Boolean!
    windows: [DateWindowInput!]!
  }
  input ContactInput {
    workEmail: String!
  }
  input QualificationInput {
    title: String!
    institution: String!
    year: Int!
  }
  input EngagementInput {
    title: String!
    role: EngagementRole!
    year: Int!
    hostCountry: CountryCode
  }

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
