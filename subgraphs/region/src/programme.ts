import { EngagementRole, TrainingNeed } from '@expertpool/shared';

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
  /** What the programme needs of its trainers; programmes made before needs existed have none. */
  need?: TrainingNeed;
  /** Absent on programmes seeded before cancellation existed: they are ACTIVE. */
  status?: ProgrammeStatus;
  cancelledAt?: Date;
  cancelReason?: string;
  /**
   * Bumped by every change. A change first claims the next version in `programme_changes`
   * (change-log.ts), so only one writer moves a programme from one version to the next.
   * Absent: 0 (programmes seeded before versions existed).
   */
  version?: number;
}

export const PROGRAMME_STATUSES = ['ACTIVE', 'CANCELLED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PROGRAMME_ACTIONS = [
  'CREATED',
  'UPDATED',
  'CANCELLED',
  'ENGAGEMENT_ADDED',
  'ENGAGEMENT_REMOVED',
] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];

/** Who made a change: the verified token's subject and issuer (docs/ARCHITECTURE.md §6.2). */
export interface ChangeAuthor {
  subject: string;
  issuer: string;
}

/** What a change says about itself: when, who, what kind, and in words. */
export interface ChangeRecord {
  at: Date;
  by: ChangeAuthor;
  action: ProgrammeAction;
  /** Names of the fields it changed. */
  fields: string[];
  /** What changed, in words (e.g. `title: "A" → "B"`). */
  summary: string;
}

/** The fields a change sets and removes, exactly as its update applies them. */
export interface ProgrammeEdit {
  set: Partial<Omit<ProgrammeDoc, '_id' | 'version'>>;
  unset: (keyof ProgrammeDoc)[];
}

/** One change of a programme as `programme_changes` stores it. */
export interface ProgrammeChangeDoc extends ChangeRecord {
  /** `<programme id>#<version>`: unique, so two writers cannot both claim one version. */
  _id: string;
  programmeId: string;
  /** The programme's version this change produces. */
  version: number;
  edit: ProgrammeEdit;
}

/** Programmes a query returns when it gives no `first`: the schema's default. */
export const DEFAULT_PROGRAMMES_PAGE = 50;

/** A validated programmes query: every field already checked by the resolver. */
export interface ProgrammeQuery {
  host?: string;
  competency?: string;
  from?: string;
  to?: string;
  /** Cancelled programmes are left out unless asked for. */
  includeCancelled: boolean;
  first: number;
}
