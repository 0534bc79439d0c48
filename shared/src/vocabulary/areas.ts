/**
 * The ACCSM expertise vocabulary. Ids are stable: records and programmes store them, so an id is
 * never reused or renamed; a label may be reworded. `escoUri` only where an ESCO concept fits.
 * The English label here is the canonical one; the other languages are in `labels/`
 * (docs/vocabulary.md).
 */
export interface ExpertiseArea {
  id: string;
  label: string;
  escoUri?: string;
}

const AREAS = [
  { id: 'talent-management', label: 'Talent management' },
  { id: 'succession-planning', label: 'Succession planning' },
  { id: 'competency-assessment', label: 'Competency framework and assessment' },
  { id: 'assessment-centres', label: 'Assessment centres' },
  { id: 'computer-assisted-testing', label: 'Computer-assisted testing (CAT) and recruitment' },
  { id: 'merit-system', label: 'Merit system' },
  { id: 'job-evaluation-grading', label: 'Job evaluation and grading' },
  { id: 'job-classification', label: 'Job classification' },
  { id: 'compensation-benefits', label: 'Compensation and benefit strategy' },
  { id: 'performance-management', label: 'Performance management' },
  { id: 'hr-planning', label: 'HR planning and workforce analytics' },
  { id: 'learning-development', label: 'Learning and development' },
  { id: 'leadership-development', label: 'Leadership development' },
  { id: 'coaching-mentoring', label: 'Coaching and mentoring' },
  { id: 'digital-government', label: 'Digital government' },
  { id: 'e-government-services', label: 'E-government services' },
  { id: 'data-governance', label: 'Data governance' },
  { id: 'public-service-innovation', label: 'Public service innovation' },
  { id: 'public-service-delivery', label: 'Public service delivery' },
  { id: 'regulatory-reform', label: 'Regulatory reform' },
  { id: 'organisational-design', label: 'Organisational design' },
  { id: 'change-management', label: 'Change management' },
  { id: 'integrity-anti-corruption', label: 'Integrity and anti-corruption' },
  { id: 'code-of-conduct-ethics', label: 'Code of conduct and ethics' },
  { id: 'civil-service-law', label: 'Civil-service law' },
  { id: 'public-policy-analysis', label: 'Public policy analysis' },
  { id: 'strategic-planning', label: 'Strategic planning' },
  { id: 'public-finance-budgeting', label: 'Public finance and budgeting' },
  { id: 'gender-mainstreaming', label: 'Gender mainstreaming' },
  { id: 'flexible-work', label: 'Flexible work arrangements' },
  { id: 'employee-engagement', label: 'Employee engagement' },
  { id: 'hr-information-systems', label: 'HR information systems' },
  { id: 'disaster-management', label: 'Disaster management' },
  { id: 'international-cooperation', label: 'International cooperation' },
] as const satisfies readonly ExpertiseArea[];

/** The id of one area; a label table keyed by it must name every area (labels/*.ts). */
export type ExpertiseAreaId = (typeof AREAS)[number]['id'];

export const EXPERTISE_AREAS: readonly ExpertiseArea[] = AREAS;

const byId = new Map(EXPERTISE_AREAS.map((a) => [a.id, a]));

export function findExpertiseArea(id: string): ExpertiseArea | undefined {
  return byId.get(id);
}

export function isExpertiseAreaId(id: string): id is ExpertiseAreaId {
  return byId.has(id);
}
