import type { PersonName } from '@expertpool/shared';
import { pickGender, type NameMaker, type Pair } from './types';

// Burmese names have no family name: two or three syllables, written together in Burmese and
// syllable by syllable in Latin. Honorifics (U, Daw) are forms of address, not part of the name.
const MALE: readonly Pair[] = [
  ['အောင်', 'Aung'],
  ['ကျော်', 'Kyaw'],
  ['ဇော်', 'Zaw'],
  ['မင်း', 'Min'],
  ['ထွန်း', 'Htun'],
  ['မြင့်', 'Myint'],
  ['သိန်း', 'Thein'],
  ['ဝင်း', 'Win'],
  ['နိုင်', 'Naing'],
  ['စိုး', 'Soe'],
  ['ထက်', 'Htet'],
  ['လှိုင်', 'Hlaing'],
  ['ဇေယျ', 'Zeya'],
  ['သူရ', 'Thura'],
  ['မောင်', 'Maung'],
  ['ဖြိုး', 'Phyo'],
];

const FEMALE: readonly Pair[] = [
  ['ခင်', 'Khin'],
  ['နွယ်', 'Nwe'],
  ['အေး', 'Aye'],
  ['စု', 'Su'],
  ['မြ', 'Mya'],
  ['နှင်း', 'Hnin'],
  ['သန္တာ', 'Thandar'],
  ['ရတနာ', 'Yadanar'],
  ['မိုး', 'Moe'],
  ['ဇင်', 'Zin'],
  ['ဖြူ', 'Phyu'],
  ['ချို', 'Cho'],
  ['စန်း', 'San'],
  ['အိ', 'Ei'],
];

/** Syllables common in both men's and women's names. */
const EITHER: readonly Pair[] = [
  ['လွင်', 'Lwin'],
  ['မျိုး', 'Myo'],
  ['ငြိမ်း', 'Nyein'],
  ['သူ', 'Thu'],
  ['လှ', 'Hla'],
  ['ဦး', 'Oo'],
  ['ဝေ', 'Wai'],
  ['သန့်', 'Thant'],
];

export const makeBurmeseName: NameMaker = (rng) => {
  const own = pickGender(rng) === 'male' ? MALE : FEMALE;
  const first = rng.pick(own);
  const rest = [...own, ...EITHER].filter((s) => s !== first);
  const syllables = [first, ...rng.sample(rest, rng.int(1, 2))];
  const latin = syllables.map((s) => s[1]).join(' ');
  const names: PersonName[] = [
    { value: syllables.map((s) => s[0]).join(''), lang: 'my', script: 'Mymr' },
    { value: latin, lang: 'my', script: 'Latn' },
  ];
  // Without a family name, colleagues address the person by the whole name; so does the mailbox.
  return {
    names,
    latin,
    mailbox: { first: syllables.map((s) => s[1]).join(''), last: '' },
    homeLanguage: 'my',
  };
};
