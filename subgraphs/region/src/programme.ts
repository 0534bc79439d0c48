import { EngagementRole } from '@expertpool/shared';

export const PROGRAMME_KINDS = [
  'WORKSHOP',
  'SEMINAR',
  'MEETING',
  'CERTIFICATION',
  'TRAINING',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** An expert's part in a programme. The expert is named only by global id (`<CC>:<opaque>`). */
export interface EngagementDoc {
  role: EngagementRole;
  expertId: string;
  topic?: string;
}

/** One ACCSM work-plan activity as the `programmes` collection stores it. */
export interface ProgrammeDoc {
  _id: string;
  title: string;
  kind: ProgrammeKind;
  /** Country code of the host. */
  host: string;
  /** ISO dates, inclusive; string order is date order. */
  startDate: string;
  endDate: string;
  workPlan?: string;
  /** Ids from the ACCSM expertise vocabulary. */
  competencies: string[];
  description?: string;
  engagements: EngagementDoc[];
}

/** Programmes a query returns when it gives no `first`: the schema's default. */
export const DEFAULT_PROGRAMMES_PAGE = 50;

/** A validated programmes query: every field already checked by the resolver. */
export interface ProgrammeQuery {
  host?: string;
  competency?: string;
  from?: string;
  to?: string;
  first: number;
}
