import { IncomingMessage } from 'node:http';
import { ErrorCode } from '@expertpool/shared';
import { memoryBudgets } from '../budgets';
import { clientResolver } from '../client';
import { createRateLimitGuard } from '../rate-limit';
import { TokenBuckets } from '../token-bucket';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

test('a burst of perMinute, then refused with the seconds until the next token', () => {
  const time = clock();
  const buckets = new TokenBuckets({ perMinute: 30, now: time.now });
  for (let i = 0; i < 30; i++) expect(buckets.take('a')).toEqual({ ok: true });
  expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 }); // 30/min: one every 2 s
  expect(buckets.take('b')).toEqual({ ok: true }); // keys are independent
  time.advance(1000);
  expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
  time.advance(1000);
  expect(buckets.take('a')).toEqual({ ok: true });
  expect(buckets.take('a').ok).toBe(false);
});

test('refills continuously up to the burst size, no more', () => {
  const time = clock();
  const buckets = new TokenBuckets({ perMinute: 60, now: time.now });
  for (let i = 0; i < 60; i++) buckets.take('a');
  time.advance(10_000);
  for (let i = 0; i < 10; i++) expect(buckets.take('a').ok).toBe(true);
  expect(buckets.take('a').ok).toBe(false);
  time.advance(3_600_000);
  for (let i = 0; i < 60; i++) expect(buckets.take('a').ok).toBe(true);
  expect(buckets.take('a').ok).toBe(false);
});

test('memory is bounded: idle (full again) buckets are dropped, and at most maxKeys are kept', () => {
  const time = clock();
  const buckets = new TokenBuckets({ perMinute: 60, maxKeys: 100, now: time.now });
  for (let i = 0; i < 50; i++) buckets.take(`idle-${i}`);
  expect(buckets.size).toBe(50);
  time.advance(60_000); // every one of them is full again
  buckets.take('fresh');
  expect(buckets.size).toBe(1);
  for (let i = 0; i < 1000; i++) buckets.take(`k${i}`);
  expect(buckets.size).toBe(100);
});

test('a hot key survives the eviction of others (least recently used go first)', () => {
  const time = clock();
  const buckets = new TokenBuckets({ perMinute: 5, maxKeys: 10, now: time.now });
  for (let i = 0; i < 5; i++) buckets.take('hot');
  for (let i = 0; i < 50; i++) {
    buckets.take(`cold-${i}`);
    if (i % 5 === 0) expect(buckets.take('hot').ok).toBe(false); // still empty, still tracked
  }
});

function request(address: string, authorization?: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: address },
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    connection: { remoteAddress: address },
  } as unknown as IncomingMessage;
}

test('the guard: per address and per token, 429 RATE_LIMITED with Retry-After', async () => {
  const time = clock();
  const guard = createRateLimitGuard({ perAddress: 3, perToken: 2 }, memoryBudgets(time.now))!;
  // two addresses, one token: the token's limit applies across addresses
  expect(await guard(request('10.0.0.1', 'Bearer t1'))).toBeUndefined();
  expect(await guard(request('10.0.0.2', 'Bearer t1'))).toBeUndefined();
  const byToken = (await guard(request('10.0.0.3', 'Bearer t1')))!;
  expect(byToken.status).toBe(429);
  expect(byToken.code).toBe(ErrorCode.RATE_LIMITED);
  expect(byToken.headers).toEqual({ 'retry-after': '30' });
  expect(byToken.message).toMatch(/token/);
  // no token: only the address counts; loopback is not exempt
  for (let i = 0; i < 3; i++) expect(await guard(request('127.0.0.1'))).toBeUndefined();
  const byAddress = (await guard(request('127.0.0.1')))!;
  expect(byAddress.status).toBe(429);
  expect(byAddress.message).toMatch(/address/);
  expect(Number(byAddress.headers['retry-after'])).toBeGreaterThanOrEqual(1);
});

test('0 disables a limit; both 0 means no guard at all', async () => {
  expect(createRateLimitGuard({ perAddress: 0, perToken: 0 })).toBeUndefined();
  const guard = createRateLimitGuard({ perAddress: 0, perToken: 1 })!;
  for (let i = 0; i < 100; i++) expect(await guard(request('127.0.0.1'))).toBeUndefined();
});

test('behind a trusted proxy each caller has their own budget; an untrusted X-Forwarded-For is ignored', async () => {
  const limits = { perAddress: 2, perToken: 0 };
  // The ingress at 10.1.2.3 forwards two callers: each gets the 2 requests of an address.
  const behind = createRateLimitGuard(limits, memoryBudgets(), clientResolver(['10.0.0.0/8']))!;
  for (const caller of ['203.0.113.7', '198.51.100.9'])
    for (let i = 0; i < 2; i++)
      expect(await behind(request('10.1.2.3', undefined, caller))).toBeUndefined();
  expect((await behind(request('10.1.2.3', undefined, '203.0.113.7')))?.status).toBe(429);
  // A caller cannot buy a fresh budget by prefixing addresses: only the hop the proxy added counts.
  expect((await behind(request('10.1.2.3', undefined, '192.0.2.1, 203.0.113.7')))?.status).toBe(
    429,
  );

  // Without trusted proxies the header is the caller's word, and changes nothing.
  const direct = createRateLimitGuard(limits, memoryBudgets())!;
  expect(await direct(request('203.0.113.50', undefined, '192.0.2.1'))).toBeUndefined();
  expect(await direct(request('203.0.113.50', undefined, '192.0.2.2'))).toBeUndefined();
  expect((await direct(request('203.0.113.50', undefined, '192.0.2.3')))?.status).toBe(429);
});
