import type { LanguageLabels } from '../types';

/**
 * Lao. Translations awaiting review by the Ministry of Home Affairs (ກະຊວງພາຍໃນ); where a
 * source is named, it is the law whose title carries the term.
 */
export const LO_LABELS: LanguageLabels = {
  'talent-management': { label: 'ການຄຸ້ມຄອງພອນສະຫວັນ', review: true },
  'succession-planning': { label: 'ການວາງແຜນສືບທອດຕຳແໜ່ງ', review: true },
  'competency-assessment': { label: 'ກອບສະມັດຖະພາບ ແລະ ການປະເມີນສະມັດຖະພາບ', review: true },
  'assessment-centres': { label: 'ສູນປະເມີນຜົນ', review: true },
  'computer-assisted-testing': {
    label: 'ການສອບເສັງດ້ວຍຄອມພິວເຕີ (CAT) ແລະ ການຮັບສະໝັກ',
    review: true,
  },
  'merit-system': { label: 'ລະບົບຄຸນນະທຳ', review: true },
  'job-evaluation-grading': { label: 'ການປະເມີນວຽກ ແລະ ການຈັດຂັ້ນ', review: true },
  'job-classification': { label: 'ການຈັດປະເພດຕຳແໜ່ງງານ', review: true },
  'compensation-benefits': { label: 'ຍຸດທະສາດເງິນເດືອນ ແລະ ສະຫວັດດີການ', review: true },
  'performance-management': { label: 'ການຄຸ້ມຄອງຜົນການປະຕິບັດງານ', review: true },
  'hr-planning': { label: 'ການວາງແຜນຊັບພະຍາກອນມະນຸດ ແລະ ການວິເຄາະກຳລັງແຮງງານ', review: true },
  'learning-development': { label: 'ການຮຽນຮູ້ ແລະ ການພັດທະນາ', review: true },
  'leadership-development': { label: 'ການພັດທະນາຄວາມເປັນຜູ້ນຳ', review: true },
  'coaching-mentoring': { label: 'ການຝຶກສອນ ແລະ ການເປັນພີ່ລ້ຽງ', review: true },
  'digital-government': { label: 'ລັດຖະບານດິຈິຕອນ', review: true },
  'e-government-services': { label: 'ການບໍລິການລັດຖະບານເອເລັກໂຕຣນິກ', review: true },
  'data-governance': { label: 'ການຄຸ້ມຄອງບໍລິຫານຂໍ້ມູນ', review: true },
  'public-service-innovation': { label: 'ນະວັດຕະກຳການບໍລິການສາທາລະນະ', review: true },
  'public-service-delivery': { label: 'ການໃຫ້ບໍລິການສາທາລະນະ', review: true },
  'regulatory-reform': { label: 'ການປະຕິຮູບລະບຽບການ', review: true },
  'organisational-design': { label: 'ການອອກແບບໂຄງສ້າງການຈັດຕັ້ງ', review: true },
  'change-management': { label: 'ການຄຸ້ມຄອງການປ່ຽນແປງ', review: true },
  'integrity-anti-corruption': {
    label: 'ຄວາມຊື່ສັດ ແລະ ການຕ້ານການສໍ້ລາດບັງຫຼວງ',
    synonyms: ['ການຕ້ານການສໍ້ລາດບັງຫຼວງ'],
    source: 'Lao PDR Law on Anti-Corruption (ກົດໝາຍວ່າດ້ວຍການຕ້ານການສໍ້ລາດບັງຫຼວງ)',
    review: true,
  },
  'code-of-conduct-ethics': { label: 'ຈັນຍາບັນ ແລະ ຫຼັກການປະພຶດ', review: true },
  'civil-service-law': {
    label: 'ກົດໝາຍວ່າດ້ວຍລັດຖະກອນ',
    source: 'Lao PDR Law on Civil Servants (ກົດໝາຍວ່າດ້ວຍລັດຖະກອນ)',
    review: true,
  },
  'public-policy-analysis': { label: 'ການວິເຄາະນະໂຍບາຍສາທາລະນະ', review: true },
  'strategic-planning': { label: 'ການວາງແຜນຍຸດທະສາດ', review: true },
  'public-finance-budgeting': { label: 'ການເງິນສາທາລະນະ ແລະ ງົບປະມານ', review: true },
  'gender-mainstreaming': { label: 'ການເຊື່ອມສານບົດບາດຍິງ-ຊາຍ', review: true },
  'flexible-work': { label: 'ການຈັດການເຮັດວຽກແບບຢືດຢຸ່ນ', review: true },
  'employee-engagement': { label: 'ການມີສ່ວນຮ່ວມຂອງພະນັກງານ', review: true },
  'hr-information-systems': { label: 'ລະບົບຂໍ້ມູນຂ່າວສານຊັບພະຍາກອນມະນຸດ', review: true },
  'disaster-management': { label: 'ການຄຸ້ມຄອງໄພພິບັດ', review: true },
  'international-cooperation': { label: 'ການຮ່ວມມືສາກົນ', review: true },
};
