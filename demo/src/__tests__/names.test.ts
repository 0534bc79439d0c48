import { CODES, SAMPLE, problemsIn, sample } from './sample';

/** Local scripts each country's names must show, besides Latin. */
const LOCAL_SCRIPTS: Record<string, string[]> = {
  TH: ['Thai'],
  KH: ['Khmr'],
  LA: ['Laoo'],
  MM: ['Mymr'],
  SG: ['Hans', 'Taml'],
  CN: ['Hans'],
  JP: ['Jpan'],
  KR: ['Hang'],
  ID: [],
  MY: [],
  BN: [],
  PH: [],
  VN: [],
  TL: [],
};

const NAME_PATTERNS: Record<string, RegExp> = {
  Thai: /^[\u0E00-\u0E7F ]+$/u,
  Khmr: /^[\u1780-\u17FF ]+$/u,
  Laoo: /^[\u0E80-\u0EFF ]+$/u,
  Mymr: /^[\u1000-\u109F]+$/u,
  Hans: /^\p{Script=Han}+$/u,
  Taml: /^[\u0B80-\u0BFF ]+$/u,
  Jpan: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々 ]+$/u,
  Hang: /^\p{Script=Hangul}+$/u,
  Latn: /^[\p{Script=Latin}\p{M} .'-]+$/u,
};

/** Titles in the local script are one run of that script: no spaces, no Latin. */
const LOCAL_TITLES: Record<string, RegExp> = {
  TH: /^[\u0E00-\u0E7F]+$/u,
  KH: /^[\u1780-\u17FF]+$/u,
  LA: /^[\u0E80-\u0EFF]+$/u,
  MM: /^[\u1000-\u109F]+$/u,
};

describe('demo names and titles', () => {
  it('has names in the local script where the country has one, always with one Latin form', () => {
    for (const country of CODES) {
      const seen = new Set<string>();
      const problems = problemsIn([country], (r) => {
        const latin = r.names.filter((n) => n.script === 'Latn');
        if (latin.length !== 1 || r.displayName !== latin[0].value)
          return 'displayName is not the one Latin name';
        for (const name of r.names) {
          seen.add(name.script);
          if (!NAME_PATTERNS[name.script]?.test(name.value) || name.value.trim() !== name.value) {
            return `bad ${name.script} name "${name.value}"`;
          }
        }
        return undefined;
      });
      expect(problems).toEqual([]);
      expect([...seen].sort()).toEqual(['Latn', ...LOCAL_SCRIPTS[country]].sort());
    }
  });

  it('keeps Vietnamese diacritics', () => {
    expect(sample('VN').some((r) => r.displayName.startsWith('Nguyễn'))).toBe(true);
    expect(sample('VN').some((r) => / Thị /u.test(r.displayName))).toBe(true);
  });

  it('writes about half the titles in the local script, without spaces, in TH KH LA MM', () => {
    for (const [country, script] of Object.entries(LOCAL_TITLES)) {
      const local = sample(country).filter((r) => !/[A-Za-z]/.test(r.position.title));
      expect(local.length / SAMPLE).toBeGreaterThan(0.3);
      expect(local.length / SAMPLE).toBeLessThan(0.65);
      expect(
        local.filter((r) => !script.test(r.position.title)).map((r) => r.position.title),
      ).toEqual([]);
    }
    expect(sample('TH').some((r) => r.position.title === 'ผู้อำนวยการสำนักงานบริหารทรัพยากรบุคคล')).toBe(
      true,
    );
    const elsewhere = CODES.filter((c) => !(c in LOCAL_TITLES));
    const latinOnly = /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u;
    expect(
      problemsIn(elsewhere, (r) =>
        latinOnly.test(r.position.title) ? undefined : r.position.title,
      ),
    ).toEqual([]);
  });
});
