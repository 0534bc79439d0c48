import type { PersonName } from '@expertpool/shared';
import type { Rng } from '../random';

/** A name as written in the local script and its usual Latin transliteration. */
export type Pair = readonly [local: string, latin: string];

export interface GeneratedName {
  /** The local-script form first where the country has one, then the Latin form. */
  names: PersonName[];
  /** The Latin form; it becomes `displayName`. */
  latin: string;
  /** Latin pieces for the work e-mail address: the given name and the name used for the initial. */
  mailbox: { first: string; last: string };
  /** The person's first language (BCP 47); in Singapore it differs from person to person. */
  homeLanguage: string;
}

export type NameMaker = (rng: Rng) => GeneratedName;

export type Gender = 'female' | 'male';

export function pickGender(rng: Rng): Gender {
  return rng.chance(0.5) ? 'female' : 'male';
}

/**
 * A name from a local-script given name and family name. `familyFirst` follows the country's
 * own order (Khmer, Chinese, Japanese, Korean put the family name first); the Latin form keeps
 * the same order, as official documents of those countries do.
 */
export function scriptName(
  given: Pair,
  family: Pair,
  opts: { lang: string; script: string; familyFirst?: boolean; localSeparator?: string },
): GeneratedName {
  const [first, second] = opts.familyFirst ? [family, given] : [given, family];
  const sep = opts.localSeparator ?? ' ';
  const latin = `${first[1]} ${second[1]}`;
  return {
    names: [
      { value: `${first[0]}${sep}${second[0]}`, lang: opts.lang, script: opts.script },
      { value: latin, lang: opts.lang, script: 'Latn' },
    ],
    latin,
    mailbox: { first: given[1], last: family[1] },
    homeLanguage: opts.lang,
  };
}

/** A name written only in the Latin script (Malay, Indonesian, Filipino, Vietnamese, Tetum). */
export function latinName(
  latin: string,
  lang: string,
  mailbox: GeneratedName['mailbox'],
): GeneratedName {
  return { names: [{ value: latin, lang, script: 'Latn' }], latin, mailbox, homeLanguage: lang };
}
