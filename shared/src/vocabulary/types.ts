import type { ExpertiseAreaId } from './areas';

/**
 * The official languages of the member states, in which an expertise area can be searched
 * (docs/vocabulary.md): Indonesian, Malay, Thai, Vietnamese, Khmer, Lao, Burmese, Filipino,
 * Tetum and Portuguese (Timor-Leste), Chinese and Tamil (Singapore), English. Codes are BCP 47
 * primary subtags.
 */
export const VOCABULARY_LANGUAGES = [
  'id',
  'ms',
  'th',
  'vi',
  'km',
  'lo',
  'my',
  'fil',
  'tet',
  'pt',
  'zh',
  'ta',
  'en',
] as const;

export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

/**
 * Where a label comes from. A label is data with its source (the regulation, glossary or agency
 * that uses the term), or it is marked for review by a native speaker where no official term
 * was found; never neither.
 */
export type LabelProvenance = { source: string; review?: true } | { review: true; source?: string };

/** One area's label in one language, as a data file writes it (the language is the file's). */
export type LabelData = { label: string; synonyms?: readonly string[] } & LabelProvenance;

/** A language's table: every area, by id, so the compiler rejects a missing one. */
export type LanguageLabels = Readonly<Record<ExpertiseAreaId, LabelData>>;

/** One area's label in one language, with the language named. */
export type AreaLabel = { lang: VocabularyLanguage } & LabelData;

/** One text a search engine matches queries against: a label or a synonym of an area. */
export interface AreaPhrase {
  area: string;
  lang: VocabularyLanguage;
  text: string;
  kind: 'label' | 'synonym';
}
