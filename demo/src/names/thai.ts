import { pickGender, scriptName, type GeneratedName, type NameMaker, type Pair } from './types';

// Latin forms are the spellings Thai people commonly use in passports (close to RTGS, with the
// customary exceptions such as "Suchart" and "Porntip").
const MALE: readonly Pair[] = [
  ['สมชาย', 'Somchai'],
  ['สมศักดิ์', 'Somsak'],
  ['ประเสริฐ', 'Prasert'],
  ['วิชัย', 'Wichai'],
  ['สุชาติ', 'Suchart'],
  ['ธนากร', 'Thanakorn'],
  ['ณัฐพล', 'Nattapol'],
  ['อนุชา', 'Anucha'],
  ['กิตติพงษ์', 'Kittipong'],
  ['ชัยวัฒน์', 'Chaiwat'],
  ['ธีระ', 'Theera'],
  ['สุรชัย', 'Surachai'],
  ['พงศ์ศักดิ์', 'Pongsak'],
  ['วีระพงษ์', 'Weerapong'],
];

const FEMALE: readonly Pair[] = [
  ['สมศรี', 'Somsri'],
  ['สุดารัตน์', 'Sudarat'],
  ['วันเพ็ญ', 'Wanpen'],
  ['มาลี', 'Malee'],
  ['อรุณี', 'Arunee'],
  ['กาญจนา', 'Kanchana'],
  ['ปราณี', 'Pranee'],
  ['นภัสสร', 'Napatsorn'],
  ['ศิริพร', 'Siriporn'],
  ['พรทิพย์', 'Porntip'],
  ['จิราพร', 'Jiraporn'],
  ['รัตนา', 'Rattana'],
];

const FAMILY: readonly Pair[] = [
  ['ใจดี', 'Jaidee'],
  ['ศรีสุข', 'Srisuk'],
  ['แสงทอง', 'Saengthong'],
  ['บุญมา', 'Boonma'],
  ['ทองดี', 'Thongdee'],
  ['วงศ์สวัสดิ์', 'Wongsawat'],
  ['ชัยประเสริฐ', 'Chaiprasert'],
  ['พงษ์พานิช', 'Pongpanich'],
  ['สุวรรณรัตน์', 'Suwannarat'],
  ['มั่นคง', 'Mankong'],
  ['เพชรรัตน์', 'Phetcharat'],
  ['อินทร์แก้ว', 'Inkaew'],
  ['บุญเรือง', 'Boonruang'],
  ['ทองประเสริฐ', 'Thongprasert'],
  ['แก้วมณี', 'Kaewmanee'],
  ['สุขสวัสดิ์', 'Suksawat'],
];

const THAI = { lang: 'th', script: 'Thai' };

export const makeThaiName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'male' ? MALE : FEMALE);
  return scriptName(given, rng.pick(FAMILY), THAI);
};

/** The record other packages' tests search for ('สมชาย' / 'Somchai'), pinned at index 0. */
export const SOMCHAI_JAIDEE: GeneratedName = scriptName(MALE[0], FAMILY[0], THAI);
