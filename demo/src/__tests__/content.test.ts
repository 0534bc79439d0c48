import {
  AUDIENCES,
  CEFR_LEVELS,
  ENGAGEMENT_ROLES,
  type ExpertRecord,
  findCountry,
  PURPOSES,
  REGIONAL_BANDS,
} from '@expertpool/shared';
import { generateExperts } from '../generate';
import { CODES, SAMPLE, problemsIn, sample } from './sample';

describe('demo data content', () => {
  it('maps every national grade to one regional band, consistently', () => {
    for (const country of CODES) {
      const bandOf = new Map<string, string>();
      const problems = problemsIn([country], ({ position }) => {
        if (!REGIONAL_BANDS.includes(position.band)) return `unknown band ${position.band}`;
        const key = `${position.grade.scheme}/${position.grade.code}`;
        if ((bandOf.get(key) ?? position.band) !== position.band) return `${key} in two bands`;
        bandOf.set(key, position.band);
        return undefined;
      });
      expect(problems).toEqual([]);
      expect(new Set(bandOf.values()).size).toBe(REGIONAL_BANDS.length);
      if (country === 'ID') {
        expect(bandOf.get('JPT/Utama')).toBe('TOP_EXECUTIVE');
        expect(bandOf.get('JPT/Madya')).toBe('SENIOR_EXECUTIVE');
        expect(bandOf.get('JPT/Pratama')).toBe('EXECUTIVE');
      }
    }
  });

  it('speaks the first language at C2, English for most, sometimes a third', () => {
    for (const country of CODES) {
      const first = findCountry(country)?.languages[0];
      const problems = problemsIn([country], ({ languages }) => {
        if (languages[0].cefr !== 'C2') return 'first language not at C2';
        if (country !== 'SG' && languages[0].tag !== first)
          return `first language ${languages[0].tag}`;
        if (new Set(languages.map((l) => l.tag)).size !== languages.length)
          return 'repeated language';
        const bad = languages.find(
          (l) => !CEFR_LEVELS.includes(l.cefr) || !/^[a-z]{2,3}$/.test(l.tag),
        );
        return bad ? JSON.stringify(bad) : undefined;
      });
      expect(problems).toEqual([]);
      const records = sample(country);
      expect(
        records.filter((r) => r.languages.some((l) => l.tag === 'en')).length / SAMPLE,
      ).toBeGreaterThan(0.8);
      expect(records.some((r) => r.languages.length >= 3)).toBe(true);
    }
  });

  it('mixes consent as planned, with withdrawals recorded after the grant', () => {
    const all = CODES.flatMap(sample);
    const share = (pred: (r: ExpertRecord) => boolean): number =>
      all.filter(pred).length / all.length;
    const grants = (r: ExpertRecord, audience: string): boolean =>
      r.consent.some((c) => c.audience === audience && c.purpose === 'ANY' && c.granted);
    expect(share((r) => r.consent.length === 0)).toBeCloseTo(0.1, 1);
    expect(share((r) => grants(r, 'MEMBER') && grants(r, 'SECRETARIAT'))).toBeCloseTo(0.75, 1);
    expect(share((r) => grants(r, 'PUBLIC'))).toBeCloseTo(0.4, 1);
    expect(all.some((r) => r.consent.some((c) => !c.granted))).toBe(true);
    const problems = problemsIn(CODES, (r) => {
      for (const c of r.consent) {
        if (!AUDIENCES.includes(c.audience) || c.audience === ('OWN' as string))
          return `audience ${c.audience}`;
        if (!PURPOSES.includes(c.purpose)) return `purpose ${c.purpose}`;
        if (!/^\d{4}-\d{2}$/.test(c.noticeVersion)) return `notice ${c.noticeVersion}`;
        if (
          !c.recordedAt.startsWith('2025-') ||
          new Date(c.recordedAt).toISOString() !== c.recordedAt
        ) {
          return `recordedAt ${c.recordedAt}`;
        }
        if (!c.granted) {
          const grant = r.consent.find(
            (g) => g.granted && g.audience === c.audience && g.purpose === c.purpose,
          );
          if (!grant || grant.recordedAt >= c.recordedAt)
            return 'withdrawal without an earlier grant';
        }
      }
      return undefined;
    });
    expect(problems).toEqual([]);
  });

  it('uses reserved demo mail domains, plausible degrees and engagements', () => {
    const problems = problemsIn(CODES, (r) => {
      const cc = r.id?.slice(0, 2).toLowerCase();
      if (
        !new RegExp(`^[a-z]+(\\.[a-z])?\\d+@[a-z]+\\.${cc}\\.demo\\.example$`).test(
          r.contact.workEmail,
        )
      ) {
        return `email ${r.contact.workEmail}`;
      }
      if (r.qualifications.length > 3 || r.engagements.length > 3) return 'too many entries';
      for (const [i, q] of r.qualifications.entries()) {
        if (q.year > 2025 || (i > 0 && q.year < r.qualifications[i - 1].year))
          return `degree years ${q.year}`;
      }
      for (const e of r.engagements) {
        if (!ENGAGEMENT_ROLES.includes(e.role) || e.year < 2015 || e.year > 2026)
          return JSON.stringify(e);
        if (e.hostCountry && findCountry(e.hostCountry)?.membership !== 'MEMBER')
          return `host ${e.hostCountry}`;
      }
      return undefined;
    });
    expect(problems).toEqual([]);
    expect(generateExperts({ country: 'TH', count: 1 })[0].contact.workEmail).toMatch(
      /^somchai\.j1@[a-z]+\.th\.demo\.example$/,
    );
  });
});
