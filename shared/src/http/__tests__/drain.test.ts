import http from 'node:http';
import { serviceLifecycle } from '../service';

/** A handler that answers /slow after `release()` is called, and anything else at once. */
function slowHandler() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started: () => void = () => undefined;
  const inFlight = new Promise<void>((resolve) => (started = resolve));
  const handler: http.RequestListener = (req, res) => {
    if (req.url === '/slow') {
      started();
      void released.then(() => res.end('finished'));
      return;
    }
    res.end('ok');
  };
  return { handler, release: () => release(), inFlight };
}

function get(port: number, path: string, agent: http.Agent | false = false) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

test('a stop lets the request in flight finish, answers no new connection, then releases', async () => {
  const slow = slowHandler();
  const released: string[] = [];
  const service = serviceLifecycle(
    slow.handler,
    { port: 0, host: '127.0.0.1', shutdownGraceSeconds: 30 },
    [async () => void released.push('database')],
  );
  const { port } = await service.listen();
  const agent = new http.Agent({ keepAlive: true });
  await get(port, '/ok', agent); // an idle keep-alive connection, which the stop must not wait for
  const answer = get(port, '/slow', agent);
  await slow.inFlight;
  const stopped = service.stop();
  await expect(get(port, '/ok')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  expect(released).toEqual([]); // the database stays open while a request still runs
  slow.release();
  await expect(answer).resolves.toEqual({ status: 200, body: 'finished' });
  await stopped;
  expect(released).toEqual(['database']);
  agent.destroy();
});

test('a request still running when the grace period ends is dropped, and the stop completes', async () => {
  const slow = slowHandler();
  const service = serviceLifecycle(
    slow.handler,
    { port: 0, host: '127.0.0.1', shutdownGraceSeconds: 0.2 },
    [],
  );
  const { port } = await service.listen();
  const answer = get(port, '/slow');
  await slow.inFlight;
  await service.stop();
  await expect(answer).rejects.toMatchObject({ code: 'ECONNRESET' });
  slow.release();
});
