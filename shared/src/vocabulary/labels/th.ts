import type { LanguageLabels } from '../types';

/** Thai. Sources are the Thai agencies and acts that use the term. */
const OCSC = 'Thailand OCSC (สำนักงาน ก.พ.)';
const CIVIL_SERVICE_ACT = 'Thailand Civil Service Act B.E. 2551 (พ.ร.บ.ระเบียบข้าราชการพลเรือน)';

export const TH_LABELS: LanguageLabels = {
  'talent-management': {
    label: 'การบริหารจัดการคนเก่ง',
    synonyms: ['ระบบข้าราชการผู้มีผลสัมฤทธิ์สูง', 'HiPPS'],
    review: true,
  },
  'succession-planning': { label: 'การวางแผนสืบทอดตำแหน่ง', review: true },
  'competency-assessment': {
    label: 'กรอบสมรรถนะและการประเมินสมรรถนะ',
    synonyms: ['การประเมินสมรรถนะ', 'สมรรถนะหลัก'],
    review: true,
  },
  'assessment-centres': { label: 'ศูนย์ประเมินสมรรถนะ', review: true },
  'computer-assisted-testing': {
    label: 'การสอบด้วยระบบคอมพิวเตอร์และการสรรหา',
    synonyms: ['การสอบ ก.พ.', 'e-Exam'],
    review: true,
  },
  'merit-system': { label: 'ระบบคุณธรรม', source: CIVIL_SERVICE_ACT },
  'job-evaluation-grading': {
    label: 'การประเมินค่างานและการจัดระดับตำแหน่ง',
    synonyms: ['การประเมินค่างาน'],
    source: OCSC,
    review: true,
  },
  'job-classification': {
    label: 'การจำแนกตำแหน่ง',
    synonyms: ['การจัดประเภทตำแหน่ง', 'มาตรฐานกำหนดตำแหน่ง'],
    review: true,
  },
  'compensation-benefits': {
    label: 'ค่าตอบแทนและสวัสดิการ',
    synonyms: ['เงินเดือนและค่าตอบแทน'],
    review: true,
  },
  'performance-management': {
    label: 'การบริหารผลการปฏิบัติงาน',
    synonyms: ['การบริหารผลงาน', 'การประเมินผลการปฏิบัติราชการ'],
    source: OCSC,
  },
  'hr-planning': {
    label: 'การวางแผนกำลังคนและการวิเคราะห์ข้อมูลกำลังคน',
    synonyms: ['การวางแผนกำลังคน', 'การวางแผนทรัพยากรบุคคล'],
    source: OCSC,
    review: true,
  },
  'learning-development': {
    label: 'การเรียนรู้และพัฒนา',
    synonyms: ['การพัฒนาทรัพยากรบุคคล', 'การฝึกอบรม'],
    review: true,
  },
  'leadership-development': {
    label: 'การพัฒนาผู้นำ',
    synonyms: ['การพัฒนาภาวะผู้นำ', 'หลักสูตรนักบริหารระดับสูง'],
    review: true,
  },
  'coaching-mentoring': {
    label: 'การสอนงานและการเป็นพี่เลี้ยง',
    synonyms: ['การโค้ช', 'ระบบพี่เลี้ยง'],
    review: true,
  },
  'digital-government': {
    label: 'รัฐบาลดิจิทัล',
    synonyms: ['การเปลี่ยนผ่านสู่ดิจิทัล', 'การปฏิรูปดิจิทัลภาครัฐ'],
    source: 'Thailand DGA (สำนักงานพัฒนารัฐบาลดิจิทัล)',
  },
  'e-government-services': {
    label: 'บริการภาครัฐอิเล็กทรอนิกส์',
    synonyms: ['รัฐบาลอิเล็กทรอนิกส์', 'บริการออนไลน์ภาครัฐ'],
    review: true,
  },
  'data-governance': {
    label: 'ธรรมาภิบาลข้อมูล',
    synonyms: ['ธรรมาภิบาลข้อมูลภาครัฐ', 'ข้อมูลเปิดภาครัฐ'],
    source: 'Thailand DGA (กรอบธรรมาภิบาลข้อมูลภาครัฐ)',
  },
  'public-service-innovation': {
    label: 'นวัตกรรมการบริการภาครัฐ',
    synonyms: ['นวัตกรรมภาครัฐ'],
    review: true,
  },
  'public-service-delivery': {
    label: 'การให้บริการภาครัฐ',
    synonyms: ['การให้บริการประชาชน'],
    review: true,
  },
  'regulatory-reform': {
    label: 'การปฏิรูปกฎหมายและกฎระเบียบ',
    synonyms: ['การประเมินผลกระทบจากกฎหมาย'],
    review: true,
  },
  'organisational-design': {
    label: 'การออกแบบโครงสร้างองค์กร',
    synonyms: ['การปรับโครงสร้างองค์กร'],
    review: true,
  },
  'change-management': { label: 'การบริหารการเปลี่ยนแปลง', review: true },
  'integrity-anti-corruption': {
    label: 'ความซื่อสัตย์สุจริตและการต่อต้านการทุจริต',
    synonyms: ['การป้องกันและปราบปรามการทุจริต', 'การประเมินคุณธรรมและความโปร่งใส', 'ITA'],
    source: 'Thailand NACC (สำนักงาน ป.ป.ช.)',
    review: true,
  },
  'code-of-conduct-ethics': {
    label: 'ประมวลจริยธรรมและจรรยาบรรณ',
    synonyms: ['ประมวลจริยธรรมข้าราชการพลเรือน', 'มาตรฐานทางจริยธรรม'],
    source: 'Thailand Act on Ethical Standards B.E. 2562 (พ.ร.บ.มาตรฐานทางจริยธรรม)',
  },
  'civil-service-law': {
    label: 'กฎหมายว่าด้วยระเบียบข้าราชการพลเรือน',
    synonyms: ['พ.ร.บ.ระเบียบข้าราชการพลเรือน'],
    source: CIVIL_SERVICE_ACT,
  },
  'public-policy-analysis': { label: 'การวิเคราะห์นโยบายสาธารณะ', review: true },
  'strategic-planning': {
    label: 'การวางแผนยุทธศาสตร์',
    synonyms: ['แผนยุทธศาสตร์', 'การวางแผนเชิงกลยุทธ์'],
    review: true,
  },
  'public-finance-budgeting': {
    label: 'การคลังสาธารณะและงบประมาณ',
    synonyms: ['การจัดทำงบประมาณ', 'งบประมาณแผ่นดิน'],
    review: true,
  },
  'gender-mainstreaming': { label: 'การบูรณาการมิติเพศ', review: true },
  'flexible-work': {
    label: 'การทำงานแบบยืดหยุ่น',
    synonyms: ['การปฏิบัติงานนอกสถานที่ตั้ง', 'การทำงานจากที่บ้าน'],
    review: true,
  },
  'employee-engagement': {
    label: 'ความผูกพันของบุคลากร',
    synonyms: ['ความผูกพันต่อองค์กร'],
    review: true,
  },
  'hr-information-systems': {
    label: 'ระบบสารสนเทศทรัพยากรบุคคล',
    synonyms: ['DPIS'],
    source: `${OCSC}, DPIS`,
  },
  'disaster-management': {
    label: 'การป้องกันและบรรเทาสาธารณภัย',
    synonyms: ['การบริหารจัดการภัยพิบัติ', 'การจัดการความเสี่ยงจากภัยพิบัติ'],
    source: 'Thailand DDPM (กรมป้องกันและบรรเทาสาธารณภัย)',
  },
  'international-cooperation': {
    label: 'ความร่วมมือระหว่างประเทศ',
    synonyms: ['ความร่วมมือเพื่อการพัฒนา'],
    review: true,
  },
};
