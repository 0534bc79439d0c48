import { pickGender, scriptName, type NameMaker, type Pair } from './types';

// Mainland names in simplified characters with Hanyu Pinyin (given-name syllables joined, as
// pinyin orthography requires: Wang Jianhua). Written without a space between the parts.
const FAMILY: readonly Pair[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['高', 'Gao'],
  ['罗', 'Luo'],
];

const MALE: readonly Pair[] = [
  ['伟', 'Wei'],
  ['强', 'Qiang'],
  ['磊', 'Lei'],
  ['军', 'Jun'],
  ['勇', 'Yong'],
  ['杰', 'Jie'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['超', 'Chao'],
  ['建华', 'Jianhua'],
  ['志强', 'Zhiqiang'],
  ['晓明', 'Xiaoming'],
  ['建国', 'Jianguo'],
  ['海峰', 'Haifeng'],
  ['国栋', 'Guodong'],
];

const FEMALE: readonly Pair[] = [
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['丽', 'Li'],
  ['艳', 'Yan'],
  ['娟', 'Juan'],
  ['霞', 'Xia'],
  ['秀英', 'Xiuying'],
  ['海燕', 'Haiyan'],
  ['丽华', 'Lihua'],
  ['玉兰', 'Yulan'],
  ['晓红', 'Xiaohong'],
  ['春梅', 'Chunmei'],
];

export const makeChineseName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'male' ? MALE : FEMALE);
  return scriptName(given, rng.pick(FAMILY), {
    lang: 'zh',
    script: 'Hans',
    familyFirst: true,
    localSeparator: '',
  });
};
