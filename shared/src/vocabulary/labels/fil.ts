import type { LanguageLabels } from '../types';

/**
 * Filipino. The Philippine civil service works mostly in English, so these translations await
 * review by the Civil Service Commission; where a source is named, it is the Philippine act or
 * programme the term comes from, and its acronym is a synonym.
 */
export const FIL_LABELS: LanguageLabels = {
  'talent-management': { label: 'Pamamahala ng talento', review: true },
  'succession-planning': { label: 'Pagpaplano ng paghalili', review: true },
  'competency-assessment': { label: 'Balangkas at pagtatasa ng kakayahan', review: true },
  'assessment-centres': { label: 'Mga sentro ng pagtatasa', review: true },
  'computer-assisted-testing': {
    label: 'Pagsusulit sa tulong ng kompyuter (CAT) at pangangalap',
    review: true,
  },
  'merit-system': {
    label: 'Sistema ng merito',
    synonyms: ['PRIME-HRM'],
    source:
      'Philippines CSC PRIME-HRM (Program to Institutionalize Meritocracy and Excellence in HRM)',
    review: true,
  },
  'job-evaluation-grading': { label: 'Pagtatasa at pagraranggo ng trabaho', review: true },
  'job-classification': { label: 'Klasipikasyon ng posisyon', review: true },
  'compensation-benefits': { label: 'Estratehiya sa kompensasyon at benepisyo', review: true },
  'performance-management': {
    label: 'Pamamahala ng pagganap',
    synonyms: ['SPMS'],
    source: 'Philippines CSC Strategic Performance Management System (SPMS)',
    review: true,
  },
  'hr-planning': {
    label: 'Pagpaplano ng yamang-tao at pagsusuri ng lakas-paggawa',
    review: true,
  },
  'learning-development': { label: 'Pagkatuto at pag-unlad', review: true },
  'leadership-development': { label: 'Pagpapaunlad ng pamumuno', review: true },
  'coaching-mentoring': { label: 'Pagtuturo at paggabay', review: true },
  'digital-government': { label: 'Digital na pamahalaan', review: true },
  'e-government-services': { label: 'Mga serbisyong e-gobyerno', review: true },
  'data-governance': { label: 'Pamamahala ng datos', review: true },
  'public-service-innovation': { label: 'Inobasyon sa serbisyo publiko', review: true },
  'public-service-delivery': { label: 'Paghahatid ng serbisyo publiko', review: true },
  'regulatory-reform': { label: 'Reporma sa regulasyon', review: true },
  'organisational-design': { label: 'Disenyo ng organisasyon', review: true },
  'change-management': { label: 'Pamamahala ng pagbabago', review: true },
  'integrity-anti-corruption': {
    label: 'Integridad at laban sa katiwalian',
    synonyms: ['kontra-katiwalian'],
    review: true,
  },
  'code-of-conduct-ethics': {
    label: 'Kodigo ng pag-uugali at etika',
    synonyms: ['RA 6713'],
    source:
      'Philippines RA 6713 (Code of Conduct and Ethical Standards for Public Officials and Employees)',
    review: true,
  },
  'civil-service-law': {
    label: 'Batas sa serbisyo sibil',
    source: 'Philippines Administrative Code of 1987, Book V (Civil Service Commission)',
    review: true,
  },
  'public-policy-analysis': { label: 'Pagsusuri ng pampublikong patakaran', review: true },
  'strategic-planning': { label: 'Estratehikong pagpaplano', review: true },
  'public-finance-budgeting': { label: 'Pampublikong pananalapi at pagbabadyet', review: true },
  'gender-mainstreaming': {
    label: 'Paglalapat ng pananaw pangkasarian',
    synonyms: ['Gender and Development'],
    source: 'Philippines Magna Carta of Women (RA 9710)',
    review: true,
  },
  'flexible-work': {
    label: 'Flexible na kaayusan sa trabaho',
    synonyms: ['telecommuting'],
    source: 'Philippines Telecommuting Act (RA 11165)',
    review: true,
  },
  'employee-engagement': { label: 'Pakikilahok ng mga kawani', review: true },
  'hr-information-systems': { label: 'Mga sistema ng impormasyon sa yamang-tao', review: true },
  'disaster-management': {
    label: 'Pamamahala sa sakuna',
    synonyms: ['pagbabawas ng panganib sa sakuna', 'NDRRMC'],
    source: 'Philippines RA 10121 (Philippine Disaster Risk Reduction and Management Act)',
    review: true,
  },
  'international-cooperation': { label: 'Pandaigdigang pakikipagtulungan', review: true },
};
