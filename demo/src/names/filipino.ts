import { latinName, pickGender, type NameMaker } from './types';

// Given name(s), the mother's maiden surname as a middle initial, then the surname: the way
// Philippine officials sign (Jose R. Santos).
const MALE = [
  'Jose',
  'Juan',
  'Ramon',
  'Antonio',
  'Roberto',
  'Eduardo',
  'Ricardo',
  'Manuel',
  'Rodrigo',
  'Fernando',
  'Mark Anthony',
  'John Paul',
  'Mario',
  'Rogelio',
  'Danilo',
  'Renato',
  'Arnel',
];
const FEMALE = [
  'Maria Cristina',
  'Ana',
  'Rosario',
  'Teresita',
  'Maricel',
  'Jocelyn',
  'Marites',
  'Liza',
  'Cristina',
  'Angelica',
  'Rowena',
  'Ma. Theresa',
  'Lourdes',
  'Gloria',
  'Erlinda',
  'Corazon',
];
const SURNAMES = [
  'Santos',
  'Reyes',
  'Cruz',
  'Bautista',
  'Ocampo',
  'Garcia',
  'Mendoza',
  'Torres',
  'Tomas',
  'Andrada',
  'Castillo',
  'Flores',
  'Villanueva',
  'Ramos',
  'Castro',
  'Rivera',
  'Aquino',
  'Navarro',
  'Salazar',
  'Mercado',
  'dela Cruz',
  'de Guzman',
  'Pascual',
];

export const makeFilipinoName: NameMaker = (rng) => {
  const given = rng.pick(pickGender(rng) === 'female' ? FEMALE : MALE);
  const surname = rng.pick(SURNAMES);
  const mother = rng.pick(SURNAMES.filter((s) => s !== surname));
  const initial = mother.split(' ').at(-1)?.charAt(0) ?? '';
  const latin = rng.chance(0.6) ? `${given} ${initial}. ${surname}` : `${given} ${surname}`;
  return latinName(latin, 'fil', { first: given.replace(/^Ma\. /, 'Maria '), last: surname });
};
