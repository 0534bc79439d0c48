import {
  COUNTRIES,
  type Engagement,
  ENGAGEMENT_ROLES,
  type ExpertiseEntry,
  type Qualification,
} from '@expertpool/shared';
import type { Rng } from './random';
import { REGIONAL_UNIVERSITIES } from './profiles/common';

const BACHELORS = [
  'Bachelor of Public Administration',
  'Bachelor of Laws',
  'Bachelor of Economics',
  'Bachelor of Arts in Political Science',
  'Bachelor of Engineering',
  'Bachelor of Science in Psychology',
  'Bachelor of Science in Computer Science',
];
const MASTERS = [
  'Master of Public Administration',
  'Master of Public Policy',
  'Master of Business Administration',
  'Master of Science in Human Resource Management',
  'Master of Economics',
  'Master of Science in Information Systems',
  'Master of Laws',
];
const DOCTORATES = [
  'Doctor of Philosophy in Public Administration',
  'Doctor of Philosophy in Management',
  'Doctor of Philosophy in Public Policy',
];

const LADDER = [BACHELORS, MASTERS, DOCTORATES];

const DEGREE_COUNTS: readonly (readonly [number, number])[] = [
  [0, 0.08],
  [1, 0.3],
  [2, 0.45],
  [3, 0.17],
];

/** Degrees in the order they are earned, each a plausible number of years after the last. */
export function makeQualifications(rng: Rng, universities: readonly string[]): Qualification[] {
  const count = rng.weighted(DEGREE_COUNTS);
  const out: Qualification[] = [];
  let year = rng.int(1986, 2008);
  for (let step = 0; step < count; step++) {
    if (step > 0) year = Math.min(year + rng.int(2, 10), 2025);
    // Graduate degrees are more often taken abroad in the region than first degrees.
    const abroad = rng.chance(step === 0 ? 0.05 : 0.3);
    out.push({
      title: rng.pick(LADDER[step]),
      institution: rng.pick(abroad ? REGIONAL_UNIVERSITIES : universities),
      year,
    });
  }
  return out;
}

/** ACCSM-type activities, each tagged with the expertise area it draws on. */
const ACTIVITIES: readonly (readonly [title: string, area: string])[] = [
  ['ACCSM Workshop on Talent Management for Senior Executive Service', 'talent-management'],
  ['ACCSM+3 Workshop on Succession Planning for Strategic Posts', 'succession-planning'],
  ['Workshop on the Model of Civil Service Competence in the Digital Era', 'competency-assessment'],
  ['Workshop on Civil Service Competence Certification', 'assessment-centres'],
  ['ACCSM Training on Computer-Assisted Testing for Recruitment', 'computer-assisted-testing'],
  ['Regional Seminar on the Merit System in the Civil Service', 'merit-system'],
  ['Seminar on Job Evaluation, Grading System and Job Classification', 'job-evaluation-grading'],
  ['ACCSM+3 Seminar on Compensation and Benefit Strategy', 'compensation-benefits'],
  ['Regional Forum on Performance Management in the Public Sector', 'performance-management'],
  ['Regional Workshop on HR Planning and Workforce Analytics', 'hr-planning'],
  ['Training of Trainers on Leadership Development', 'leadership-development'],
  ['ACCSM+3 Forum on Digital Government Transformation', 'digital-government'],
  ['ASEAN Resource Centre Workshop on Public Service Innovation', 'public-service-innovation'],
  ['Workshop on Integrity and Anti-Corruption in the Civil Service', 'integrity-anti-corruption'],
  ['Seminar on Flexible Work Arrangements and Work-from-Home Technology', 'flexible-work'],
  ['Workshop on Gender Mainstreaming in Public Service Leadership', 'gender-mainstreaming'],
];

const ACTIVITIES_BY_AREA = new Map<string, string[]>();
for (const [title, area] of ACTIVITIES) {
  ACTIVITIES_BY_AREA.set(area, [...(ACTIVITIES_BY_AREA.get(area) ?? []), title]);
}

const ENGAGEMENT_COUNTS: readonly (readonly [number, number])[] = [
  [0, 0.3],
  [1, 0.35],
  [2, 0.22],
  [3, 0.13],
];

/** Member states by year, so no activity is hosted by a state that had not yet joined. */
const HOSTS_BY_YEAR = new Map<number, string[]>();
function hostsIn(year: number): string[] {
  let hosts = HOSTS_BY_YEAR.get(year);
  if (!hosts) {
    hosts = COUNTRIES.filter(
      (c) => c.membership === 'MEMBER' && Number(c.memberSince.slice(0, 4)) <= year,
    ).map((c) => c.code);
    HOSTS_BY_YEAR.set(year, hosts);
  }
  return hosts;
}

/** Engagements favour the expert's own areas: people are invited to teach what they know. */
export function makeEngagements(rng: Rng, expertise: readonly ExpertiseEntry[]): Engagement[] {
  const own = expertise.flatMap((e) => ACTIVITIES_BY_AREA.get(e.area) ?? []);
  const out: Engagement[] = [];
  for (let i = rng.weighted(ENGAGEMENT_COUNTS); i > 0; i--) {
    const title = own.length > 0 && rng.chance(0.7) ? rng.pick(own) : rng.pick(ACTIVITIES)[0];
    const year = rng.int(2015, 2026);
    const engagement: Engagement = { title, role: rng.pick(ENGAGEMENT_ROLES), year };
    if (rng.chance(0.85)) engagement.hostCountry = rng.pick(hostsIn(year));
    if (!out.some((e) => e.title === title && e.year === year)) out.push(engagement);
  }
  return out.sort(
    (a, b) => a.year - b.year || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}
