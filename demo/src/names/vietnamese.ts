import { latinName, pickGender, type NameMaker } from './types';

// Family name, middle name(s), given name: Nguyễn Thị Thu Hà. Always with full diacritics; search
// folds them (foldText), so the records must keep them to show what people actually write.
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
];

const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Xuân', 'Công'];
const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Thùy'];

const MALE = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Long',
  'Nam',
  'Sơn',
  'Thắng',
  'Quang',
  'Hiếu',
  'Phong',
  'Trung',
  'Cường',
  'Khánh',
  'Bình',
  'Thành',
];
const FEMALE = [
  'Hà',
  'Lan',
  'Hương',
  'Hằng',
  'Mai',
  'Linh',
  'Trang',
  'Thảo',
  'Hạnh',
  'Nga',
  'Yến',
  'Phương',
  'Thủy',
  'Vân',
  'Dung',
  'Huyền',
];

export const makeVietnameseName: NameMaker = (rng) => {
  const female = pickGender(rng) === 'female';
  const family = rng.pick(FAMILY);
  const given = rng.pick(female ? FEMALE : MALE);
  const middlePool = (female ? FEMALE_MIDDLE : MALE_MIDDLE).filter((m) => m !== given);
  // Many women carry "Thị" before a second middle name (Nguyễn Thị Thu Hà).
  const middle =
    female && rng.chance(0.35)
      ? ['Thị', rng.pick(middlePool.filter((m) => m !== 'Thị'))]
      : [rng.pick(middlePool)];
  // Vietnamese officials' mailboxes use the given name, the part colleagues call them by.
  return latinName([family, ...middle, given].join(' '), 'vi', { first: given, last: family });
};
