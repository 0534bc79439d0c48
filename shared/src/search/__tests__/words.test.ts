import { allowedEdits, boundedEdits } from '../edits';
import { parseQuery } from '../query';
import { TermDictionary } from '../dictionary';
import { findNamedAreas } from '../areas';

describe('typo budget: 1 edit from 5 letters, 2 from 9', () => {
  it.each([
    ['plan', 0],
    ['audit', 1],
    ['planning', 1],
    ['succession', 2],
    ['ผลงานดี', 1], // counted in letters (code points), not bytes
  ])('%s may carry %i', (word, edits) => expect(allowedEdits(word)).toBe(edits));

  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(boundedEdits('sucession', 'succession', 2)).toBe(1);
    expect(boundedEdits('sucesion', 'succession', 2)).toBe(2);
    expect(boundedEdits('planinng', 'planning', 2)).toBe(1); // swap
    expect(boundedEdits('nguyen', 'nguyen', 0)).toBe(0);
    expect(boundedEdits('audit', 'budget', 1)).toBe(2); // over the bound: max + 1
  });
});

describe('query words', () => {
  it('completes the last word while it is being typed, not once it is finished', () => {
    expect(parseQuery('succession plan').map((w) => [w.text, w.prefix])).toEqual([
      ['succession', false],
      ['plan', true],
    ]);
    expect(parseQuery('succession plan ').every((w) => !w.prefix)).toBe(true);
    expect(parseQuery('su')[0].prefix).toBe(false); // too short to complete
  });

  it('folds diacritics and segments Thai like the records', () => {
    expect(parseQuery('Quản lý').map((w) => w.text)).toEqual(['quan', 'ly']);
    expect(parseQuery('การบริหารผลงาน').length).toBeGreaterThan(1);
  });
});

describe('forms of a query word in a country’s dictionary', () => {
  const dictionary = new TermDictionary([
    'succession',
    'planning',
    'plan',
    'planner',
    'nguyen',
    'management',
  ]);

  it('finds the exact word first, then completions and corrections', () => {
    const [plan] = parseQuery('plan');
    expect(dictionary.forms(plan).map((f) => [f.token, f.kind])).toEqual([
      ['plan', 'EXACT'],
      ['planner', 'PREFIX'],
      ['planning', 'PREFIX'],
    ]);
  });

  it('corrects a typo within the budget and ranks the correction below an exact match', () => {
    const [word] = parseQuery('sucession ');
    const [form] = dictionary.forms(word);
    expect(form).toMatchObject({ token: 'succession', kind: 'TYPO', edits: 1 });
    expect(form.quality).toBeLessThan(1);
  });

  it('does not correct short words', () => {
    expect(dictionary.forms(parseQuery('plam ')[0])).toEqual([]);
  });
});

describe('areas named by a phrase', () => {
  it('keeps the "e" of a hyphenated word: "government" alone does not name e-government services', () => {
    const named = (text: string) => findNamedAreas(parseQuery(text)).map((a) => a.area);
    expect(named('government ')).not.toContain('e-government-services');
    expect(named('e-government')).toContain('e-government-services');
  });
});

describe('naming areas as the relevance bench found people type them', () => {
  const named = (text: string) => findNamedAreas(parseQuery(text)).map((a) => a.area);

  it('names an area by a phrase that repeats a word', () => {
    expect(named('Undang-Undang ASN')).toContain('civil-service-law');
  });

  it('names only the longer of two areas when one phrase lies inside the other', () => {
    expect(named('Inovasi pelayanan publik')).toEqual(['public-service-innovation']);
  });
});

describe('which phrase names an area when several in different languages do', () => {
  it('prefers the phrase the words match most closely', () => {
    const [named] = findNamedAreas(parseQuery('sucession plan'));
    expect(named).toMatchObject({ area: 'succession-planning', phrase: 'Succession planning' });
  });
});
