import { COUNTRIES, findCountry } from '../../countries';
import { AUDIENCES, CEFR_LEVELS, ENGAGEMENT_ROLES, PURPOSES, REGIONAL_BANDS, type ExpertRecord } from '../../expert';
import { generateExperts } from '../generate';

const CODES = COUNTRIES.map((c) => c.code);
const SAMPLE = 2_000;

const samples = new Map(CODES.map((c) => [c, generateExperts({ country: c, count: SAMPLE })]));
const sample = (country: string): ExpertRecord[] => samples.get(country) ?? [];

/** Local scripts each country's names must show, besides Latin. */
const LOCAL_SCRIPTS: Record<string, string[]> = {
  TH: ['Thai'], KH: ['Khmr'], LA: ['Laoo'], MM: ['Mymr'], SG: ['Hans', 'Taml'],
  CN: ['Hans'], JP: ['Jpan'], KR: ['Hang'],
  ID: [], MY: [], BN: [], PH: [], VN: [], TL: [],
};

const SCRIPT_PATTERNS: Record<string, RegExp> = {
  Thai: /^[\u0E00-\u0E7F ]+$/u,
  Khmr: /^[\u1780-\u17FF ]+$/u,
  Laoo: /^[\u0E80-\u0EFF ]+$/u,
  Mymr: /^[\u1000-\u109F]+$/u,
  Hans: /^\p{Script=Han}+$/u,
  Taml: /^[\u0B80-\u0BFF ]+$/u,
  Jpan: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々 ]+$/u,
  Hang: /^\p{Script=Hangul}+$/u,
  Latn: /^[\p{Script=Latin}\p{M} .'\-]+$/u,
};

