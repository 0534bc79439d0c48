import { GraphQLError, Kind, ObjectTypeDefinitionNode, parse, print } from 'graphql';
import {
  TRAINING_NEED_SDL,
  TrainingNeedInput,
  trainingNeedProblems,
  validateTrainingNeed,
} from '../training-need';

const NEED: TrainingNeedInput = {
  competencies: [{ area: 'performance-management', minLevel: 3 }],
  languages: [{ tag: 'en', minCefr: 'B2' }],
  from: '2026-03-01',
  to: '2026-03-31',
  mode: 'REMOTE',
};

const fieldsOf = (input: Partial<TrainingNeedInput>) =>
  trainingNeedProblems({ ...NEED, ...input }).problems.map((p) => p.field);

describe('validateTrainingNeed', () => {
  it('returns the need as stored, with language tags in canonical form', () => {
    expect(
      validateTrainingNeed({
        ...NEED,
        languages: [
          { tag: 'EN-gb', minCefr: 'C1' },
          { tag: 'zh-hant', minCefr: 'B1' },
        ],
        includeCountries: ['TH', 'VN'],
        excludeCountries: null,
      }),
    ).toEqual({
      ...NEED,
      languages: [
        { tag: 'en-GB', minCefr: 'C1' },
        { tag: 'zh-Hant', minCefr: 'B1' },
      ],
      includeCountries: ['TH', 'VN'],
    });
    expect(validateTrainingNeed({ ...NEED, languages: null }).languages).toEqual([]);
  });

  it('accepts its own output as input and returns the same need', () => {
    const need = validateTrainingNeed({ ...NEED, excludeCountries: ['MM'] });
    expect(validateTrainingNeed(need)).toEqual(need);
  });

  it.each([
    [
      'an unknown area',
      { competencies: [{ area: 'astrology', minLevel: 2 }] },
      'competencies[0].area',
    ],
    [
      'a level of 0',
      { competencies: [{ area: 'merit-system', minLevel: 0 }] },
      'competencies[0].minLevel',
    ],
    [
      'a level of 2.5',
      { competencies: [{ area: 'merit-system', minLevel: 2.5 }] },
      'competencies[0].minLevel',
    ],
    ['no competencies', { competencies: [] }, 'competencies'],
    [
      'an area named twice',
      {
        competencies: [
          { area: 'merit-system', minLevel: 1 },
          { area: 'merit-system', minLevel: 4 },
        ],
      },
      'competencies[1].area',
    ],
    [
      'a tag that is not BCP 47',
      { languages: [{ tag: 'en_US', minCefr: 'B1' }] },
      'languages[0].tag',
    ],
    ['a private-use tag', { languages: [{ tag: 'x-klingon', minCefr: 'B1' }] }, 'languages[0].tag'],
    [
      'an unknown CEFR level',
      { languages: [{ tag: 'th', minCefr: 'D1' }] },
      'languages[0].minCefr',
    ],
    [
      'a language named twice (in any case)',
      {
        languages: [
          { tag: 'th', minCefr: 'B1' },
          { tag: 'TH', minCefr: 'C1' },
        ],
      },
      'languages[1].tag',
    ],
    ['a from that is not a date', { from: '2026-02-30' }, 'from'],
    ['a to in another format', { to: '31/03/2026' }, 'to'],
    ['from after to', { from: '2026-04-01' }, 'from'],
    ['an unknown mode', { mode: 'HYBRID' }, 'mode'],
    ['an unknown country', { includeCountries: ['XX'] }, 'includeCountries[0]'],
    ['a country named twice', { excludeCountries: ['LA', 'LA'] }, 'excludeCountries[1]'],
    ['an empty country list', { includeCountries: [] }, 'includeCountries'],
    [
      'a country both included and excluded',
      { includeCountries: ['MY', 'TH'], excludeCountries: ['TH'] },
      'excludeCountries[0]',
    ],
  ])('refuses %s, naming the field', (_label, change, field) => {
    expect(fieldsOf(change)).toEqual([`need.${field}`]);
    let thrown: unknown;
    try {
      validateTrainingNeed({ ...NEED, ...change });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const error = thrown as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `need.${field}` });
    expect(error.message).toMatch(new RegExp(`^need\\.${field.replace(/[[\]]/g, '\\$&')}: `));
  });

  it('names every problem at once, under the path it is given', () => {
    const { problems } = trainingNeedProblems(
      { ...NEED, competencies: [], from: 'soon', mode: 'HYBRID' },
      'input.need',
    );
    expect(problems.map((p) => p.field)).toEqual([
      'input.need.competencies',
      'input.need.from',
      'input.need.mode',
    ]);
    expect(() => validateTrainingNeed({ ...NEED, competencies: [], from: 'soon' })).toThrow(
      /^2 problems: need\.competencies: name at least one competency\. need\.from: /,
    );
  });
});

describe('TRAINING_NEED_SDL', () => {
  const document = parse(TRAINING_NEED_SDL);
  const fields = (name: string) => {
    const def = document.definitions.find(
      (d) => 'name' in d && d.name?.value === name,
    ) as ObjectTypeDefinitionNode;
    return (def.fields ?? []).map((f) => `${f.name.value}: ${print(f.type)}`);
  };

  it('gives input and output the same fields, so an output can be sent back as input', () => {
    const input = (name: string) => fields(name).map((f) => f.replace(/Input\b/, ''));
    expect(input('TrainingNeedInput')).toEqual(fields('TrainingNeed'));
    expect(input('CompetencyNeedInput')).toEqual(fields('CompetencyNeed'));
    expect(input('LanguageNeedInput')).toEqual(fields('LanguageNeed'));
  });

  it('marks the output types shareable, so several subgraphs may declare them', () => {
    for (const name of ['TrainingNeed', 'CompetencyNeed', 'LanguageNeed']) {
      const def = document.definitions.find(
        (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
      ) as ObjectTypeDefinitionNode;
      expect(def.directives?.map((d) => d.name.value)).toContain('shareable');
    }
  });
});
