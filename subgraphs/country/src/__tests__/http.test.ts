/**
 * A started server over real HTTP: the federation SDL declares Expert's key, a search over 500
 * seeded experts answers its own steward, and /health says it is up; its record count (which
 * includes experts who consented to nobody) is on the health details listener only.
 */
import { signDevToken } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { ServiceListening } from '@expertpool/shared';
import { CountryServer } from '../server';
import { heldAreas, matchesText } from './helpers/expected';
import { SEED, TEST_JWT_SECRET, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'TH';
const SEEDED = 500;

let server: CountryServer;
let listening: ServiceListening;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'http', SEEDED, { health: { port: 0, host: '127.0.0.1' } });
  listening = await server.listen(0);
});

afterAll(() => stopCountry(server));

/** Over HTTP the caller is whoever the token proves: without one, PUBLIC (signing is async). */
const STEWARD_TOKEN = signDevToken(
  { sub: 'th-steward', role: 'steward', country: COUNTRY },
  TEST_JWT_SECRET,
  3600,
);

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(listening.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: any[] },
  };
}

describe('over HTTP', () => {
  it('listens on a free port of its own', () => {
    expect(listening.port).toBeGreaterThan(0);
    expect(listening.url).toBe(`http://127.0.0.1:${listening.port}/graphql`);
  });

  it('serves the subgraph SDL with Expert keyed by id', async () => {
    const { status, body } = await post('{ _service { sdl } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const sdl: string = body.data._service.sdl;
    expect(sdl).toMatch(/type Expert\s+@key\(fields: "id"\)\s+@routeBy\(arg: "id"\)\s*\{/);
    expect(sdl).toMatch(/experts\(filter: ExpertFilter/);
  });

  it('answers its own steward a text search over all 500 seeded experts, consent or not', async () => {
    const records = generateExperts({ country: COUNTRY, count: SEEDED, seed: SEED });
    const text = 'สมชาย';
    const expected = records
      .filter((r) => matchesText(r, text, undefined, heldAreas(records)))
      .map((r) => r.id!)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const { status, body } = await post(
      'query S($text: String) { experts(filter: { text: $text }, first: 100) { totalCount edges { score node { id displayName } } } }',
      { text },
      await STEWARD_TOKEN,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.experts.totalCount).toBe(expected.length);
    expect(body.data.experts.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
      expected.slice(0, 100),
    );
  });

  it('GET /health is 200 with the status alone: no count of its records', async () => {
    const response = await fetch(`http://127.0.0.1:${listening.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives the country and its count on the health details listener', async () => {
    expect(listening.health!.port).not.toBe(listening.port);
    const response = await fetch(`http://127.0.0.1:${listening.health!.port}/health/ready`);
    expect(await response.json()).toEqual({ status: 'ok', country: COUNTRY, experts: SEEDED });
    const ready = await fetch(`http://127.0.0.1:${listening.port}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok' });
    // It serves the health checks only: no GraphQL there.
    expect((await fetch(`http://127.0.0.1:${listening.health!.port}/graphql`)).status).toBe(404);
  });

  it('answers a bad request with BAD_USER_INPUT over HTTP too', async () => {
    const { body } = await post('{ expert(id: "TH") { id } }');
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
