import { EngagementRole } from '@expertpool/shared';
import { ProgrammeDoc } from '../programme';

/** A trainer or speaker slot; seed.ts fills it with a demo expert of `country`. */
export interface TrainerSlot {
  country: string;
  role: EngagementRole;
  topic: string;
}

/** A programme as stored, but with trainer slots instead of resolved engagements. */
export interface ProgrammeSeed extends Omit<ProgrammeDoc, '_id' | 'engagements' | 'description'> {
  id: string;
  description: string;
  trainers: TrainerSlot[];
}

const SYNTHETIC_PEOPLE = 'The experts named as trainers and speakers are synthetic demo records.';

/**
 * The demo programmes. The first four are real ACCSM work-plan activities (DATA-NOTES); where a
 * fact is not on record (a host, exact dates) the description says it was chosen for the demo.
 * The rest are invented future activities and say so.
 */
export const PROGRAMME_SEEDS: readonly ProgrammeSeed[] = [
  {
    id: 'accsm-2017-talent-management-ses',
    title: 'ACCSM Workshop on Talent Management for Senior Executive Service',
    kind: 'WORKSHOP',
    host: 'ID',
    startDate: '2017-08-01',
    endDate: '2017-08-04',
    workPlan: 'ACCSM+3 Work Plan 2016–2020',
    competencies: [
      'talent-management',
      'succession-planning',
      'leadership-development',
      'computer-assisted-testing',
    ],
    description:
      'Held in Bogor, Indonesia; 8 of the 10 member states of the time attended. Korea and Singapore spoke on ' +
      'recruiting the best graduates into the civil service. BKN proposed here an Expert Pool of senior officials: ' +
      `a reference for finding an expert working in an ASEAN bureaucracy, e.g. as a trainer for a competency. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      {
        country: 'ID',
        role: 'TRAINER',
        topic: 'Talent-management mapping for senior executive (JPT) posts',
      },
      {
        country: 'SG',
        role: 'SPEAKER',
        topic: 'Recruiting the best graduates into the civil service',
      },
      { country: 'MY', role: 'FACILITATOR', topic: 'Succession planning for strategic posts' },
    ],
  },
  {
    id: 'accsm-2022-21st-accsm-6th-plus3',
    title: '21st ACCSM and 6th ACCSM+3 Meeting',
    kind: 'MEETING',
    host: 'VN',
    startDate: '2022-08-03',
    endDate: '2022-08-05',
    workPlan: 'ACCSM+3 Work Plan 2021–2025',
    competencies: [
      'international-cooperation',
      'digital-government',
      'performance-management',
      'talent-management',
    ],
    description:
      'Held in Hanoi, Viet Nam, on the theme "Modernizing Civil Service toward a Cohesive and Responsive ASEAN ' +
      'Community". Work-plan items named there include the Model of Civil Service Competence in the Digital Era and ' +
      'the Seminar on Compensation and Benefit Strategy; Indonesia raised HR-development monitoring tools, ' +
      `talent-management mapping, performance measurement and work-from-home technology. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      {
        country: 'VN',
        role: 'SPEAKER',
        topic: 'Modernizing the civil service toward a cohesive and responsive ASEAN Community',
      },
      {
        country: 'ID',
        role: 'SPEAKER',
        topic: 'HR-development monitoring tools and talent-management mapping',
      },
      { country: 'TH', role: 'SPEAKER', topic: 'Measuring performance in the civil service' },
      { country: 'PH', role: 'ADVISER', topic: 'Technology for working from home' },
    ],
  },
  {
    id: 'accsm3-2023-competence-digital-era',
    title:
      'Development of the Model of Civil Service Competence in the Digital Era, with Civil Service Competence Certification (Position-Based)',
    kind: 'CERTIFICATION',
    host: 'VN',
    startDate: '2023-10-10',
    endDate: '2023-10-12',
    workPlan: 'ACCSM+3 Work Plan 2021–2025',
    competencies: [
      'competency-assessment',
      'digital-government',
      'assessment-centres',
      'learning-development',
    ],
    description:
      'Hybrid (on site and online), 2023: the competence model for the digital era merged with position-based ' +
      'competence certification, as agreed at the 21st ACCSM. The host country and exact dates are chosen for the ' +
      `demo, not confirmed. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      {
        country: 'VN',
        role: 'TRAINER',
        topic: 'A civil-service competence model for the digital era',
      },
      { country: 'SG', role: 'TRAINER', topic: 'Digital competencies of public officers' },
      { country: 'PH', role: 'TRAINER', topic: 'Position-based competence certification' },
      {
        country: 'LA',
        role: 'FACILITATOR',
        topic: 'Adapting competence models to national grade systems',
      },
    ],
  },
  {
    id: 'accsm3-seminar-compensation-benefit',
    title:
      'Seminar on Compensation and Benefit Strategy (with Job Evaluation / Grading System and Job Classification)',
    kind: 'SEMINAR',
    host: 'MY',
    startDate: '2024-07-16',
    endDate: '2024-07-18',
    workPlan: 'ACCSM+3 Work Plan 2021–2025',
    competencies: ['compensation-benefits', 'job-evaluation-grading', 'job-classification'],
    description:
      'A work-plan item of the ACCSM+3 Work Plan 2021–2025, covering compensation and benefit strategy together ' +
      'with job evaluation, grading systems and job classification. The host country (Malaysia) and the dates are ' +
      `plausible choices for the demo, not confirmed. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      {
        country: 'MY',
        role: 'TRAINER',
        topic: 'Designing a public-sector compensation and benefit strategy',
      },
      { country: 'BN', role: 'TRAINER', topic: 'Job evaluation and grading systems' },
      { country: 'KH', role: 'SPEAKER', topic: 'Job classification reform' },
    ],
  },
  {
    id: 'demo-2026-succession-planning',
    title: 'Regional Workshop on Succession Planning for Strategic Posts',
    kind: 'WORKSHOP',
    host: 'PH',
    startDate: '2026-03-10',
    endDate: '2026-03-12',
    competencies: ['succession-planning', 'talent-management', 'hr-planning', 'coaching-mentoring'],
    description: `Demo programme, not an ACCSM activity: a future workshop invented to show the Expert Pool at work. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      { country: 'PH', role: 'TRAINER', topic: 'Career executive succession pipelines' },
      { country: 'ID', role: 'TRAINER', topic: 'Talent pools for senior executive posts' },
      { country: 'MM', role: 'SPEAKER', topic: 'Workforce planning for leadership posts' },
      { country: 'TH', role: 'FACILITATOR', topic: 'Coaching successors' },
    ],
  },
  {
    id: 'demo-2026-tl-merit-orientation',
    title: 'Merit System and Civil-Service Law Orientation for Timor-Leste',
    kind: 'TRAINING',
    host: 'TL',
    startDate: '2026-09-14',
    endDate: '2026-09-18',
    competencies: [
      'merit-system',
      'civil-service-law',
      'computer-assisted-testing',
      'code-of-conduct-ethics',
    ],
    description: `Demo programme, not an ACCSM activity: an invented training welcoming ASEAN's newest member state. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      {
        country: 'ID',
        role: 'TRAINER',
        topic: 'Computer-assisted testing in merit-based recruitment',
      },
      { country: 'KH', role: 'TRAINER', topic: 'Civil-service law and codes of conduct' },
      { country: 'MY', role: 'TRAINER', topic: 'Merit-based promotion' },
      { country: 'TL', role: 'FACILITATOR', topic: 'The Timor-Leste civil service today' },
    ],
  },
  {
    id: 'demo-2027-hris-workforce-analytics',
    title: 'Seminar on HR Information Systems and Workforce Analytics',
    kind: 'SEMINAR',
    host: 'SG',
    startDate: '2027-05-18',
    endDate: '2027-05-20',
    competencies: ['hr-information-systems', 'hr-planning', 'data-governance'],
    description: `Demo programme, not an ACCSM activity: an invented future seminar. ${SYNTHETIC_PEOPLE}`,
    trainers: [
      { country: 'SG', role: 'SPEAKER', topic: 'Workforce analytics for civil-service planning' },
      { country: 'VN', role: 'SPEAKER', topic: 'Building a national HR information system' },
      { country: 'BN', role: 'FACILITATOR', topic: 'Governing personnel data' },
    ],
  },
];
