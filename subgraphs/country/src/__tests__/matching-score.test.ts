import { TrainingNeed } from '@expertpool/shared';
import { coveredDays, matchCandidate } from '../store/matching';

const NEED: TrainingNeed = {
  competencies: [{ area: 'performance-management', minLevel: 3 }],
  languages: [{ tag: 'en', minCefr: 'B2' }],
  from: '2027-03-01',
  to: '2027-03-10',
  mode: 'ONSITE',
};
const ALL = new Set(['expertise', 'languages', 'availability', 'engagements']);

type Doc = Parameters<typeof matchCandidate>[0];
const candidate = (over: Partial<Doc> = {}): Doc => ({
  expertise: [{ area: 'performance-management', level: 4, years: 20 }],
  languages: [{ tag: 'en-GB', cefr: 'C1' }],
  availability: {
    status: 'AVAILABLE',
    onsite: true,
    remote: false,
    windows: [{ from: '2027-01-01', to: '2027-12-31' }],
  },
  engagements: [{ title: 'ACCSM workshop', role: 'TRAINER', year: 2024 }],
  ...over,
});

describe('days of a need the availability windows cover', () => {
  it('counts inclusive days, overlapping windows once, and nothing outside the need', () => {
    expect(
      coveredDays([{ from: '2027-03-01', to: '2027-03-10' }], '2027-03-01', '2027-03-10'),
    ).toBe(10);
    expect(
      coveredDays(
        [
          { from: '2027-02-20', to: '2027-03-03' },
          { from: '2027-03-02', to: '2027-03-04' },
          { from: '2027-03-09', to: '2027-04-01' },
        ],
        '2027-03-01',
        '2027-03-10',
      ),
    ).toBe(6); // 1-4 and 9-10
    expect(
      coveredDays([{ from: '2027-05-01', to: '2027-05-02' }], '2027-03-01', '2027-03-10'),
    ).toBe(0);
  });
});

describe('a candidate’s fit for a training need', () => {
  it('explains each part and scores a full fit higher than a partial one', () => {
    const full = matchCandidate(candidate(), NEED, ALL);
    expect(full.match.competencies).toEqual([
      { area: 'performance-management', minLevel: 3, level: 4, years: 20, met: true },
    ]);
    expect(full.match.languages).toEqual([{ tag: 'en', minCefr: 'B2', cefr: 'C1', met: true }]);
    expect(full.match.availability).toEqual({
      status: 'AVAILABLE',
      modeSupported: true,
      overlapDays: 10,
      windowDays: 10,
    });
    const weakEnglish = matchCandidate(
      candidate({ languages: [{ tag: 'en', cefr: 'A2' }] }),
      NEED,
      ALL,
    );
    expect(weakEnglish.match.languages![0]).toMatchObject({ cefr: 'A2', met: false });
    const remoteOnly = matchCandidate(
      candidate({ availability: { ...candidate().availability, onsite: false, remote: true } }),
      NEED,
      ALL,
    );
    expect(remoteOnly.match.availability!.modeSupported).toBe(false);
    for (const partial of [weakEnglish, remoteOnly])
      expect(full.score).toBeGreaterThan(partial.score);
    expect(full.score).toBeLessThanOrEqual(1);
  });

  it('ranks a higher level with more years above a lower one', () => {
    const senior = matchCandidate(candidate(), NEED, ALL);
    const junior = matchCandidate(
      candidate({ expertise: [{ area: 'performance-management', level: 3, years: 5 }] }),
      NEED,
      ALL,
    );
    expect(senior.score).toBeGreaterThan(junior.score);
  });

  it('leaves a withheld field out of the explanation and out of the score', () => {
    const released = new Set(['expertise']);
    const fluent = matchCandidate(candidate(), NEED, released);
    const silent = matchCandidate(
      candidate({
        languages: [],
        availability: { ...candidate().availability, status: 'UNAVAILABLE' },
        engagements: [],
      }),
      NEED,
      released,
    );
    expect(fluent.match).toMatchObject({ languages: null, availability: null, engagements: null });
    // The withheld languages, dates and engagements cannot change what this caller sees.
    expect(silent.score).toBe(fluent.score);
  });
});
