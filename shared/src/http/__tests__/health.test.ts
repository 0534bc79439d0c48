/**
 * Issue 9, finding 8: health endpoints told anyone the countries' internal URLs, refusal
 * reasons and record counts. The service's port answers the status alone; the details are on
 * the health details listener (HEALTH_PORT, 127.0.0.1 by default), and nowhere without it.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigError, EnvReader } from '../../config';
import { healthEndpoints, readHealthListener } from '../health';
import { listen } from '../serve';
import { serviceLifecycle } from '../service';

const checks = healthEndpoints({
  '/health': () => ({ status: 'ok', experts: 200 }),
  '/health/ready': async () => ({
    status: 'degraded',
    countries: [{ country: 'PH', url: 'http://10.0.0.7:4109/graphql', reason: 'schema differs' }],
  }),
});

const publicHandler = (
  req: Parameters<typeof checks.details>[0],
  res: Parameters<typeof checks.details>[1],
) => void checks.routes[new URL(req.url ?? '/', 'http://x').pathname]?.(req, res);

describe('health endpoints', () => {
  it('answer the status alone on the public port, everything on the details listener', async () => {
    const service = serviceLifecycle(publicHandler, { port: 0, host: '127.0.0.1' }, [], {
      handler: checks.details,
      at: { port: 0, host: '127.0.0.1' },
    });
    const { port, health } = await service.listen();
    try {
      const get = async (at: number, path: string) =>
        (await fetch(`http://127.0.0.1:${at}${path}`)).json();
      expect(await get(port, '/health')).toEqual({ status: 'ok' });
      expect(await get(port, '/health/ready')).toEqual({ status: 'degraded' });
      expect(health!.port).not.toBe(port);
      expect(await get(health!.port, '/health')).toEqual({ status: 'ok', experts: 200 });
      expect(await get(health!.port, '/health/ready')).toMatchObject({
        countries: [{ country: 'PH', reason: 'schema differs' }],
      });
      expect((await fetch(`http://127.0.0.1:${health!.port}/graphql`)).status).toBe(404);
    } finally {
      await service.stop();
    }
  });

  it('a failing check is a 500 on both, with its reason on the details listener only', async () => {
    const failing = healthEndpoints({
      '/health': () => Promise.reject(new Error('database unreachable at 10.0.0.9')),
    });
    const details = await listen(failing.details, 0);
    try {
      const response = await fetch(new URL('/health', details.url));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        status: 'error',
        error: 'database unreachable at 10.0.0.9',
      });
    } finally {
      await details.close();
    }
  });

  it('serve no details without HEALTH_PORT', async () => {
    const service = serviceLifecycle(publicHandler, { port: 0, host: '127.0.0.1' }, [], {
      handler: checks.details,
      at: undefined,
    });
    const listening = await service.listen();
    expect(listening.health).toBeUndefined();
    await service.stop();
  });
});

describe('HEALTH_PORT and HEALTH_HOST', () => {
  const read = (env: Record<string, string>) => {
    const r = new EnvReader(env);
    try {
      return r.done(readHealthListener(r));
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('unset: no listener; set: on 127.0.0.1 unless HEALTH_HOST says otherwise', () => {
    expect(read({})).toBeUndefined();
    expect(read({ HEALTH_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(read({ HEALTH_PORT: '0', HEALTH_HOST: '10.0.0.5' })).toEqual({
      port: 0,
      host: '10.0.0.5',
    });
  });

  it('a port fetch refuses is refused, by name', () => {
    expect(read({ HEALTH_PORT: '6666' })).toEqual([
      expect.stringMatching(/^HEALTH_PORT=6666 is a port that fetch refuses/),
    ]);
  });
});

test('a check that throws is 503 unavailable on the public route, with no reason given', async () => {
  const { routes } = healthEndpoints({
    '/health/ready': async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:27017');
    },
  });
  const sent: { status?: number; body?: string } = {};
  const res = {
    writeHead: (status: number) => (sent.status = status),
    end: (body: string) => (sent.body = body),
  } as unknown as ServerResponse;
  await routes['/health/ready']({} as IncomingMessage, res);
  expect(sent).toEqual({ status: 503, body: '{"status":"unavailable"}' });
});
