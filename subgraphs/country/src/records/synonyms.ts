import {
  InputProblem,
  VOCABULARY_LANGUAGES,
  findExpertiseArea,
  foldText,
  inputProblemsError,
  looksLikeOperator,
  tokenize,
} from '@expertpool/shared';
import { AreaSynonym } from '../store/synonym-store';

/** A country's list stays small enough to read whole on every dictionary rebuild. */
export const MAX_SYNONYMS = 500;
const MAX_TEXT = 80;

/**
 * A steward's synonym list, checked whole: every problem named by its field in one
 * BAD_USER_INPUT, nothing stored unless all are right (docs/ARCHITECTURE.md §5.4).
 */
export function parseSynonyms(
  input: readonly { area: string; lang: string; text: string }[],
): AreaSynonym[] {
  const problems: InputProblem[] = [];
  if (input.length > MAX_SYNONYMS)
    problems.push({ field: 'synonyms', message: `at most ${MAX_SYNONYMS} entries` });
  const seen = new Set<string>();
  const out: AreaSynonym[] = [];
  input.slice(0, MAX_SYNONYMS).forEach((entry, i) => {
    const at = `synonyms[${i}]`;
    const before = problems.length;
    if (!findExpertiseArea(entry.area))
      problems.push({
        field: `${at}.area`,
        message: `unknown area "${entry.area}": use an id from expertiseAreas`,
      });
    if (!(VOCABULARY_LANGUAGES as readonly string[]).includes(entry.lang))
      problems.push({
        field: `${at}.lang`,
        message: `must be one of ${VOCABULARY_LANGUAGES.join(', ')}`,
      });
    const text = entry.text.trim();
    if (text.length === 0 || text.length > MAX_TEXT)
      problems.push({ field: `${at}.text`, message: `must be 1 to ${MAX_TEXT} characters` });
    else if (looksLikeOperator(text))
      problems.push({
        field: `${at}.text`,
        message: 'must not contain query operators such as "$ne"',
      });
    else if (tokenize(text).length === 0)
      problems.push({ field: `${at}.text`, message: 'holds no word' });
    const key = `${entry.area}|${entry.lang}|${foldText(text)}`;
    if (problems.length === before && seen.has(key))
      problems.push({
        field: `${at}.text`,
        message: `"${text}" is listed twice for ${entry.area}`,
      });
    seen.add(key);
    if (problems.length === before) out.push({ area: entry.area, lang: entry.lang, text });
  });
  if (problems.length > 0) throw inputProblemsError(problems);
  return out;
}
