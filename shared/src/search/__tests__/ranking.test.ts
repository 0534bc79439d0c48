import { ExpertiseEntry } from '../../expert';
import { familyNameTokens } from '../family-names';
import { findNamedAreas } from '../areas';
import { TermDictionary } from '../dictionary';
import { parseQuery } from '../query';
import { planScoring, ScoredRecord, scoreRecord } from '../score';
import { addStatistics, FormStatistic, MAX_FORMS_PER_WORD, SearchStatistics } from '../statistics';

const words = (s: string) => new Set(s.split(' '));
function record(fields: ScoredRecord['fields'], expertise: ExpertiseEntry[] = []): ScoredRecord {
  const lengths = Object.fromEntries(Object.entries(fields).map(([f, w]) => [f, w!.size]));
  return { fields, lengths, expertise };
}
/** Statistics of one small index holding `records`, for the query `text`. */
function statistics(text: string, records: ScoredRecord[]): SearchStatistics {
  const query = parseQuery(text);
  const all = records.flatMap((r) => Object.values(r.fields).flatMap((w) => [...w!]));
  const dictionary = new TermDictionary(all);
  const forms: FormStatistic[] = query.flatMap((w, word) =>
    dictionary.forms(w).map((f) => ({
      word,
      token: f.token,
      kind: f.kind,
      edits: f.edits,
      documents: records.filter((r) => Object.values(r.fields).some((s) => s!.has(f.token))).length,
      families: records.filter((r) => r.family?.has(f.token)).length,
    })),
  );
  const areas = findNamedAreas(query).map((a) => ({
    area: a.area,
    documents: records.filter((r) => r.expertise?.some((e) => e.area === a.area)).length,
  }));
  return addStatistics([{ documents: records.length, forms, areas }]);
}
function rank(text: string, records: ScoredRecord[]) {
  const query = parseQuery(text);
  const plan = planScoring(query, findNamedAreas(query), statistics(text, records));
  return records.map((r) => scoreRecord(r, plan));
}

const succession = (level: 1 | 2 | 3 | 4, years: number) =>
  record({ expertise: words('succession planning') }, [
    { area: 'succession-planning', level, years },
  ]);

