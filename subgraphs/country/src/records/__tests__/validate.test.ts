/** validateRecord: accepts every demo record, reports every problem of a bad one at once. */
import { COUNTRIES, ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { validateRecord } from '../validate';

const base = (): ExpertRecord => generateExperts({ country: 'MY', count: 1, seed: 2017 })[0];

function problemsOf(raw: unknown, country = 'MY'): string[] {
  const result = validateRecord(raw, country);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('validateRecord', () => {
  it.each(COUNTRIES.map((c) => c.code))('accepts the demo records of %s unchanged', (country) => {
    for (const record of generateExperts({ country, count: 40, seed: 2017 })) {
      const result = validateRecord(record, country);
      expect(result).toEqual({ ok: true, record });
    }
  });

  it('refuses an id of another country and a malformed id', () => {
    expect(problemsOf({ ...base(), id: 'TH:abcd1234' })).toEqual(['id: belongs to TH, not MY']);
    expect(problemsOf({ ...base(), id: 'MY:ABC!' })).toEqual([
      expect.stringMatching(/^id: must look like "<CC>:<opaque>"/),
    ]);
  });

  it('refuses a language listed twice, whatever its case', () => {
    const record = base();
    expect(
      problemsOf({
        ...record,
        languages: [
          { tag: 'ms', cefr: 'C2' },
          { tag: 'en', cefr: 'B1' },
          { tag: 'en', cefr: 'C1' },
        ],
      }),
    ).toEqual(['languages[2].tag: "en" is listed twice']);
    expect(
      problemsOf({
        ...record,
        languages: [
          { tag: 'en', cefr: 'B1' },
          { tag: 'EN', cefr: 'C1' },
        ],
      }),
    ).toEqual(['languages[1].tag: "EN" is listed twice']);
  });

  it('reports every problem of a record, each with its path', () => {
    const record = base();
    const problems = problemsOf({
      ...record,
      ref: 'has spaces and $where',
      displayName: '',
      position: { ...record.position, band: 'CHIEF' },
      expertise: [],
      languages: [{ tag: 'en', cefr: 'Z9' }],
      availability: {
        status: 'SOMETIMES',
        onsite: 'yes',
        remote: true,
        windows: [{ from: '2026-01-10', to: '2026-01-01' }],
      },
      contact: {},
      consent: [{ audience: 'OWN', granted: true, noticeVersion: 'v1', recordedAt: 'not a time' }],
    });
    expect(problems).toEqual([
      'ref: must not contain query operators such as "$where" or "$ne"',
      'displayName: must not be empty',
      'position.band: must be one of TOP_EXECUTIVE, SENIOR_EXECUTIVE, EXECUTIVE, SENIOR_MANAGER',
      'expertise: must have at least 1 entry',
      'languages[0].cefr: must be one of A1, A2, B1, B2, C1, C2',
      'availability.windows[0]: from must not be after to',
      'availability.status: must be one of AVAILABLE, LIMITED, UNAVAILABLE',
      'availability.onsite: must be true or false',
      'contact.workEmail: is required',
      'consent[0].recordedAt: must be an ISO timestamp',
      'consent[0].audience: must be one of MEMBER, SECRETARIAT, PUBLIC',
    ]);
  });

  it('refuses more windows than the store can match', () => {
    const windows = Array.from({ length: 9 }, (_, i) => ({
      from: `2026-0${i + 1}-01`,
      to: `2026-0${i + 1}-02`,
    }));
    expect(
      problemsOf({
        ...base(),
        availability: { status: 'AVAILABLE', onsite: true, remote: true, windows },
      }),
    ).toEqual(['availability.windows: must have at most 8 entries']);
  });
});
