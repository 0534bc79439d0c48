import { latinName, pickGender, type NameMaker } from './types';

// Most Indonesians have a given name and a second personal name rather than a family name;
// Batak and some other groups carry a clan name (marga). Some Javanese have a single name.
const MALE = [
  'Budi',
  'Agus',
  'Bambang',
  'Dwi',
  'Eko',
  'Hendra',
  'Joko',
  'Rudi',
  'Slamet',
  'Wahyu',
  'Yudi',
  'Andi',
  'Arief',
  'Bayu',
  'Dedi',
  'Fajar',
  'Hadi',
  'Rizky',
];
const FEMALE = [
  'Siti',
  'Sri',
  'Dewi',
  'Rina',
  'Ratna',
  'Wulan',
  'Endang',
  'Fitri',
  'Indah',
  'Nur',
  'Putri',
  'Yuliana',
  'Kartika',
  'Ayu',
  'Ratih',
  'Diah',
];
const MALE_SECOND = [
  'Santoso',
  'Wijaya',
  'Susanto',
  'Hidayat',
  'Saputra',
  'Kusuma',
  'Pratama',
  'Nugroho',
  'Setiawan',
  'Gunawan',
  'Hartono',
  'Purnomo',
  'Suryadi',
  'Rahman',
  'Firmansyah',
];
const FEMALE_SECOND = [
  'Lestari',
  'Wulandari',
  'Rahayu',
  'Utami',
  'Puspitasari',
  'Anggraini',
  'Rahmawati',
  'Handayani',
  'Kusumawati',
  'Permatasari',
];
const MARGA = [
  'Siregar',
  'Nasution',
  'Simanjuntak',
  'Hutapea',
  'Sitompul',
  'Lubis',
  'Harahap',
  'Tambunan',
];

export const makeIndonesianName: NameMaker = (rng) => {
  const female = pickGender(rng) === 'female';
  const given = rng.pick(female ? FEMALE : MALE);
  const roll = rng.next();
  if (roll < 0.08) return latinName(given, 'id', { first: given, last: '' });
  const second = roll < 0.25 ? rng.pick(MARGA) : rng.pick(female ? FEMALE_SECOND : MALE_SECOND);
  return latinName(`${given} ${second}`, 'id', { first: given, last: second });
};
