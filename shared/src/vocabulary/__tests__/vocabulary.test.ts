import { foldText, tokenize } from '../../text/tokens';
import { EXPERTISE_AREAS } from '../areas';
import { EN_SYNONYMS } from '../labels/en';
import { LABEL_TABLES, areaLabel, areaLabels, areaPhrases } from '../lookup';
import { VOCABULARY_LANGUAGES, type VocabularyLanguage } from '../types';

/** The multilingual vocabulary the search engine matches queries against (docs/vocabulary.md). */

const AREA_IDS = EXPERTISE_AREAS.map((a) => a.id);
const everyLabel = EXPERTISE_AREAS.flatMap((a) =>
  areaLabels(a.id).map((l) => ({ area: a.id, ...l })),
);

/** The script each language is written in; a label in Latin letters there is a placeholder. */
const SCRIPTS: Partial<Record<VocabularyLanguage, RegExp>> = {
  th: /\p{Script=Thai}/u,
  lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u,
  my: /\p{Script=Myanmar}/u,
  ta: /\p{Script=Tamil}/u,
  zh: /\p{Script=Han}/u,
};

describe('the multilingual expertise vocabulary', () => {
  it('labels exactly the areas of EXPERTISE_AREAS, in every language table', () => {
    for (const table of [...Object.values(LABEL_TABLES), EN_SYNONYMS])
      expect(Object.keys(table).sort()).toEqual([...AREA_IDS].sort());
  });

  it('gives every area a non-empty label in all 13 languages', () => {
    expect(VOCABULARY_LANGUAGES).toHaveLength(13);
    for (const id of AREA_IDS) {
      const labels = areaLabels(id);
      expect(labels.map((l) => l.lang)).toEqual([...VOCABULARY_LANGUAGES]);
      for (const l of labels) expect(l.label.trim()).not.toBe('');
    }
  });

  it('keeps the English label identical to the canonical one in EXPERTISE_AREAS', () => {
    for (const area of EXPERTISE_AREAS) expect(areaLabel(area.id, 'en')).toBe(area.label);
  });

  it('gives every label a source or marks it for review', () => {
    for (const l of everyLabel) {
      const hasSource = typeof l.source === 'string' && l.source.trim() !== '';
      if (!hasSource && l.review !== true) throw new Error(`${l.area} (${l.lang}) has neither`);
    }
  });

  it('writes each language in its own script', () => {
    for (const l of everyLabel) {
      const script = SCRIPTS[l.lang];
      if (script && !script.test(l.label)) throw new Error(`${l.area} (${l.lang}): ${l.label}`);
    }
    const vi = everyLabel.filter((l) => l.lang === 'vi');
    expect(vi.some((l) => /[ăâđêôơư]/iu.test(l.label))).toBe(true);
  });

  it('never gives two areas the same folded label in one language', () => {
    for (const lang of VOCABULARY_LANGUAGES) {
      const folded = everyLabel.filter((l) => l.lang === lang).map((l) => foldText(l.label));
      expect(new Set(folded).size).toBe(AREA_IDS.length);
    }
  });

  it('lets a phrase (label or synonym) name one area only within a language', () => {
    const owner = new Map<string, string>();
    for (const p of areaPhrases()) {
      const key = `${p.lang}:${foldText(p.text)}`;
      const seen = owner.get(key);
      if (seen !== undefined) throw new Error(`"${p.text}" (${p.lang}) in ${seen} and ${p.area}`);
      owner.set(key, p.area);
    }
  });

  it('tokenises every label and synonym, Thai, Lao, Khmer and Burmese included', () => {
    for (const p of areaPhrases())
      if (tokenize(p.text).length === 0) throw new Error(`"${p.text}" (${p.lang}) has no token`);
    // A label written without spaces is segmented into words, not kept as one run.
    for (const lang of ['th', 'lo', 'km', 'my'] as const)
      expect(tokenize(areaLabel('performance-management', lang) ?? '').length).toBeGreaterThan(1);
  });
});

describe('areaLabel', () => {
  it('gives the label in the language asked for, whatever the tag says about region or case', () => {
    expect(areaLabel('merit-system', 'th')).toBe('ระบบคุณธรรม');
    expect(areaLabel('merit-system', 'th-TH')).toBe('ระบบคุณธรรม');
    expect(areaLabel('talent-management', 'ID')).toBe('Manajemen talenta');
  });

  it('falls back to English for a language outside the vocabulary', () => {
    expect(areaLabel('succession-planning', 'fr')).toBe('Succession planning');
    expect(areaLabel('succession-planning', '')).toBe('Succession planning');
  });

  it('knows no label for an id outside the vocabulary', () => {
    expect(areaLabel('astrology', 'en')).toBeUndefined();
    expect(areaLabels('astrology')).toEqual([]);
  });
});

describe('areaPhrases', () => {
  const phrases = areaPhrases();

  it('lists every label and every synonym once, with its kind', () => {
    const expected = everyLabel.reduce((n, l) => n + 1 + (l.synonyms?.length ?? 0), 0);
    expect(phrases).toHaveLength(expected);
    expect(phrases.filter((p) => p.kind === 'label')).toHaveLength(AREA_IDS.length * 13);
    expect(phrases).toContainEqual({
      area: 'hr-planning',
      lang: 'en',
      text: 'HR planning and workforce analytics',
      kind: 'label',
    });
  });

  /** The words of a query appear, as tokens, in one phrase of the area it names. */
  function areasNamedBy(query: string): string[] {
    const words = tokenize(query);
    const hits = phrases.filter((p) => {
      const tokens = new Set(tokenize(p.text));
      return words.every((w) => tokens.has(w));
    });
    return [...new Set(hits.map((p) => p.area))];
  }

  it('carries the English synonyms people type', () => {
    expect(areasNamedBy('HR analytics')).toEqual(['hr-planning']);
    expect(areasNamedBy('workforce analytics')).toEqual(['hr-planning']);
    expect(areasNamedBy('anti-graft')).toEqual(['integrity-anti-corruption']);
    expect(areasNamedBy('L&D')).toContain('learning-development');
    expect(areasNamedBy('HRIS')).toEqual(['hr-information-systems']);
  });

  it('names the area of each other-language query in issue 10', () => {
    expect(areasNamedBy('manajemen talenta')).toEqual(['talent-management']);
    expect(areasNamedBy('การบริหารผลงาน')).toEqual(['performance-management']);
    expect(areasNamedBy('quản lý nhân tài')).toEqual(['talent-management']);
    expect(areasNamedBy('quan ly nhan tai')).toEqual(['talent-management']);
  });
});
