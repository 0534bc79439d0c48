/**
 * Issue 9, finding 11: GATEWAY_PORT=6000 was accepted, and `npm start` failed 120 s later
 * because Node's fetch refuses that port. The list configuration refuses is the one fetch
 * applies, and every port a service reads goes through it, named.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, EnvReader } from '../config';
import { FETCH_BLOCKED_PORTS, blockedPortIn } from '../ports';

/** The `badPorts` list in undici's source, as installed (the gateway's own fetch client). */
function undiciBadPorts(): number[] {
  const path = require.resolve('undici/lib/web/fetch/constants.js');
  const list = /const badPorts = [^[]*\[([^\]]+)\]/.exec(readFileSync(path, 'utf8'))![1];
  return [...list.matchAll(/'(\d+)'/g)].map((m) => Number(m[1]));
}

function problemsOf(env: Record<string, string>, read: (r: EnvReader) => unknown): string[] {
  const r = new EnvReader(env);
  try {
    r.done(read(r));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the ports fetch refuses', () => {
  it("are the Fetch standard's bad ports as undici ships them", () => {
    expect([...FETCH_BLOCKED_PORTS].sort((a, b) => a - b)).toEqual(
      undiciBadPorts().sort((a, b) => a - b),
    );
  });

  it("are refused by this Node's own fetch before it connects", async () => {
    for (const port of [6000, 4190, 10080, 1]) {
      const error = await fetch(`http://127.0.0.1:${port}/health`).then(
        () => undefined,
        (e: Error) => e,
      );
      expect({ port, cause: (error?.cause as Error | undefined)?.message }).toEqual({
        port,
        cause: 'bad port',
      });
    }
  });

  it('finds one in a range of ports', () => {
    expect(blockedPortIn(5990, 11)).toBe(6000);
    expect(blockedPortIn(4101, 11)).toBeUndefined();
    expect(blockedPortIn(6000)).toBe(6000);
  });
});

describe('EnvReader.port', () => {
  it('reads a port, 0 (a free one) included, with its default', () => {
    const r = new EnvReader({ PORT: '4105', HEALTH_PORT: '0' });
    expect(r.done([r.port('PORT', 4000), r.port('HEALTH_PORT', 9), r.port('X', 4100)])).toEqual([
      4105, 0, 4100,
    ]);
  });

  it('refuses a port fetch refuses, naming the variable', () => {
    expect(
      problemsOf({ GATEWAY_PORT: '6000' }, (r) => r.port('GATEWAY_PORT', 4000, { min: 1 })),
    ).toEqual([
      'GATEWAY_PORT=6000 is a port that fetch refuses to connect to (a "bad port" of the Fetch standard: Node\'s fetch and browsers cannot reach it); choose another',
    ]);
  });

  it('refuses a range that contains one, naming the port', () => {
    expect(
      problemsOf({ FIRST_COUNTRY_PORT: '4185' }, (r) =>
        r.port('FIRST_COUNTRY_PORT', 4101, { min: 1, count: 11 }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^FIRST_COUNTRY_PORT=4185 gives ports 4185-4195, and 4190 is a port that fetch refuses/,
      ),
    ]);
  });

  it('keeps the range within 65535, and min', () => {
    expect(problemsOf({ P: '65530' }, (r) => r.port('P', 4000, { min: 1, count: 11 }))).toEqual([
      'P must be an integer from 1 to 65525 (got "65530")',
    ]);
    expect(problemsOf({ P: '0' }, (r) => r.port('P', 4000, { min: 1 }))).toEqual([
      'P must be an integer from 1 to 65535 (got "0")',
    ]);
  });
});

describe('EnvReader.duration', () => {
  it('reads seconds or a number with a unit', () => {
    const r = new EnvReader({ A: '90', B: '30m', C: '12H', D: '2d' });
    const read = (name: string) => r.duration(name, 1, 1, 30 * 86400);
    expect(r.done([read('A'), read('B'), read('C'), read('D'), read('E')])).toEqual([
      90, 1800, 43200, 172800, 1,
    ]);
  });

  it('names a bad or out-of-range value', () => {
    expect(problemsOf({ T: '1w' }, (r) => r.duration('T', 60, 60, 86400))).toEqual([
      'T must be a duration from 1m to 1d: seconds, or a number with s, m, h or d, e.g. 12h (got "1w")',
    ]);
    expect(problemsOf({ T: '2d' }, (r) => r.duration('T', 60, 60, 86400))).toHaveLength(1);
  });
});
