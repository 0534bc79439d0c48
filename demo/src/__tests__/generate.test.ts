import {
  COUNTRIES,
  DEFAULT_DEMO_SEED,
  errorCodeOf,
  type ExpertRecord,
  findExpertiseArea,
  parseExpertId,
} from '@expertpool/shared';
import { generateExperts } from '../generate';
import { createPrng } from '../prng';

const CODES = COUNTRIES.map((c) => c.code);
const LARGE = 10_000;

// Generated once per country and shared by the tests that only read the records. Checks over
// them collect problems and assert once: a jest `expect` per record would dominate the run.
const large = new Map<string, ExpertRecord[]>();
function largeSet(country: string): ExpertRecord[] {
  let records = large.get(country);
  if (!records) {
    records = generateExperts({ country, count: LARGE });
    large.set(country, records);
  }
  return records;
}

function problemsIn(check: (record: ExpertRecord) => string | undefined): string[] {
  const problems: string[] = [];
  for (const country of CODES) {
    for (const record of largeSet(country)) {
      const problem = check(record);
      if (problem) problems.push(`${record.id}: ${problem}`);
    }
  }
  return problems.slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string): boolean =>
  ISO_DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

describe('generateExperts', () => {
  it('gives the same records for the same country, count and seed', () => {
    for (const country of CODES) {
      expect(generateExperts({ country, count: 50 })).toEqual(
        generateExperts({ country, count: 50 }),
      );
    }
    expect(generateExperts({ country: 'TH', count: 5, seed: DEFAULT_DEMO_SEED })).toEqual(
      generateExperts({ country: 'TH', count: 5 }),
    );
  });

  it('is prefix-stable: a smaller count is the start of a larger one', () => {
    for (const country of CODES) {
      expect(generateExperts({ country, count: 20 })).toEqual(
        generateExperts({ country, count: 200 }).slice(0, 20),
      );
    }
  });

  it('gives different records for different seeds and different countries', () => {
    const a = generateExperts({ country: 'ID', count: 50, seed: 1 });
    const b = generateExperts({ country: 'ID', count: 50, seed: 2 });
    expect(a.map((r) => r.id)).not.toEqual(b.map((r) => r.id));
    expect(a.map((r) => r.displayName)).not.toEqual(b.map((r) => r.displayName));
    const my = generateExperts({ country: 'MY', count: 50, seed: 1 });
    expect(my.map((r) => r.id?.slice(3))).not.toEqual(a.map((r) => r.id?.slice(3)));
  });

  it('produces ids that parse, carry the country prefix and are unique at 10,000', () => {
    const everywhere = new Set<string>();
    for (const country of CODES) {
      const records = largeSet(country);
      expect(records).toHaveLength(LARGE);
      const bad = records.filter((r) => {
        if (!/^[A-Z]{2}:[0-9a-z]{10}$/.test(r.id ?? '')) return true;
        return parseExpertId(r.id).country !== country;
      });
      expect(bad.map((r) => r.id)).toEqual([]);
      for (const r of records) everywhere.add(r.id ?? '');
      expect(new Set(records.map((r) => r.id)).size).toBe(LARGE);
      expect(new Set(records.map((r) => r.ref)).size).toBe(LARGE);
      expect(new Set(records.map((r) => r.contact.workEmail)).size).toBe(LARGE);
    }
    expect(everywhere.size).toBe(LARGE * CODES.length);
  });

  it('uses agency references that look like national record numbers, not national ids', () => {
    expect(generateExperts({ country: 'ID', count: 123 })[122].ref).toBe('BKN-JPT-000123');
    expect(generateExperts({ country: 'MY', count: 1 })[0].ref).toBe('JPA-000001');
    expect(generateExperts({ country: 'TH', count: 1 })[0].ref).toBe('OCSC-000001');
  });

  it('keeps expertise within the ACCSM vocabulary, 1-4 distinct areas with valid levels and years', () => {
    const problems = problemsIn(({ expertise }) => {
      if (expertise.length < 1 || expertise.length > 4) return `${expertise.length} areas`;
      if (new Set(expertise.map((e) => e.area)).size !== expertise.length) return 'repeated area';
      const bad = expertise.find(
        (e) =>
          !findExpertiseArea(e.area) ||
          ![1, 2, 3, 4].includes(e.level) ||
          e.years < 1 ||
          e.years > 30,
      );
      return bad ? JSON.stringify(bad) : undefined;
    });
    expect(problems).toEqual([]);
  });

  it('gives availability windows that are valid, inside 2026-2027, sorted and non-overlapping', () => {
    const statuses = new Map<string, number>();
    const problems = problemsIn(({ availability }) => {
      statuses.set(availability.status, (statuses.get(availability.status) ?? 0) + 1);
      const { windows } = availability;
      if (windows.length > 4) return 'too many windows';
      if (availability.status === 'UNAVAILABLE' && windows.length > 0)
        return 'windows while unavailable';
      for (const [i, w] of windows.entries()) {
        if (!isRealDate(w.from) || !isRealDate(w.to)) return `bad date ${JSON.stringify(w)}`;
        if (w.from < '2026-01-01' || w.to > '2027-12-31' || w.from > w.to)
          return `bad window ${JSON.stringify(w)}`;
        if (i > 0 && windows[i - 1].to >= w.from) return `overlap ${JSON.stringify(windows)}`;
      }
      return undefined;
    });
    expect(problems).toEqual([]);
    const total = LARGE * CODES.length;
    expect((statuses.get('AVAILABLE') ?? 0) / total).toBeCloseTo(0.6, 1);
    expect((statuses.get('LIMITED') ?? 0) / total).toBeCloseTo(0.25, 1);
    expect((statuses.get('UNAVAILABLE') ?? 0) / total).toBeCloseTo(0.15, 1);
  });

  it('puts Somchai Jaidee at the start of the Thai records', () => {
    const [first] = generateExperts({ country: 'TH', count: 1 });
    expect(first.names).toEqual([
      { value: 'สมชาย ใจดี', lang: 'th', script: 'Thai' },
      { value: 'Somchai Jaidee', lang: 'th', script: 'Latn' },
    ]);
    expect(first.displayName).toBe('Somchai Jaidee');
  });

  it('writes names in the local script of each country that has one', () => {
    const expected: Record<string, string> = {
      TH: 'Thai',
      KH: 'Khmr',
      LA: 'Laoo',
      MM: 'Mymr',
      CN: 'Hans',
      JP: 'Jpan',
      KR: 'Hang',
    };
    for (const [country, script] of Object.entries(expected)) {
      expect(largeSet(country).some((r) => r.names.some((n) => n.script === script))).toBe(true);
    }
    const sg = largeSet('SG');
    expect(sg.some((r) => r.names.some((n) => n.script === 'Hans'))).toBe(true);
    expect(sg.some((r) => r.names.some((n) => n.script === 'Taml'))).toBe(true);
  });

  it('refuses unknown countries and bad counts with BAD_USER_INPUT', () => {
    for (const options of [
      { country: 'XX', count: 1 },
      { country: 'TH', count: -1 },
      { country: 'TH', count: 1.5 },
    ]) {
      let code: string | undefined;
      try {
        generateExperts(options);
      } catch (error) {
        code = errorCodeOf(error);
      }
      expect(code).toBe('BAD_USER_INPUT');
    }
    expect(generateExperts({ country: 'th', count: 1 })[0].id).toMatch(/^TH:/);
    expect(generateExperts({ country: 'TH', count: 0 })).toEqual([]);
  });

  it('generates 10,000 records for one country quickly', () => {
    const start = process.hrtime.bigint();
    generateExperts({ country: 'VN', count: LARGE, seed: 99 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // Generous bound for shared CI machines; on an idle machine this takes a few hundred ms.
    expect(ms).toBeLessThan(3000);
  });
});

describe('createPrng', () => {
  it('repeats its sequence for a seed, stays in [0, 1) and differs between seeds', () => {
    const draw = (seed: number): number[] => {
      const next = createPrng(seed);
      return Array.from({ length: 1000 }, () => next());
    };
    const a = draw(2017);
    expect(draw(2017)).toEqual(a);
    expect(draw(2018)).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(a.reduce((sum, x) => sum + x, 0) / a.length).toBeCloseTo(0.5, 1);
  });
});
