import { latinName, pickGender, type GeneratedName } from './types';
import type { Rng } from '../random';

// Malay names are patronymic: given name, "bin" (son of) or "binti" (daughter of), father's name.
// There is no family name, so the father's name supplies the mailbox initial.
const MALE = [
  'Ahmad',
  'Azman',
  'Faizal',
  'Hafiz',
  'Hakim',
  'Hisham',
  'Ismail',
  'Kamal',
  'Rashid',
  'Rizal',
  'Shahrul',
  'Zulkifli',
  'Amir',
  'Nazri',
  'Roslan',
  'Mohd Razali',
  'Muhammad Firdaus',
  'Khairul',
  'Abdul Rahman',
  'Yusof',
];

const FEMALE = [
  'Aishah',
  'Fatimah',
  'Nurul Huda',
  'Siti Aminah',
  'Farah',
  'Hidayah',
  'Nor Azizah',
  'Rohani',
  'Salmah',
  'Zainab',
  'Norhayati',
  'Suraya',
  'Liyana',
  'Siti Khadijah',
  'Nur Izzati',
  'Rosnah',
];

/** Fathers' names are men's given names plus a few more common in the older generation. */
const FATHERS = [
  ...MALE,
  'Osman',
  'Hassan',
  'Hussein',
  'Ibrahim',
  'Abdullah',
  'Mahmud',
  'Sulaiman',
];

/**
 * A Malay name. Brunei adds the hereditary "Awang" / "Dayang" before a commoner's name and the
 * "Haji" of a returned pilgrim more often than Malaysia does, hence the options.
 */
export function makeMalayName(rng: Rng, opts: { brunei?: boolean } = {}): GeneratedName {
  const female = pickGender(rng) === 'female';
  const given = rng.pick(female ? FEMALE : MALE);
  const father = rng.pick(FATHERS.filter((f) => f !== given));
  const fatherTitle = rng.chance(opts.brunei ? 0.4 : 0.15) ? 'Haji ' : '';
  const prefix = opts.brunei && rng.chance(0.5) ? (female ? 'Dayang ' : 'Awang ') : '';
  const latin = `${prefix}${given} ${female ? 'binti' : 'bin'} ${fatherTitle}${father}`;
  // Compound names (Siti Aminah, Mohd Razali) are called by their last word.
  return latinName(latin, 'ms', { first: given.split(' ').at(-1) ?? given, last: father });
}
