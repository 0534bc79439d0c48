import type { LanguageLabels } from '../types';

/**
 * Tetum (Timor-Leste). Translations awaiting review by the Civil Service Commission
 * (Komisaun Funsaun Públika); where a source is named, it is the body or law that uses the term.
 */
export const TET_LABELS: LanguageLabels = {
  'talent-management': { label: 'Jestaun talentu', review: true },
  'succession-planning': { label: 'Planeamentu susesaun', review: true },
  'competency-assessment': { label: 'Kuadru no avaliasaun kompeténsia', review: true },
  'assessment-centres': { label: 'Sentru avaliasaun', review: true },
  'computer-assisted-testing': {
    label: 'Ezame ho komputador (CAT) no rekrutamentu',
    review: true,
  },
  'merit-system': { label: 'Sistema méritu', review: true },
  'job-evaluation-grading': { label: 'Avaliasaun no graduasaun knaar', review: true },
  'job-classification': { label: 'Klasifikasaun knaar', review: true },
  'compensation-benefits': { label: 'Estratéjia saláriu no benefísiu', review: true },
  'performance-management': { label: 'Jestaun dezempeñu', review: true },
  'hr-planning': {
    label: 'Planeamentu rekursu umanu no análize forsa traballu',
    review: true,
  },
  'learning-development': { label: 'Aprendizajen no dezenvolvimentu', review: true },
  'leadership-development': { label: 'Dezenvolvimentu lideransa', review: true },
  'coaching-mentoring': { label: 'Orientasaun no mentoria', review: true },
  'digital-government': { label: 'Governu dijitál', review: true },
  'e-government-services': { label: 'Servisu governu eletróniku', review: true },
  'data-governance': { label: 'Governasaun dadus', review: true },
  'public-service-innovation': { label: 'Inovasaun servisu públiku', review: true },
  'public-service-delivery': { label: 'Fornesimentu servisu públiku', review: true },
  'regulatory-reform': { label: 'Reforma regulamentár', review: true },
  'organisational-design': { label: 'Dezeñu organizasaun', review: true },
  'change-management': { label: 'Jestaun mudansa', review: true },
  'integrity-anti-corruption': {
    label: 'Integridade no kombate korrupsaun',
    synonyms: ['anti-korrupsaun'],
    source: 'Timor-Leste Komisaun Anti-Korrupsaun (CAC)',
    review: true,
  },
  'code-of-conduct-ethics': { label: 'Kódigu kondutas no étika', review: true },
  'civil-service-law': {
    label: 'Lei funsaun públika',
    source: 'Timor-Leste Lei 8/2004 (Estatuto da Função Pública)',
    review: true,
  },
  'public-policy-analysis': { label: 'Análize polítika públika', review: true },
  'strategic-planning': { label: 'Planeamentu estratéjiku', review: true },
  'public-finance-budgeting': { label: 'Finansas públikas no orsamentu', review: true },
  'gender-mainstreaming': { label: 'Integrasaun jéneru', review: true },
  'flexible-work': { label: 'Arranju servisu fleksivel', review: true },
  'employee-engagement': { label: 'Envolvimentu funsionáriu', review: true },
  'hr-information-systems': { label: 'Sistema informasaun rekursu umanu', review: true },
  'disaster-management': { label: 'Jestaun dezastre', review: true },
  'international-cooperation': { label: 'Kooperasaun internasionál', review: true },
};
