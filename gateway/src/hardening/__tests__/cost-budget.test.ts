import { ErrorCode } from '@expertpool/shared';
import { createCostCharge } from '../cost-budget';
import { memoryBudgets } from '../budgets';
import { TokenBuckets } from '../token-bucket';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

test('a bucket takes amounts, all or nothing, and takes back what is given back', () => {
  const time = clock();
  const buckets = new TokenBuckets({ perMinute: 60_000, now: time.now }); // 1,000 a second
  expect(buckets.take('a', 50_000)).toEqual({ ok: true });
  expect(buckets.take('a', 20_000)).toEqual({ ok: false, retryAfterSeconds: 10 });
  // The refusal took nothing: 10,000 are still there.
  expect(buckets.take('a', 10_000)).toEqual({ ok: true });
  expect(buckets.take('a', 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
  buckets.giveBack('a', 5000);
  expect(buckets.take('a', 5000)).toEqual({ ok: true });
  time.advance(5000);
  expect(buckets.take('a', 5000)).toEqual({ ok: true });
});

test('cost is charged per address and per token; over either: 429 RATE_LIMITED with Retry-After', async () => {
  const time = clock();
  const charge = createCostCharge(
    { perAddress: 100_000, perToken: 60_000 },
    memoryBudgets(time.now),
  )!;
  const alice = { address: '10.0.0.1', token: 'alice' };
  expect(await charge(alice, 50_000)).toBeUndefined();
  const overToken = (await charge({ ...alice, address: '10.0.0.2' }, 20_000))!;
  expect(overToken.extensions.code).toBe(ErrorCode.RATE_LIMITED);
  expect(overToken.message).toBe(
    'Too much query cost with this token: this request costs 20000; retry after 10 s.',
  );
  const http = overToken.extensions.http as { status: number; headers: Map<string, string> };
  expect(http.status).toBe(429);
  expect(http.headers.get('retry-after')).toBe('10');
  // Refused by the token's budget, the request spent nothing of its address's.
  const anonymous = { address: '10.0.0.2' };
  expect(await charge(anonymous, 100_000)).toBeUndefined();
  expect((await charge(anonymous, 1000))!.message).toMatch(/from this address/);
  // Free requests (introspection, __typename) are never refused by cost.
  expect(await charge(anonymous, 0)).toBeUndefined();
});

test('0 disables a budget; both 0 disables the charge', async () => {
  expect(createCostCharge({ perAddress: 0, perToken: 0 })).toBeUndefined();
  const tokenOnly = createCostCharge({ perAddress: 0, perToken: 1000 })!;
  for (let i = 0; i < 10; i++) expect(await tokenOnly({ address: 'a' }, 1000)).toBeUndefined();
  expect(await tokenOnly({ address: 'a', token: 't' }, 1000)).toBeUndefined();
  expect(await tokenOnly({ address: 'a', token: 't' }, 1)).toBeDefined();
});
