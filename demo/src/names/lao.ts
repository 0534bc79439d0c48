import { pickGender, scriptName, type NameMaker, type Pair } from './types';

// Lao names are given name then family name; the Latin forms follow the French-based spelling
// Lao officials use (ສ -> S, ພ -> Ph, ວ -> V, ໄຊ -> Xay).
const MALE: readonly Pair[] = [
  ['ບຸນມີ', 'Bounmy'],
  ['ສົມພອນ', 'Somphone'],
  ['ສຸກສະຫວັນ', 'Souksavanh'],
  ['ບຸນທະວີ', 'Bounthavy'],
  ['ພອນສະຫວັນ', 'Phonesavanh'],
  ['ຄຳສິງ', 'Khamsing'],
  ['ທອງສະຫວັນ', 'Thongsavanh'],
  ['ແສງເພັດ', 'Sengphet'],
  ['ບຸນເລີດ', 'Bounleuth'],
  ['ສົມສັກ', 'Somsack'],
  ['ຄຳແພງ', 'Khampheng'],
  ['ວິໄລ', 'Vilay'],
];

const FEMALE: readonly Pair[] = [
  ['ຈັນທະລາ', 'Chanthala'],
  ['ວຽງຄຳ', 'Viengkham'],
  ['ຄຳລາ', 'Khamla'],
  ['ມະນີວັນ', 'Manivanh'],
  ['ສຸພາພອນ', 'Souphaphone'],
  ['ດາລາວັນ', 'Dalavanh'],
  ['ນ້ອຍ', 'Noy'],
  ['ແສງຈັນ', 'Sengchanh'],
  ['ພອນທິບ', 'Phonethip'],
  ['ອາລຸນີ', 'Alouny'],
];

const FAMILY: readonly Pair[] = [
  ['ພົມມະຈັນ', 'Phommachanh'],
  ['ສີສຸພັນ', 'Sisouphanh'],
  ['ແກ້ວມະນີ', 'Keomany'],
  ['ວົງສາ', 'Vongsa'],
  ['ອິນທະວົງ', 'Inthavong'],
  ['ພິມມະສອນ', 'Phimmasone'],
  ['ໄຊຍະວົງ', 'Xayavong'],
  ['ໄຊສະນະ', 'Xaysana'],
  ['ສຸວັນນະວົງ', 'Souvannavong'],
  ['ບຸນຍະວົງ', 'Bounyavong'],
  ['ສີພັນດອນ', 'Siphandone'],
  ['ດວງມາລາ', 'Douangmala'],
  ['ຈັນທະວົງ', 'Chanthavong'],
  ['ວິໄລສັກ', 'Vilaysack'],
  ['ພັນທະວົງ', 'Phanthavong'],
  ['ຫຼວງລາດ', 'Luangrath'],
];

export const makeLaoName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'male' ? MALE : FEMALE);
  return scriptName(given, rng.pick(FAMILY), { lang: 'lo', script: 'Laoo' });
};
