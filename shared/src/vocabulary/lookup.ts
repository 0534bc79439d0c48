import {
  EXPERTISE_AREAS,
  isExpertiseAreaId,
  type ExpertiseArea,
  type ExpertiseAreaId,
} from './areas';
import { EN_SYNONYMS } from './labels/en';
import { FIL_LABELS } from './labels/fil';
import { ID_LABELS } from './labels/id';
import { KM_LABELS } from './labels/km';
import { LO_LABELS } from './labels/lo';
import { MS_LABELS } from './labels/ms';
import { MY_LABELS } from './labels/my';
import { PT_LABELS } from './labels/pt';
import { TA_LABELS } from './labels/ta';
import { TET_LABELS } from './labels/tet';
import { TH_LABELS } from './labels/th';
import { VI_LABELS } from './labels/vi';
import { ZH_LABELS } from './labels/zh';
import {
  VOCABULARY_LANGUAGES,
  type AreaLabel,
  type AreaPhrase,
  type LanguageLabels,
  type VocabularyLanguage,
} from './types';

/**
 * Look-ups over the multilingual vocabulary (docs/vocabulary.md). Pure data, no I/O: the search
 * engine tokenises `areaPhrases()` itself with shared/src/text/tokens.ts (docs/ARCHITECTURE.md §7.2).
 */

/** The English label is the canonical one in areas.ts; its source is this vocabulary. */
const ENGLISH_SOURCE = 'ACCSM Expert Pool vocabulary (canonical English label)';

/** Every language but English, whose labels live in areas.ts. */
export const LABEL_TABLES: Readonly<Record<Exclude<VocabularyLanguage, 'en'>, LanguageLabels>> = {
  id: ID_LABELS,
  ms: MS_LABELS,
  th: TH_LABELS,
  vi: VI_LABELS,
  km: KM_LABELS,
  lo: LO_LABELS,
  my: MY_LABELS,
  fil: FIL_LABELS,
  tet: TET_LABELS,
  pt: PT_LABELS,
  zh: ZH_LABELS,
  ta: TA_LABELS,
};

function labelIn(id: ExpertiseAreaId, englishLabel: string, lang: VocabularyLanguage): AreaLabel {
  if (lang === 'en')
    return { lang, label: englishLabel, synonyms: EN_SYNONYMS[id], source: ENGLISH_SOURCE };
  return { lang, ...LABEL_TABLES[lang][id] };
}

function labelsOf(area: ExpertiseArea): [string, readonly AreaLabel[]][] {
  const { id, label } = area;
  // Always true (areas.ts derives the id type from the list); narrows `id` for the tables.
  if (!isExpertiseAreaId(id)) return [];
  return [[id, VOCABULARY_LANGUAGES.map((lang) => labelIn(id, label, lang))]];
}

const LABELS_BY_AREA: ReadonlyMap<string, readonly AreaLabel[]> = new Map(
  EXPERTISE_AREAS.flatMap(labelsOf),
);

/** An area's labels, one per language in VOCABULARY_LANGUAGES order; empty for an unknown id. */
export function areaLabels(areaId: string): readonly AreaLabel[] {
  return LABELS_BY_AREA.get(areaId) ?? [];
}

/** `th`, `th-TH` and `TH` all name Thai; anything else is not a vocabulary language. */
function vocabularyLanguage(tag: string): VocabularyLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return VOCABULARY_LANGUAGES.find((lang) => lang === primary);
}

/**
 * The area's label in `lang` (a BCP 47 tag), else its English label; undefined only for an id
 * outside the vocabulary.
 */
export function areaLabel(areaId: string, lang: string): string | undefined {
  const labels = LABELS_BY_AREA.get(areaId);
  if (!labels) return undefined;
  const wanted = vocabularyLanguage(lang) ?? 'en';
  return (labels.find((l) => l.lang === wanted) ?? labels.find((l) => l.lang === 'en'))?.label;
}

let phrases: readonly AreaPhrase[] | undefined;

/**
 * Every label and synonym of every area in every language: the texts a search engine matches a
 * query against, so a query in any member state's language finds the area. Built once.
 */
export function areaPhrases(): readonly AreaPhrase[] {
  phrases ??= Object.freeze(
    [...LABELS_BY_AREA]
      .flatMap(([area, labels]) =>
        labels.flatMap((l): AreaPhrase[] => [
          { area, lang: l.lang, text: l.label, kind: 'label' },
          ...(l.synonyms ?? []).map((text): AreaPhrase => ({
            area,
            lang: l.lang,
            text,
            kind: 'synonym',
          })),
        ]),
      )
      .map((p) => Object.freeze(p)),
  );
  return phrases;
}
