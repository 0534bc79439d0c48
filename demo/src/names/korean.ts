import { pickGender, scriptName, type NameMaker, type Pair } from './types';

// Hangul with the Latin forms Koreans actually use: family names in their customary spelling
// (Kim, Lee, Park), given names in Revised Romanization with a hyphen (Ji-yeong).
const FAMILY: readonly Pair[] = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['임', 'Lim'],
  ['한', 'Han'],
  ['오', 'Oh'],
  ['서', 'Seo'],
  ['신', 'Shin'],
  ['권', 'Kwon'],
  ['황', 'Hwang'],
];

const MALE: readonly Pair[] = [
  ['영수', 'Yeong-su'],
  ['정훈', 'Jeong-hun'],
  ['성민', 'Seong-min'],
  ['동현', 'Dong-hyeon'],
  ['재현', 'Jae-hyeon'],
  ['상철', 'Sang-cheol'],
  ['준호', 'Jun-ho'],
  ['현우', 'Hyeon-u'],
  ['종민', 'Jong-min'],
  ['진우', 'Jin-u'],
  ['태호', 'Tae-ho'],
  ['승현', 'Seung-hyeon'],
];

const FEMALE: readonly Pair[] = [
  ['지영', 'Ji-yeong'],
  ['미경', 'Mi-gyeong'],
  ['은정', 'Eun-jeong'],
  ['수진', 'Su-jin'],
  ['현주', 'Hyeon-ju'],
  ['미영', 'Mi-yeong'],
  ['은영', 'Eun-yeong'],
  ['혜진', 'Hye-jin'],
  ['선영', 'Seon-yeong'],
  ['정희', 'Jeong-hui'],
  ['지현', 'Ji-hyeon'],
  ['민정', 'Min-jeong'],
];

export const makeKoreanName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'male' ? MALE : FEMALE);
  return scriptName(given, rng.pick(FAMILY), {
    lang: 'ko',
    script: 'Hang',
    familyFirst: true,
    localSeparator: '',
  });
};
