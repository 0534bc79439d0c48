/**
 * The canonical shape of one expert record as a member state holds it: what the demo generator
 * produces, what `npm run import` accepts and what `npm run export` writes. Derived search fields
 * and the database id live only in the country subgraph's store.
 */

/** A small regional band that national grades map to, so grades compare across countries. */
export const REGIONAL_BANDS = [
  'TOP_EXECUTIVE',
  'SENIOR_EXECUTIVE',
  'EXECUTIVE',
  'SENIOR_MANAGER',
] as const;
export type RegionalBand = (typeof REGIONAL_BANDS)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Cefr = (typeof CEFR_LEVELS)[number];

export const AVAILABILITY_STATUSES = ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

export const ENGAGEMENT_ROLES = ['TRAINER', 'SPEAKER', 'FACILITATOR', 'ADVISER'] as const;
export type EngagementRole = (typeof ENGAGEMENT_ROLES)[number];

/** Audiences a record can be released to; `OWN` (the record's own country) needs no consent. */
export const AUDIENCES = ['OWN', 'MEMBER', 'SECRETARIAT', 'PUBLIC'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type ConsentAudience = Exclude<Audience, 'OWN'>;
export const CONSENT_AUDIENCES: readonly ConsentAudience[] = ['MEMBER', 'SECRETARIAT', 'PUBLIC'];

/** Purposes a request may declare; `ANY` in a consent entry covers every purpose. */
export const PURPOSES = [
  'ANY',
  'TRAINER_SEARCH',
  'SUCCESSION_PLANNING',
  'RESEARCH',
  'DIRECTORY',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export interface PersonName {
  value: string;
  /** BCP 47 language tag, e.g. `th`, `vi`, `en`. */
  lang: string;
  /** ISO 15924 script code, e.g. `Thai`, `Latn`, `Khmr`. */
  script: string;
}

export interface NationalGrade {
  scheme: string;
  code: string;
}

export interface Position {
  title: string;
  grade: NationalGrade;
  band: RegionalBand;
  agency: string;
}

export interface ExpertiseEntry {
  /** An id from the ACCSM expertise vocabulary. */
  area: string;
  level: 1 | 2 | 3 | 4;
  years: number;
  escoUri?: string;
}

export interface LanguageSkill {
  tag: string;
  cefr: Cefr;
}

/** Dates are ISO calendar dates (`YYYY-MM-DD`), inclusive. */
export interface DateWindow {
  from: string;
  to: string;
}

export interface Availability {
  status: AvailabilityStatus;
  onsite: boolean;
  remote: boolean;
  windows: DateWindow[];
}

export interface Qualification {
  title: string;
  institution: string;
  year: number;
}

export interface Engagement {
  title: string;
  role: EngagementRole;
  year: number;
  hostCountry?: string;
}

export interface ConsentEntry {
  audience: ConsentAudience;
  purpose: Purpose;
  granted: boolean;
  noticeVersion: string;
  /** ISO timestamp of when the expert gave or withdrew this consent. */
  recordedAt: string;
}

export interface ExpertRecord {
  /** Optional global id (`<CC>:<opaque>`); kept on re-import so exports round-trip. */
  id?: string;
  /** The national agency's own reference; unique within a country; never shown outside it. */
  ref: string;
  names: PersonName[];
  displayName: string;
  position: Position;
  expertise: ExpertiseEntry[];
  languages: LanguageSkill[];
  availability: Availability;
  contact: { workEmail: string };
  qualifications: Qualification[];
  engagements: Engagement[];
  consent: ConsentEntry[];
}
