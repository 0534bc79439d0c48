import { pickGender, scriptName, type NameMaker, type Pair } from './types';

// Kanji with passport Hepburn (no macrons: Sato, Ito), family name first in both, as the
// Japanese government asks for official English since 2020.
const FAMILY: readonly Pair[] = [
  ['佐藤', 'Sato'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['田中', 'Tanaka'],
  ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['吉田', 'Yoshida'],
  ['山田', 'Yamada'],
  ['佐々木', 'Sasaki'],
  ['山口', 'Yamaguchi'],
  ['松本', 'Matsumoto'],
  ['井上', 'Inoue'],
  ['木村', 'Kimura'],
  ['林', 'Hayashi'],
];

const MALE: readonly Pair[] = [
  ['浩', 'Hiroshi'],
  ['健一', 'Kenichi'],
  ['誠', 'Makoto'],
  ['大輔', 'Daisuke'],
  ['拓也', 'Takuya'],
  ['直樹', 'Naoki'],
  ['隆', 'Takashi'],
  ['和也', 'Kazuya'],
  ['哲也', 'Tetsuya'],
  ['修', 'Osamu'],
  ['健太', 'Kenta'],
  ['剛', 'Tsuyoshi'],
  ['学', 'Manabu'],
];

const FEMALE: readonly Pair[] = [
  ['恵子', 'Keiko'],
  ['洋子', 'Yoko'],
  ['裕子', 'Yuko'],
  ['直美', 'Naomi'],
  ['由美子', 'Yumiko'],
  ['久美子', 'Kumiko'],
  ['真由美', 'Mayumi'],
  ['美穂', 'Miho'],
  ['智子', 'Tomoko'],
  ['明美', 'Akemi'],
  ['幸子', 'Sachiko'],
  ['彩', 'Aya'],
];

export const makeJapaneseName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'male' ? MALE : FEMALE);
  return scriptName(given, rng.pick(FAMILY), { lang: 'ja', script: 'Jpan', familyFirst: true });
};
