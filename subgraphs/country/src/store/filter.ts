import { Filter } from 'mongodb';
import {
  CEFR_LEVELS,
  Cefr,
  NamedArea,
  QueryWord,
  RegionalBand,
  assertPlainString,
  badInput,
  findExpertiseArea,
  isCalendarDate,
  parseQuery,
} from '@expertpool/shared';
import { requireRefAccess } from '../policy/agency-ref';
import { LANGUAGE_TAG } from '../records/checks';
import { MAX_WINDOWS } from '../records/validate';
import { ExpertDoc, areaKeys, languageKeyTags } from './document';
import { SearchScope, requireAnyReleased, requireReleased } from './search-scope';
import { TEXT_FIELDS } from './token-groups';

/** `ExpertFilter` as GraphQL hands it over (enums already checked by GraphQL). */
export interface ExpertFilterInput {
  text?: string | null;
  countries?: readonly string[] | null;
  expertiseAreas?: readonly string[] | null;
  minLevel?: number | null;
  languages?: readonly string[] | null;
  minCefr?: Cefr | null;
  availableBetween?: { from: string; to: string } | null;
  bands?: readonly RegionalBand[] | null;
  refs?: readonly string[] | null;
}

export interface CompiledFilter {
  /** The caller's scope this filter was compiled for; search and facets apply the same one. */
  scope: SearchScope;
  query: Filter<ExpertDoc>;
  /**
   * The words of `text` and the expertise areas they name; absent when there is no text to
   * match. The search engine matches them (search-text.ts): any word may be missing.
   */
  text?: { words: QueryWord[]; named: NamedArea[] };
  /** True when the filter excludes this country entirely (no database call needed). */
  excludesCountry: boolean;
}

const MAX_LIST = 50;
const MAX_TOKENS = 16;

function list<T>(value: readonly T[] | null | undefined, field: string): readonly T[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length > MAX_LIST)
    throw badInput(`filter.${field} may list at most ${MAX_LIST} values.`, {
      field: `filter.${field}`,
    });
  return value;
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Refuses every filter that would search a field the caller does not receive: its matches
 * would tell the caller the field's value. `countries` searches nothing of the record.
 */
function requireScope(f: ExpertFilterInput, scope: SearchScope, hasWords: boolean): void {
  // Text without words matches every record and so reveals nothing.
  if (hasWords) requireAnyReleased(scope, TEXT_FIELDS, 'filter.text');
  if (given(f.expertiseAreas)) requireReleased(scope, 'expertise', 'filter.expertiseAreas');
  if (given(f.minLevel)) requireReleased(scope, 'expertise', 'filter.minLevel');
  if (given(f.languages)) requireReleased(scope, 'languages', 'filter.languages');
  if (given(f.minCefr)) requireReleased(scope, 'languages', 'filter.minCefr');
  if (given(f.availableBetween)) requireReleased(scope, 'availability', 'filter.availableBetween');
  if (given(f.bands)) requireReleased(scope, 'position', 'filter.bands');
  if (given(f.refs)) requireRefAccess(scope.audience, scope.country, 'filter.refs');
}

/**
 * Turns a filter into a MongoDB query for one caller's scope. Every input value is validated and
 * lands in a value position only; no key or operator ever comes from the caller. A filter on a
 * field the scope withholds is refused (FORBIDDEN); text matches only words of released fields.
 */
