import type { LanguageLabels } from '../types';

/**
 * Khmer. Translations awaiting review by the Ministry of Civil Service (ក្រសួងមុខងារសាធារណៈ);
 * where a source is named, it is the body whose name carries the term.
 */
export const KM_LABELS: LanguageLabels = {
  'talent-management': { label: 'ការគ្រប់គ្រងទេពកោសល្យ', review: true },
  'succession-planning': { label: 'ផែនការស្នងតំណែង', review: true },
  'competency-assessment': { label: 'ក្របខណ្ឌសមត្ថភាព និងការវាយតម្លៃសមត្ថភាព', review: true },
  'assessment-centres': { label: 'មជ្ឈមណ្ឌលវាយតម្លៃ', review: true },
  'computer-assisted-testing': {
    label: 'ការប្រឡងដោយប្រើកុំព្យូទ័រ (CAT) និងការជ្រើសរើស',
    review: true,
  },
  'merit-system': { label: 'ប្រព័ន្ធផ្អែកលើគុណសម្បត្តិ', review: true },
  'job-evaluation-grading': { label: 'ការវាយតម្លៃការងារ និងការចាត់ថ្នាក់', review: true },
  'job-classification': { label: 'ការចាត់ប្រភេទការងារ', review: true },
  'compensation-benefits': { label: 'យុទ្ធសាស្ត្រប្រាក់បៀវត្ស និងអត្ថប្រយោជន៍', review: true },
  'performance-management': { label: 'ការគ្រប់គ្រងលទ្ធផលការងារ', review: true },
  'hr-planning': { label: 'ផែនការធនធានមនុស្ស និងការវិភាគកម្លាំងពលកម្ម', review: true },
  'learning-development': { label: 'ការរៀនសូត្រ និងការអភិវឌ្ឍ', review: true },
  'leadership-development': { label: 'ការអភិវឌ្ឍភាពជាអ្នកដឹកនាំ', review: true },
  'coaching-mentoring': { label: 'ការបង្វឹក និងការណែនាំ', review: true },
  'digital-government': { label: 'រដ្ឋាភិបាលឌីជីថល', review: true },
  'e-government-services': { label: 'សេវារដ្ឋាភិបាលអេឡិចត្រូនិក', review: true },
  'data-governance': { label: 'អភិបាលកិច្ចទិន្នន័យ', review: true },
  'public-service-innovation': { label: 'នវានុវត្តន៍សេវាសាធារណៈ', review: true },
  'public-service-delivery': { label: 'ការផ្តល់សេវាសាធារណៈ', review: true },
  'regulatory-reform': { label: 'កំណែទម្រង់បទប្បញ្ញត្តិ', review: true },
  'organisational-design': { label: 'ការរៀបចំរចនាសម្ព័ន្ធស្ថាប័ន', review: true },
  'change-management': { label: 'ការគ្រប់គ្រងការផ្លាស់ប្តូរ', review: true },
  'integrity-anti-corruption': {
    label: 'សុចរិតភាព និងការប្រឆាំងអំពើពុករលួយ',
    synonyms: ['ការប្រឆាំងអំពើពុករលួយ'],
    source: 'Cambodia Anti-Corruption Unit (អង្គភាពប្រឆាំងអំពើពុករលួយ)',
    review: true,
  },
  'code-of-conduct-ethics': { label: 'ក្រមប្រតិបត្តិ និងសីលធម៌', review: true },
  'civil-service-law': {
    label: 'ច្បាប់ស្តីពីសហលក្ខន្តិកៈមន្ត្រីរាជការស៊ីវិល',
    source: 'Cambodia Law on the Common Statute of Civil Servants (1994)',
    review: true,
  },
  'public-policy-analysis': { label: 'ការវិភាគគោលនយោបាយសាធារណៈ', review: true },
  'strategic-planning': { label: 'ផែនការយុទ្ធសាស្ត្រ', review: true },
  'public-finance-budgeting': { label: 'ហិរញ្ញវត្ថុសាធារណៈ និងថវិកា', review: true },
  'gender-mainstreaming': { label: 'ការបញ្ជ្រាបយេនឌ័រ', review: true },
  'flexible-work': { label: 'ការរៀបចំការងារដែលមានភាពបត់បែន', review: true },
  'employee-engagement': { label: 'ការចូលរួមរបស់បុគ្គលិក', review: true },
  'hr-information-systems': { label: 'ប្រព័ន្ធព័ត៌មានធនធានមនុស្ស', review: true },
  'disaster-management': {
    label: 'ការគ្រប់គ្រងគ្រោះមហន្តរាយ',
    source: 'Cambodia NCDM (គណៈកម្មាធិការជាតិគ្រប់គ្រងគ្រោះមហន្តរាយ)',
    review: true,
  },
  'international-cooperation': { label: 'កិច្ចសហប្រតិបត្តិការអន្តរជាតិ', review: true },
};
