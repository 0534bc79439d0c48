import type { PersonName } from '@expertpool/shared';
import type { Rng } from '../random';
import { makeMalayName } from './malay';
import { pickGender, type GeneratedName, type NameMaker, type Pair } from './types';

// Singapore's Chinese names keep the surname in its dialect romanisation (陈 -> Tan, 黄 -> Ng)
// while younger given names are in Hanyu Pinyin, one syllable per word: Tan Wei Ming.
const SURNAMES: readonly Pair[] = [
  ['陈', 'Tan'],
  ['林', 'Lim'],
  ['李', 'Lee'],
  ['黄', 'Ng'],
  ['王', 'Ong'],
  ['吴', 'Goh'],
  ['蔡', 'Chua'],
  ['张', 'Teo'],
  ['许', 'Koh'],
  ['刘', 'Low'],
  ['杨', 'Yeo'],
  ['沈', 'Sim'],
  ['谢', 'Chia'],
  ['何', 'Ho'],
  ['郑', 'Tay'],
];
const CHINESE_MALE: readonly Pair[] = [
  ['伟明', 'Wei Ming'],
  ['志强', 'Zhi Qiang'],
  ['俊杰', 'Jun Jie'],
  ['家豪', 'Jia Hao'],
  ['建华', 'Jian Hua'],
  ['国强', 'Guo Qiang'],
  ['文杰', 'Wen Jie'],
  ['志伟', 'Zhi Wei'],
  ['振华', 'Zhen Hua'],
  ['德明', 'De Ming'],
];
const CHINESE_FEMALE: readonly Pair[] = [
  ['美玲', 'Mei Ling'],
  ['丽华', 'Li Hua'],
  ['慧敏', 'Hui Min'],
  ['秀英', 'Xiu Ying'],
  ['淑芬', 'Shu Fen'],
  ['佩玲', 'Pei Ling'],
  ['婉婷', 'Wan Ting'],
  ['雪莹', 'Xue Ying'],
  ['嘉欣', 'Jia Xin'],
  ['晓燕', 'Xiao Yan'],
];

// Tamil names: given name then father's given name, in Tamil script and the Latin spelling.
const TAMIL_MALE: readonly Pair[] = [
  ['ராஜேஷ்', 'Rajesh'],
  ['சுரேஷ்', 'Suresh'],
  ['ரமேஷ்', 'Ramesh'],
  ['கணேஷ்', 'Ganesh'],
  ['செந்தில்', 'Senthil'],
  ['கார்த்திக்', 'Karthik'],
  ['அருண்', 'Arun'],
  ['விஜய்', 'Vijay'],
  ['பிரகாஷ்', 'Prakash'],
];
const TAMIL_FEMALE: readonly Pair[] = [
  ['பிரியா', 'Priya'],
  ['லட்சுமி', 'Lakshmi'],
  ['கவிதா', 'Kavitha'],
  ['மீனா', 'Meena'],
  ['தேவி', 'Devi'],
  ['அனிதா', 'Anitha'],
  ['சாந்தி', 'Shanti'],
  ['மாலதி', 'Malathi'],
];
const TAMIL_FATHERS: readonly Pair[] = [
  ...TAMIL_MALE,
  ['குமார்', 'Kumar'],
  ['முருகன்', 'Murugan'],
  ['சுப்பிரமணியம்', 'Subramaniam'],
  ['கிருஷ்ணன்', 'Krishnan'],
  ['ராமன்', 'Raman'],
  ['செல்வம்', 'Selvam'],
];

function twoScripts(local: string, latin: string, lang: string, script: string): PersonName[] {
  return [
    { value: local, lang, script },
    { value: latin, lang, script: 'Latn' },
  ];
}

function chineseName(rng: Rng): GeneratedName {
  const given = rng.pick(pickGender(rng) === 'male' ? CHINESE_MALE : CHINESE_FEMALE);
  const surname = rng.pick(SURNAMES);
  const latin = `${surname[1]} ${given[1]}`;
  return {
    names: twoScripts(`${surname[0]}${given[0]}`, latin, 'zh', 'Hans'),
    latin,
    mailbox: { first: given[1], last: surname[1] },
    homeLanguage: 'zh',
  };
}

function tamilName(rng: Rng): GeneratedName {
  const given = rng.pick(pickGender(rng) === 'male' ? TAMIL_MALE : TAMIL_FEMALE);
  const father = rng.pick(TAMIL_FATHERS.filter((f) => f !== given));
  const latin = `${given[1]} ${father[1]}`;
  return {
    names: twoScripts(`${given[0]} ${father[0]}`, latin, 'ta', 'Taml'),
    latin,
    mailbox: { first: given[1], last: father[1] },
    homeLanguage: 'ta',
  };
}

/** Roughly the public service's mix: mostly Chinese, then Malay, then Indian (Tamil) names. */
export const makeSingaporeanName: NameMaker = (rng) => {
  const roll = rng.next();
  if (roll < 0.65) return chineseName(rng);
  if (roll < 0.85) return makeMalayName(rng);
  return tamilName(rng);
};
