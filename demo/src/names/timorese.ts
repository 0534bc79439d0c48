import { latinName, pickGender, type NameMaker } from './types';

// Timorese names are mostly Portuguese given names and surnames, sometimes with a Tetum name
// (often a grandparent's) between them.
const MALE = [
  'José',
  'João',
  'António',
  'Francisco',
  'Manuel',
  'Domingos',
  'Agostinho',
  'Mateus',
  'Marcos',
  'Rui',
  'Lino',
  'Tomás',
  'Filomeno',
  'Gil',
  'Abílio',
  'Aniceto',
];
const FEMALE = [
  'Maria',
  'Ana',
  'Isabel',
  'Joana',
  'Rosa',
  'Teresa',
  'Fernanda',
  'Lúcia',
  'Madalena',
  'Angelina',
  'Filomena',
  'Domingas',
  'Olímpia',
  'Cidália',
];
const TETUM_MALE = ['Mau', 'Bere', 'Lere', 'Loi', 'Taur'];
const TETUM_FEMALE = ['Bui', 'Soi'];
const SURNAMES = [
  'da Silva',
  'dos Santos',
  'Soares',
  'Pereira',
  'Guterres',
  'Ximenes',
  'Belo',
  'Gusmão',
  'da Costa',
  'Martins',
  'Pinto',
  'Alves',
  'Fernandes',
  'Carvalho',
  'Sarmento',
  'de Araújo',
  'Amaral',
  'Freitas',
  'Mendonça',
  'Correia',
  'da Cruz',
];

export const makeTimoreseName: NameMaker = (rng) => {
  const female = pickGender(rng) === 'female';
  const given = rng.pick(female ? FEMALE : MALE);
  const surname = rng.pick(SURNAMES);
  const middle = rng.chance(0.3) ? ` ${rng.pick(female ? TETUM_FEMALE : TETUM_MALE)}` : '';
  return latinName(`${given}${middle} ${surname}`, 'tet', {
    first: given,
    last: surname.split(' ').at(-1) ?? surname,
  });
};
