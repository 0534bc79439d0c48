import { areaPhrases } from '../vocabulary';
import { compareUtf8 } from '../order';
import { foldText, tokenize } from '../text/tokens';
import { TermDictionary } from './dictionary';
import { QueryWord } from './query';

/** A phrase that names an expertise area: a label or synonym in one of the region's languages. */
export interface NamingPhrase {
  area: string;
  text: string;
}

/** An area a query names, and which of its words name it. */
export interface NamedArea {
  area: string;
  /** Indexes into the query's words. */
  words: number[];
  /** The phrase the words matched, for explanations and highlights. */
  phrase: string;
  /** How closely the words match the phrase: the sum of their forms' qualities (dictionary.ts). */
  quality: number;
}

/**
 * Connecting words that a phrase may omit in a query ("performance management trainer" names
 * the area without its "and"). Only words that carry no meaning of their own in the labels.
 */
const CONNECTORS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  '&',
  'dan',
  'untuk',
  'va',
  'at',
  'ng',
  'e',
  'de',
  'da',
  'do',
  'no',
  'ba',
]);

interface PreparedPhrase {
  area: string;
  text: string;
  tokens: string[];
}

/**
 * Names areas from a query. Phrases by the words they hold, and a dictionary of those words: a query word is completed and
 * corrected against it exactly as against a country's records (dictionary.ts), so naming an area
 * follows the same typo and prefix rules as matching a record.
 */
export class AreaNamer {
  private readonly dictionary: TermDictionary;
  private readonly byToken = new Map<string, PreparedPhrase[]>();

  constructor(phrases: readonly NamingPhrase[]) {
    for (const phrase of phrases) {
      // A connector is a word of its own between spaces: the "e" of "e-government" is not one.
      // A phrase's words once each, as a query's are ("undang-undang", "South-South").
      const tokens = [
        ...new Set(
          phrase.text
            .split(/\s+/)
            .filter((chunk) => !CONNECTORS.has(foldText(chunk)))
            .flatMap(tokenize),
        ),
      ];
      if (tokens.length === 0) continue;
      const prepared = { ...phrase, tokens };
      for (const token of new Set(tokens)) {
        const list = this.byToken.get(token);
        if (list) list.push(prepared);
        else this.byToken.set(token, [prepared]);
      }
    }
    this.dictionary = new TermDictionary(this.byToken.keys());
  }

  named(words: readonly QueryWord[]): NamedArea[] {
    // Per query word, the phrase words it stands for and how well (exact, completed, corrected).
    const stands = words.map(
      (w) => new Map(this.dictionary.forms(w).map((f) => [f.token, f.quality] as const)),
    );
    const candidates = new Set(
      stands.flatMap((tokens) => [...tokens.keys()].flatMap((t) => this.byToken.get(t) ?? [])),
    );
    const best = new Map<string, NamedArea>();
    for (const phrase of candidates) {
      const used: number[] = [];
      let quality = 0;
      const covered = phrase.tokens.every((token) => {
        const i = stands.findIndex((tokens, j) => !used.includes(j) && tokens.has(token));
        if (i >= 0) {
          used.push(i);
          quality += stands[i].get(token)!;
        }
        return i >= 0;
      });
      if (!covered) continue;
      const found = {
        area: phrase.area,
        words: used.sort((a, b) => a - b),
        phrase: phrase.text,
        quality: Math.round(quality * 1000) / 1000,
      };
      const known = best.get(phrase.area);
      if (!known || betterNaming(found, known)) best.set(phrase.area, found);
    }
    return withoutSubsumed([...best.values()]);
  }
}

/** Whether a query word is a connector ("da" of "Gestão da mudança"): see CONNECTORS. */
export function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
}

/**
 * The named areas in area order, less those named by words another names more of: "inovasi
 * pelayanan publik" names public-service innovation, not also public-service delivery by its
 * last two words. Applied by every country and again to the region's union (statistics.ts).
 */
export function withoutSubsumed(named: readonly NamedArea[]): NamedArea[] {
  const within = (a: NamedArea, b: NamedArea) =>
    a.words.length < b.words.length && a.words.every((w) => b.words.includes(w));
  return named
    .filter((a) => !named.some((b) => within(a, b)))
    .sort((a, b) => compareUtf8(a.area, b.area));
}

/**
 * Which of two phrases names an area: the one covering more query words, then the one they match
 * more closely ("sucession plan" is nearer "Succession planning" than "Planeamento da sucessão"),
 * then the first in code-point order. One rule for a country and for the region's sum
 * (statistics.ts).
 */
export function betterNaming(a: NamedArea, b: NamedArea): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.quality !== b.quality) return a.quality > b.quality;
  return compareUtf8(a.phrase, b.phrase) < 0;
}

let vocabulary: AreaNamer | undefined;

/** The vocabulary's labels and synonyms in every language, as naming phrases. */
export function vocabularyPhrases(): NamingPhrase[] {
  return areaPhrases().map((p) => ({ area: p.area, text: p.text }));
}

/**
 * The areas whose phrase (a label or synonym, in any of the region's languages) the query holds,
 * every meaningful word of it, in any order, each word exactly, completed or corrected. Each area
 * once, by the phrase covering most query words. Every country runs this same code over the same
 * vocabulary (shared/src/vocabulary), so a query names the same areas everywhere.
 */
export function findNamedAreas(
  words: readonly QueryWord[],
  phrases?: readonly NamingPhrase[],
): NamedArea[] {
  if (phrases) return new AreaNamer(phrases).named(words);
  vocabulary ??= new AreaNamer(vocabularyPhrases());
  return vocabulary.named(words);
}
