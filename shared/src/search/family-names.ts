import { PersonName } from '../expert';
import { tokenize } from '../text/tokens';

/**
 * Where a name's family name stands, by the naming convention of its language (primary BCP 47
 * subtag): docs/ARCHITECTURE.md §7.6. Vietnamese, Khmer, Chinese, Japanese and Korean names put
 * it first, in the local script and in the Latin form alike; Thai, Lao, Filipino, Tetum,
 * Portuguese, English and Indonesian names put it last. Malay and Tamil names are patronymic
 * ("bin", "a/l" and a father's given name) and Burmese names have no family name, so none of
 * their words is one; neither is any word of a language not listed here (nothing is guessed).
 */
const FAMILY_POSITION: Readonly<Record<string, 'first' | 'last'>> = {
  vi: 'first',
  km: 'first',
  zh: 'first',
  ja: 'first',
  ko: 'first',
  th: 'last',
  lo: 'last',
  fil: 'last',
  tl: 'last',
  tet: 'last',
  pt: 'last',
  en: 'last',
  id: 'last',
};

/**
 * The search tokens of a name's family name: its first or last space-separated word by its
 * language's convention, tokenised as search tokenises text (a Thai family name may be several
 * tokens). Empty for a one-word name (a mononym, or a Chinese name written without a space,
 * whose Latin form carries the family name instead) and for languages without family names.
 */
export function familyNameTokens(name: PersonName): string[] {
  const position = FAMILY_POSITION[name.lang.toLowerCase().split('-')[0]];
  const words = name.value.split(/\s+/).filter(Boolean);
  if (!position || words.length < 2) return [];
  return tokenize(position === 'first' ? words[0] : words[words.length - 1]);
}
