import {
  RedisServer,
  RunningRegion,
  Service,
  startRedis,
  startRegion,
  startService,
  stopService,
  waitHealthy,
} from '../../index';

/**
 * Two gateway replicas behind one load balancer share their rate budgets through one real
 * redis-server (REDIS_URL), so together they admit what one would; while Redis is away each
 * falls back to its own memory and says so (docs/ARCHITECTURE.md §11.5).
 */
jest.setTimeout(180_000);

const PER_MINUTE = 6;
let redis: RedisServer;
let region: RunningRegion;
let second: Service;

const limits = (redisUrl: string) => ({
  REDIS_URL: redisUrl,
  RATE_LIMIT_PER_ADDRESS: String(PER_MINUTE),
  RATE_LIMIT_PER_TOKEN: '0',
  COST_PER_MINUTE_PER_ADDRESS: '0',
  COST_PER_MINUTE_PER_TOKEN: '0',
});

beforeAll(async () => {
  redis = await startRedis();
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY'],
    dbPrefix: 'sharedlimits',
    seedExperts: 3,
    env: limits(redis.url),
  });
  second = startService('gateway-2', 'gateway/dist/main.js', 0, {
    ...limits(redis.url),
    REGISTRY: region.registryPath,
    JWT_SECRET: region.jwtSecret,
    JWT_ISSUERS_FILE: '',
    HEALTH_PORT: '0',
  });
  await waitHealthy(second);
});

afterAll(async () => {
  if (second) await stopService(second);
  await region?.stop();
  await redis?.stop();
});

async function status(gateway: Service): Promise<number> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await response.text();
  return response.status;
}

test('two replicas admit together what one would: the budget is shared through Redis', async () => {
  const first = region.gateway;
  const answers: number[] = [];
  for (let i = 0; i < PER_MINUTE / 2; i++) {
    answers.push(await status(first));
    answers.push(await status(second));
  }
  expect(answers).toEqual(Array(PER_MINUTE).fill(200));
  // Both replicas now refuse this address: each has seen only half the budget, Redis all of it.
  expect(await status(first)).toBe(429);
  expect(await status(second)).toBe(429);
});

// Last: it stops Redis for good.
test('with Redis gone, a replica keeps limiting from its own memory and logs a warning', async () => {
  await redis.stop();
  const answers: number[] = [];
  for (let i = 0; i <= PER_MINUTE; i++) answers.push(await status(second));
  expect(answers.slice(0, PER_MINUTE)).toEqual(Array(PER_MINUTE).fill(200));
  expect(answers[PER_MINUTE]).toBe(429);
  expect(second.output.join('\n')).toMatch(
    /REDIS_URL \(127\.0\.0\.1:\d+\) cannot be reached .*budgets are this replica's own/,
  );
});
