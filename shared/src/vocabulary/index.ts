export { EXPERTISE_AREAS, findExpertiseArea, isExpertiseAreaId } from './areas';
export type { ExpertiseArea, ExpertiseAreaId } from './areas';
export { VOCABULARY_LANGUAGES } from './types';
export type { AreaLabel, AreaPhrase, LabelData, VocabularyLanguage } from './types';
export { areaLabel, areaLabels, areaPhrases } from './lookup';
