import { parse } from 'graphql';
import { LimitCache } from '../limit-cache';

const SEARCH = parse(
  'query Search($text: String) { experts(filter: { text: $text }) { totalCount } }',
);

/** A measurement that counts its calls and admits at `cost`, or refuses when `cost` is null. */
function measuring(cost: number | null) {
  const calls = { count: 0 };
  const measure = () => {
    calls.count++;
    return cost === null ? { ok: false as const, reason: 'refused' } : { ok: true as const, cost };
  };
  return { calls, measure };
}

describe('the cost check is remembered per document, and only while nothing it reads changes', () => {
  const inputs = [{}, {}, {}];

  it('measures a repeated request once and answers the same cost', () => {
    const cache = new LimitCache();
    const { calls, measure } = measuring(1234);
    const first = cache.cost(SEARCH, 'Search', { text: 'audit' }, inputs, measure);
    const second = cache.cost(SEARCH, 'Search', { text: 'audit' }, inputs, measure);
    expect([first, second]).toEqual([
      { ok: true, cost: 1234 },
      { ok: true, cost: 1234 },
    ]);
    expect(calls.count).toBe(1);
  });

  it('measures again for other variables or another operation name', () => {
    const cache = new LimitCache();
    const { calls, measure } = measuring(10);
    cache.cost(SEARCH, 'Search', { text: 'audit' }, inputs, measure);
    cache.cost(SEARCH, 'Search', { text: 'budget' }, inputs, measure);
    cache.cost(SEARCH, 'Other', { text: 'audit' }, inputs, measure);
    cache.cost(SEARCH, 'Search', undefined, inputs, measure);
    expect(calls.count).toBe(4);
  });

  it('forgets every cost when the schema, the cost directives or the countries reached change', () => {
    const cache = new LimitCache();
    cache.cost(SEARCH, 'Search', {}, inputs, measuring(100).measure);
    // The region grew: the same search now reaches more countries and costs more.
    const grown = [inputs[0], inputs[1], {}];
    const { calls, measure } = measuring(150);
    expect(cache.cost(SEARCH, 'Search', {}, grown, measure)).toEqual({ ok: true, cost: 150 });
    expect(calls.count).toBe(1);
  });

  it('never remembers a refusal: each refused request is measured and refused again', () => {
    const cache = new LimitCache();
    const { calls, measure } = measuring(null);
    expect(cache.cost(SEARCH, 'Search', {}, inputs, measure)).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(cache.cost(SEARCH, 'Search', {}, inputs, measure).ok).toBe(false);
    expect(calls.count).toBe(2);
  });
});
