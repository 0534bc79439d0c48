import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { ConfigError } from '../../config';
import { startupFailure } from '../../http/service';
import { databaseHosts, databaseStartupError } from '../database-error';
import { listenStartupError } from '../listen-error';
import { StartupError } from '../startup-error';
import { listen } from '../../http/serve';

test('a database URI is shown by its hosts only: never its user or password', () => {
  expect(
    databaseHosts('mongodb://app:s3cret@db1.example:27017,db2.example/pool?authSource=admin'),
  ).toBe('db1.example:27017,db2.example');
  expect(databaseHosts('mongodb+srv://cluster0.example.net/?retryWrites=true')).toBe(
    'cluster0.example.net',
  );
  expect(databaseHosts('mongodb://127.0.0.1:27017')).toBe('127.0.0.1:27017');
});

test('an unreachable database is one sentence naming MONGODB_URI and the host, without the password', () => {
  const driverError = Object.assign(
    new Error(
      'connect ECONNREFUSED 127.0.0.1:1\n    at Topology.selectServer (topology.js:327:38)',
    ),
    { name: 'MongoServerSelectionError' },
  );
  const error = databaseStartupError(
    'MONGODB_URI',
    'mongodb://app:s3cret@127.0.0.1:1/x',
    driverError,
    10,
  );
  expect(error).toBeInstanceOf(StartupError);
  expect(error.message).toBe(
    'cannot reach the database at MONGODB_URI (127.0.0.1:1) within 10 s (connect ECONNREFUSED 127.0.0.1:1); check that it runs and that this host may connect to it',
  );
  expect(error.message).not.toContain('s3cret');
});

test('refused credentials say so; a driver message quoting the URI loses the credentials', () => {
  const auth = databaseStartupError(
    'MONGODB_URI',
    'mongodb://app:s3cret@db.example/x',
    Object.assign(new Error('Authentication failed.'), { code: 18 }),
    10,
  );
  expect(auth.message).toMatch(
    /^the database at MONGODB_URI \(db\.example\) refused the credentials/,
  );
  const other = databaseStartupError(
    'MONGODB_URI',
    'mongodb://app:s3cret@db.example/x',
    new Error('bad option in mongodb://app:s3cret@db.example/x'),
    10,
  );
  expect(other.message).not.toContain('s3cret');
  expect(other.message).toContain('mongodb://…@db.example/x');
});

test('a busy port is named by its variable, a bad host by its variable', async () => {
  const holder = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => holder.once('listening', resolve));
  const port = (holder.address() as AddressInfo).port;
  try {
    const failure = await listen(() => undefined, port, '127.0.0.1').catch(
      (error: unknown) => error,
    );
    const error = listenStartupError({ port: 'PORT', host: 'HOST' }, '127.0.0.1', port, failure);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe(
      `PORT=${port}: 127.0.0.1:${port} is already in use by another process; stop it or set PORT to a free port`,
    );
  } finally {
    holder.close();
  }
  const bad = await listen(() => undefined, 0, '192.0.2.1').catch((error: unknown) => error);
  expect(
    (listenStartupError({ port: 'HEALTH_PORT', host: 'HEALTH_HOST' }, '192.0.2.1', 0, bad) as Error)
      .message,
  ).toMatch(/^HEALTH_HOST=192\.0\.2\.1 is not an address of this machine/);
});

test('what a failed start prints: the problems or one sentence, never a stack', () => {
  expect(startupFailure('gateway', new ConfigError(['PORT must be an integer']))).toBe(
    'gateway: Invalid configuration:\n  - PORT must be an integer',
  );
  expect(startupFailure('region subgraph', new StartupError('PORT=4001: busy'))).toBe(
    'region subgraph cannot start: PORT=4001: busy',
  );
  const unexpected = startupFailure('gateway', new TypeError('boom'));
  expect(unexpected).toBe('gateway cannot start: boom');
  expect(unexpected).not.toMatch(/\n\s+at /);
});