export function compileFilter(
  input: ExpertFilterInput | null | undefined,
  scope: SearchScope,
  /**
   * Names areas from the words: this country's phrases (vocabulary and its own synonyms) or the
   * region's (statistics). Required, so no caller can forget the country's synonyms.
   */
  nameAreas: (words: readonly QueryWord[]) => NamedArea[],
): CompiledFilter {
  const f = input ?? {};
  const and: Filter<ExpertDoc>[] = [scope.visibility];
  let words: QueryWord[] = [];

  if (given(f.text)) {
    words = parseQuery(assertPlainString(f.text, 'filter.text', 200));
    if (words.length > MAX_TOKENS)
      throw badInput(`filter.text may hold at most ${MAX_TOKENS} words.`, { field: 'filter.text' });
  }
  requireScope(f, scope, words.length > 0);
  // Areas named by the text count only where the caller receives expertise.
  const named = scope.released.has('expertise') && words.length > 0 ? nameAreas(words) : [];

  const countries = list(f.countries, 'countries');
  const excludesCountry = countries !== undefined && !countries.includes(scope.country);

  const minLevel = f.minLevel ?? undefined;
  if (minLevel !== undefined && (!Number.isInteger(minLevel) || minLevel < 1 || minLevel > 4)) {
    throw badInput('filter.minLevel must be 1, 2, 3 or 4.', { field: 'filter.minLevel' });
  }
  const areas = list(f.expertiseAreas, 'expertiseAreas');
  if (areas) {
    for (const area of areas) {
      assertPlainString(area, 'filter.expertiseAreas', 60);
      if (!findExpertiseArea(area))
        throw badInput(
          `filter.expertiseAreas: "${area}" is not in the ACCSM expertise vocabulary.`,
          { field: 'filter.expertiseAreas' },
        );
    }
    and.push({ expertiseKeys: { $in: areas.flatMap((a) => areaKeys(a, minLevel ?? 1)) } });
  } else if (minLevel !== undefined && named.length > 0) {
    // The text names areas: the level applies to them, not to any area the expert has.
    and.push({ expertiseKeys: { $in: named.flatMap((a) => areaKeys(a.area, minLevel)) } });
  } else if (minLevel !== undefined) {
    and.push({ maxLevel: { $gte: minLevel } });
  }

  const languages = list(f.languages, 'languages');
  if (languages || f.minCefr) {
    for (const tag of languages ?? []) {
      assertPlainString(tag, 'filter.languages', 35);
      if (!LANGUAGE_TAG.test(tag))
        throw badInput(
          `filter.languages: "${tag}" is not a BCP 47 language tag such as "en" or "th".`,
          { field: 'filter.languages' },
        );
    }
    const levels = CEFR_LEVELS.slice(CEFR_LEVELS.indexOf(f.minCefr ?? CEFR_LEVELS[0]));
    const tags = languages ? languages.map((t) => languageKeyTags(t)[0]) : ['*'];
    and.push({ languageKeys: { $in: tags.flatMap((t) => levels.map((l) => `${t}:${l}`)) } });
  }

  if (f.availableBetween) {
    const { from, to } = f.availableBetween;
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isCalendarDate(value))
        throw badInput(`filter.availableBetween.${name} must be a date YYYY-MM-DD.`, {
          field: `filter.availableBetween.${name}`,
        });
    }
    if (from > to)
      throw badInput('filter.availableBetween.from must not be after to.', {
        field: 'filter.availableBetween',
      });
    // One window must cover the whole range. Windows are matched by position because
    // `$elemMatch` with field conditions is not available on every MongoDB-compatible server.
    and.push({ 'availability.status': { $ne: 'UNAVAILABLE' } });
    and.push({
      $or: Array.from({ length: MAX_WINDOWS }, (_, i) => ({
        [`availability.windows.${i}.from`]: { $lte: from },
        [`availability.windows.${i}.to`]: { $gte: to },
      })),
    } as Filter<ExpertDoc>);
  }

  const bands = list(f.bands, 'bands');
  if (bands) and.push({ 'position.band': { $in: bands } });

  const refs = list(f.refs, 'refs');
  if (refs)
    and.push({ ref: { $in: refs.map((r) => assertPlainString(r, 'filter.refs', 64).trim()) } });

  return {
    scope,
    query: and.length === 1 ? and[0] : { $and: and },
    text: words.length > 0 ? { words, named } : undefined,
    excludesCountry,
  };
}
