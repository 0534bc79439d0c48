import { CircuitBreaker } from '../circuit-breaker';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const THRESHOLD = 3;
const COOL_DOWN = 5000;

function opened() {
  const clock = fakeClock();
  const breaker = new CircuitBreaker(THRESHOLD, COOL_DOWN, clock.now);
  for (let i = 0; i < THRESHOLD; i++) {
    expect(breaker.allow()).toBe(true);
    breaker.failure();
  }
  return { clock, breaker };
}

test('starts closed and lets every request through', () => {
  const breaker = new CircuitBreaker(THRESHOLD, COOL_DOWN, fakeClock().now);
  expect(breaker.state).toBe('closed');
  for (let i = 0; i < 10; i++) expect(breaker.allow()).toBe(true);
});

test('stays closed below the threshold of consecutive failures', () => {
  const breaker = new CircuitBreaker(THRESHOLD, COOL_DOWN, fakeClock().now);
  for (let i = 0; i < THRESHOLD - 1; i++) breaker.failure();
  expect(breaker.state).toBe('closed');
  expect(breaker.allow()).toBe(true);
});

test('a success resets the count: failures must be consecutive to open it', () => {
  const breaker = new CircuitBreaker(THRESHOLD, COOL_DOWN, fakeClock().now);
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < THRESHOLD - 1; i++) breaker.failure();
    breaker.success();
  }
  expect(breaker.state).toBe('closed');
  expect(breaker.allow()).toBe(true);
});

test('opens after threshold consecutive failures and refuses requests', () => {
  const { breaker } = opened();
  expect(breaker.state).toBe('open');
  expect(breaker.allow()).toBe(false);
  expect(breaker.allow()).toBe(false);
});

test('stays open for the whole cool-down', () => {
  const { clock, breaker } = opened();
  clock.advance(COOL_DOWN - 1);
  expect(breaker.state).toBe('open');
  expect(breaker.allow()).toBe(false);
  clock.advance(1);
  expect(breaker.state).toBe('half-open');
});

test('half-open lets exactly one probe through', () => {
  const { clock, breaker } = opened();
  clock.advance(COOL_DOWN);
  expect(breaker.allow()).toBe(true);
  // The probe has not answered yet: everyone else is still refused, however long it takes.
  expect(breaker.allow()).toBe(false);
  expect(breaker.allow()).toBe(false);
  clock.advance(10 * COOL_DOWN);
  expect(breaker.allow()).toBe(false);
});

test('a successful probe closes the breaker', () => {
  const { clock, breaker } = opened();
  clock.advance(COOL_DOWN);
  expect(breaker.allow()).toBe(true);
  breaker.success();
  expect(breaker.state).toBe('closed');
  for (let i = 0; i < 5; i++) expect(breaker.allow()).toBe(true);
  // Closed again means the full threshold is needed to re-open it.
  for (let i = 0; i < THRESHOLD - 1; i++) breaker.failure();
  expect(breaker.state).toBe('closed');
});

test('a failed probe re-opens it for another full cool-down, then probes once again', () => {
  const { clock, breaker } = opened();
  clock.advance(COOL_DOWN + 123);
  expect(breaker.allow()).toBe(true);
  breaker.failure();
  expect(breaker.state).toBe('open');
  expect(breaker.allow()).toBe(false);
  clock.advance(COOL_DOWN - 1);
  expect(breaker.allow()).toBe(false);
  clock.advance(1);
  expect(breaker.state).toBe('half-open');
  expect(breaker.allow()).toBe(true);
  expect(breaker.allow()).toBe(false);
  breaker.success();
  expect(breaker.state).toBe('closed');
});

test('threshold 1 opens on the first failure', () => {
  const clock = fakeClock();
  const breaker = new CircuitBreaker(1, 100, clock.now);
  breaker.failure();
  expect(breaker.allow()).toBe(false);
  clock.advance(100);
  expect(breaker.allow()).toBe(true);
  expect(breaker.allow()).toBe(false);
});

test('reports each transition once: opened, re-opened by a failed probe, closed', () => {
  const clock = fakeClock();
  const changes: string[] = [];
  const breaker = new CircuitBreaker(2, 100, clock.now, (change) => changes.push(change));
  breaker.failure();
  expect(changes).toEqual([]);
  breaker.failure();
  expect(changes).toEqual(['opened']);
  clock.advance(100);
  expect(breaker.allow()).toBe(true);
  breaker.failure();
  expect(changes).toEqual(['opened', 'reopened']);
  clock.advance(100);
  expect(breaker.allow()).toBe(true);
  breaker.success();
  breaker.success();
  expect(changes).toEqual(['opened', 'reopened', 'closed']);
});
