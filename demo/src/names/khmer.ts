import { pickGender, scriptName, type NameMaker, type Pair } from './types';

// Khmer names are written family name first, in Khmer and in the usual Latin spelling
// (the French-influenced forms used on Cambodian passports).
const MALE: readonly Pair[] = [
  ['ដារ៉ា', 'Dara'],
  ['សុផល', 'Sophal'],
  ['វុទ្ធី', 'Vuthy'],
  ['ឫទ្ធី', 'Rithy'],
  ['សុខា', 'Sokha'],
  ['វិសាល', 'Visal'],
  ['ប៊ុនធឿន', 'Bunthoeun'],
  ['សុវណ្ណ', 'Sovann'],
  ['វណ្ណៈ', 'Vannak'],
  ['ពិសិដ្ឋ', 'Piseth'],
  ['សម្បត្តិ', 'Sambath'],
  ['កុសល', 'Kosal'],
  ['វិចិត្រ', 'Vichet'],
  ['សំណាង', 'Samnang'],
];

const FEMALE: readonly Pair[] = [
  ['ស្រីមុំ', 'Sreymom'],
  ['សុភា', 'Sophea'],
  ['ចាន់ធូ', 'Chanthou'],
  ['បុប្ផា', 'Bopha'],
  ['សុគន្ធា', 'Sokunthea'],
  ['សុភាព', 'Sopheap'],
  ['ម្លិះ', 'Malis'],
  ['រស្មី', 'Raksmey'],
  ['កញ្ញា', 'Kanha'],
  ['ធីតា', 'Thida'],
  ['ស្រីលក្ខណ៍', 'Sreyleak'],
  ['ចាន់ធី', 'Chanthy'],
];

const FAMILY: readonly Pair[] = [
  ['សុខ', 'Sok'],
  ['ចាន់', 'Chan'],
  ['គីម', 'Kim'],
  ['ហេង', 'Heng'],
  ['កែវ', 'Keo'],
  ['មាស', 'Meas'],
  ['លី', 'Ly'],
  ['ជា', 'Chea'],
  ['ប្រាក់', 'Prak'],
  ['សេង', 'Seng'],
  ['អ៊ុក', 'Ouk'],
  ['ញឹម', 'Nhem'],
  ['ទេព', 'Tep'],
  ['ឡុង', 'Long'],
  ['យឹម', 'Yim'],
  ['ពេជ្រ', 'Pich'],
  ['ម៉ែន', 'Men'],
];

export const makeKhmerName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'male' ? MALE : FEMALE);
  return scriptName(given, rng.pick(FAMILY), { lang: 'km', script: 'Khmr', familyFirst: true });
};