describe('demo data content', () => {
  it('has names in the local script where the country has one, always with a Latin form', () => {
    for (const country of CODES) {
      const seen = new Set<string>();
      for (const record of sample(country)) {
        const latin = record.names.filter((n) => n.script === 'Latn');
        expect(latin).toHaveLength(1);
        expect(record.displayName).toBe(latin[0].value);
        for (const name of record.names) {
          seen.add(name.script);
          expect(name.value).toMatch(SCRIPT_PATTERNS[name.script]);
          expect(name.value.trim()).toBe(name.value);
        }
      }
      expect([...seen].sort()).toEqual(['Latn', ...LOCAL_SCRIPTS[country]].sort());
    }
  });

  it('keeps Vietnamese diacritics', () => {
    expect(sample('VN').some((r) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(r.displayName))).toBe(true);
  });

  it('writes about half the titles in the local script, without spaces, in TH KH LA MM', () => {
    const scripts: Record<string, RegExp> = {
      TH: /^[\u0E00-\u0E7F]+$/u,
      KH: /^[\u1780-\u17FF]+$/u,
      LA: /^[\u0E80-\u0EFF]+$/u,
      MM: /^[\u1000-\u109F]+$/u,
    };
    for (const [country, script] of Object.entries(scripts)) {
      const local = sample(country).filter((r) => !/[A-Za-z]/.test(r.position.title));
      expect(local.length / SAMPLE).toBeGreaterThan(0.3);
      expect(local.length / SAMPLE).toBeLessThan(0.65);
      for (const r of local) expect(r.position.title).toMatch(script);
    }
    expect(sample('TH').some((r) => r.position.title === 'ผู้อำนวยการสำนักงานบริหารทรัพยากรบุคคล')).toBe(true);
    for (const country of ['ID', 'MY', 'SG', 'PH', 'VN', 'BN', 'TL', 'CN', 'JP', 'KR']) {
      for (const r of sample(country)) expect(r.position.title).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it('maps every national grade to one regional band, consistently', () => {
    for (const country of CODES) {
      const bandOf = new Map<string, string>();
      const bands = new Set<string>();
      for (const { position } of sample(country)) {
        expect(REGIONAL_BANDS).toContain(position.band);
        const key = `${position.grade.scheme}/${position.grade.code}`;
        expect(bandOf.get(key) ?? position.band).toBe(position.band);
        bandOf.set(key, position.band);
        bands.add(position.band);
      }
      expect(bands.size).toBe(REGIONAL_BANDS.length);
      if (country === 'ID') {
        expect(bandOf.get('JPT/Utama')).toBe('TOP_EXECUTIVE');
        expect(bandOf.get('JPT/Madya')).toBe('SENIOR_EXECUTIVE');
        expect(bandOf.get('JPT/Pratama')).toBe('EXECUTIVE');
      }
    }
  });

  it('speaks the first language at C2, English for most, sometimes a third', () => {
    for (const country of CODES) {
      const records = sample(country);
      const first = findCountry(country)?.languages[0];
      let english = 0;
      let third = 0;
      for (const { languages } of records) {
        expect(languages[0].cefr).toBe('C2');
        expect(new Set(languages.map((l) => l.tag)).size).toBe(languages.length);
        for (const l of languages) {
          expect(CEFR_LEVELS).toContain(l.cefr);
          expect(l.tag).toMatch(/^[a-z]{2,3}$/);
        }
        if (languages.some((l) => l.tag === 'en')) english++;
        if (languages.length >= 3) third++;
      }
      if (country !== 'SG') expect(records.every((r) => r.languages[0].tag === first)).toBe(true);
      expect(english / records.length).toBeGreaterThan(0.8);
      expect(third).toBeGreaterThan(0);
    }
  });

  it('mixes consent as planned, with withdrawals recorded after the grant', () => {
    const all = CODES.flatMap(sample);
    const share = (pred: (r: ExpertRecord) => boolean): number => all.filter(pred).length / all.length;
    const grants = (r: ExpertRecord, audience: string): boolean =>
      r.consent.some((c) => c.audience === audience && c.purpose === 'ANY' && c.granted);
    expect(share((r) => r.consent.length === 0)).toBeCloseTo(0.1, 1);
    expect(share((r) => grants(r, 'MEMBER') && grants(r, 'SECRETARIAT'))).toBeCloseTo(0.75, 1);
    expect(share((r) => grants(r, 'PUBLIC'))).toBeCloseTo(0.4, 1);
    const withdrawn = all.filter((r) => r.consent.some((c) => !c.granted));
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const r of withdrawn) {
      const no = r.consent.find((c) => !c.granted);
      const yes = r.consent.find((c) => c.granted && c.audience === no?.audience && c.purpose === no?.purpose);
      expect(yes && no && yes.recordedAt < no.recordedAt).toBe(true);
    }
    for (const r of all) {
      for (const c of r.consent) {
        expect(AUDIENCES).toContain(c.audience);
        expect(c.audience).not.toBe('OWN');
        expect(PURPOSES).toContain(c.purpose);
        expect(c.noticeVersion).toMatch(/^\d{4}-\d{2}$/);
        expect(c.recordedAt).toMatch(/^2025-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
        expect(new Date(c.recordedAt).toISOString()).toBe(c.recordedAt);
      }
    }
  });

  it('uses reserved demo mail domains, plausible degrees and engagements', () => {
    for (const country of CODES) {
      for (const r of sample(country)) {
        expect(r.contact.workEmail).toMatch(
          new RegExp(`^[a-z]+(\\.[a-z])?\\d+@[a-z]+\\.${country.toLowerCase()}\\.demo\\.example$`),
        );
        expect(r.qualifications.length).toBeLessThanOrEqual(3);
        r.qualifications.forEach((q, i) => {
          if (i > 0) expect(q.year).toBeGreaterThanOrEqual(r.qualifications[i - 1].year);
          expect(q.year).toBeLessThanOrEqual(2025);
        });
        expect(r.engagements.length).toBeLessThanOrEqual(3);
        for (const e of r.engagements) {
          expect(ENGAGEMENT_ROLES).toContain(e.role);
          expect(e.year).toBeGreaterThanOrEqual(2015);
          expect(e.year).toBeLessThanOrEqual(2026);
          if (e.hostCountry) expect(findCountry(e.hostCountry)?.membership).toBe('MEMBER');
        }
      }
    }
    expect(generateExperts({ country: 'TH', count: 1 })[0].contact.workEmail).toMatch(/^somchai\.j1@/);
  });
});