describe('ranking', () => {
  it('ranks a level-4 expert with 21 years above a level-2 expert with 8 when the query names the area', () => {
    const [junior, senior] = rank('succession planning', [succession(2, 8), succession(4, 21)]);
    expect(senior.score).toBeGreaterThan(junior.score);
  });

  it('keeps every score in [0, 1]', () => {
    const scores = rank('succession planning nguyen', [
      succession(4, 30),
      record({ names: words('nguyen van an'), expertise: words('succession planning') }, [
        { area: 'succession-planning', level: 4, years: 40 },
      ]),
    ]).map((r) => r.score);
    for (const s of scores) expect(s).toBeGreaterThan(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
  });

  it('ranks more matched words higher, and a word found nowhere empties nothing', () => {
    const both = record({ expertise: words('performance management'), position: words('trainer') });
    const one = record({ expertise: words('performance management') });
    const [a, b] = rank('performance management trainer english', [both, one]);
    expect(b.score).toBeGreaterThan(0);
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('ranks an exact match above a corrected one', () => {
    const exact = record({ position: words('auditor') });
    const near = record({ position: words('auditer') });
    const [e, n] = rank('auditor ', [exact, near]);
    expect(n.score).toBeGreaterThan(0);
    expect(e.score).toBeGreaterThan(n.score);
  });

  it('weighs a name above a position title', () => {
    const named = record({ names: words('santos') });
    const titled = record({ position: words('santos') });
    const [n, t] = rank('santos ', [named, titled]);
    expect(n.score).toBeGreaterThan(t.score);
  });

  it('says which query word matched which field, with the stored form', () => {
    const [r] = rank('sucession ', [record({ expertise: words('succession planning') })]);
    expect(r.highlights).toEqual([
      { field: 'expertise', word: 'sucession', matched: 'succession', kind: 'TYPO' },
    ]);
  });

  it('never matches or highlights a field the record does not carry (withheld fields are not passed in)', () => {
    const withheld = record({ position: words('director') });
    const [r] = rank('nguyen director', [withheld]);
    expect(r.highlights.map((h) => h.field)).toEqual(['position']);
  });
});

describe('region-wide statistics', () => {
  it('adds country counts so the order equals one index over every country', () => {
    const th = [succession(2, 3), record({ names: words('somchai') })];
    const vn = [succession(3, 10), succession(1, 2), record({ names: words('nguyen') })];
    const text = 'succession planning';
    const query = parseQuery(text);
    const region = addStatistics([statistics(text, th), statistics(text, vn)]);
    const single = statistics(text, [...th, ...vn]);
    expect(region).toEqual(single);
    const plan = planScoring(query, findNamedAreas(query), region);
    const scores = [...th, ...vn].map((r) => scoreRecord(r, plan).score);
    const reference = rank(text, [...th, ...vn]).map((r) => r.score);
    expect(scores).toEqual(reference);
  });

  it('keeps the region’s best forms per word, whatever each country cut', () => {
    const forms = (prefix: string, n: number): FormStatistic[] =>
      Array.from({ length: n }, (_, i) => ({
        word: 0,
        token: `${prefix}${String(i).padStart(2, '0')}`,
        kind: 'PREFIX' as const,
        edits: 0,
        documents: 1,
        families: 0,
      }));
    const merged = addStatistics([
      { documents: 30, forms: forms('a', 30), areas: [] },
      { documents: 30, forms: forms('b', 30), areas: [] },
    ]);
    expect(merged.forms).toHaveLength(MAX_FORMS_PER_WORD);
    expect(merged.forms[0].token).toBe('a00');
  });
});

describe('forms of one word share one idf', () => {
  it('ranks an exact name above a rarer name it begins', () => {
    const exact = [1, 2, 3].map(() => record({ names: words('prak sreyleak') }));
    const longer = record({ names: words('prakash kumar') });
    const scores = rank('prak', [...exact, longer]).map((r) => r.score);
    expect(scores[0]).toBeGreaterThan(scores[3]);
  });

  it('drops a connector as a word once the query names an area', () => {
    const holder = record({}, [{ area: 'change-management', level: 3, years: 10 }]);
    const ng = record({ names: words('da silva') });
    const [h, n] = rank('Gestão da mudança', [holder, ng]);
    expect(h.score).toBeGreaterThan(0);
    expect(n.score).toBe(0);
  });

  describe('family names', () => {
    /** A person as the country derives them: names, display name and family-name words. */
    const person = (name: string, lang: string): ScoredRecord => {
      const family = familyNameTokens({ value: name, lang, script: 'Latn' });
      return {
        ...record({ names: words(name), displayName: words(name) }),
        family: new Set(family),
      };
    };

    it('ranks someone sharing the family name above someone sharing the given name', () => {
      // Rattana is the rarer word here, so without family names the other Rattana would lead.
      const people = [
        person('rattana jaidee', 'th'),
        person('rattana somsak', 'th'),
        person('malee jaidee', 'th'),
        person('somchai jaidee', 'th'),
      ];
      const [named, sameGiven, sameFamily] = rank('rattana jaidee', people).map((r) => r.score);
      expect(named).toBeGreaterThan(sameFamily);
      expect(sameFamily).toBeGreaterThan(sameGiven);
    });

    it('takes the first word for a family-first language', () => {
      const people = [
        person('nguyen van an', 'vi'),
        person('tran van an', 'vi'),
        person('nguyen thi mai', 'vi'),
      ];
      const [, sameGiven, sameFamily] = rank('nguyen van an', people).map((r) => r.score);
      expect(sameFamily).toBeGreaterThan(sameGiven);
    });

    it('still reaches 1 for a perfect match and changes nothing where no word is a family name', () => {
      const people = [person('siti aminah', 'ms'), person('siti rahmah', 'ms')];
      const [exact, other] = rank('siti aminah', people).map((r) => r.score);
      expect(exact).toBeLessThanOrEqual(1);
      expect(exact).toBeGreaterThan(other);
      expect(familyNameTokens({ value: 'siti aminah', lang: 'ms', script: 'Latn' })).toEqual([]);
    });
  });
});
