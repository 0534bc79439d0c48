/** The GraphQL documents the programme CLI sends: what it prints is what these select. */

const NEED = `need { competencies { area minLevel } languages { tag minCefr } from to mode includeCountries excludeCountries }`;

export const PROGRAMME_FIELDS = `id title kind host { code } startDate endDate workPlan description
  competencies { id } ${NEED} status cancelledAt cancelReason version
  engagements { role expertId topic }`;

const CHANGES = 'changes(first: 100) { at by { subject issuer } action version fields summary }';

export const LIST = `query ProgrammeCliList($host: CountryCode, $competency: ID, $from: String, $to: String,
  $includeCancelled: Boolean, $first: Int) {
  programmes(host: $host, competency: $competency, from: $from, to: $to,
    includeCancelled: $includeCancelled, first: $first) {
    id title kind host { code } startDate endDate status version
  }
}`;

export const show = (withChanges: boolean) => `query ProgrammeCliShow($id: ID!) {
  programme(id: $id) { ${PROGRAMME_FIELDS} ${withChanges ? CHANGES : ''} }
}`;

export const CREATE = `mutation ProgrammeCliCreate($input: ProgrammeInput!) {
  createProgramme(input: $input) { ${PROGRAMME_FIELDS} }
}`;

export const UPDATE = `mutation ProgrammeCliUpdate($id: ID!, $input: ProgrammePatch!, $expectedVersion: Int) {
  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PROGRAMME_FIELDS} }
}`;

export const CANCEL = `mutation ProgrammeCliCancel($id: ID!, $reason: String!) {
  cancelProgramme(id: $id, reason: $reason) { ${PROGRAMME_FIELDS} }
}`;

export const ENGAGE = `mutation ProgrammeCliEngage($id: ID!, $expertId: ID!, $role: EngagementRole!, $topic: String) {
  addEngagement(programmeId: $id, expertId: $expertId, role: $role, topic: $topic) { ${PROGRAMME_FIELDS} }
}`;

export const DISENGAGE = `mutation ProgrammeCliDisengage($id: ID!, $expertId: ID!, $role: EngagementRole!) {
  removeEngagement(programmeId: $id, expertId: $expertId, role: $role) { ${PROGRAMME_FIELDS} }
}`;
