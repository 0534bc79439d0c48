/** Database selection says, in one line, which engine it started and why. */
import { provisionDatabase } from '../index';
import { briefReason } from '../provision';
import { localEnv } from './env';

jest.setTimeout(5 * 60_000);

test('an offline mongod download is named as an expected fallback, not as a failure', () => {
  const offline =
    'cannot download mongod from https://fastdl.mongodb.org/linux/mongodb-linux-x86_64-debian12-7.0.24.tgz (getaddrinfo ENOTFOUND fastdl.mongodb.org)';
  expect(briefReason(offline)).toBe('has no mongod download (offline)');
  expect(briefReason('java: not found\nmore detail')).toBe('did not start: java: not found');
});

test('the default choice (npm start, npm run db) prints exactly one line: the engine and why', async () => {
  const env = localEnv('');
  delete env.EXPERTPOOL_DB;
  const lines: string[] = [];
  const db = await provisionDatabase({ env, priority: 'speed', log: (l) => lines.push(l) });
  try {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^database: (mongodb-memory-server|mongo-java-server|FerretDB) at mongodb:\/\/\S+ \((MONGODB_URI is not set|fallback: .+)\)$/,
    );
    expect(lines[0]).not.toMatch(/unavailable|warn|error/i);
  } finally {
    await db.stop();
  }
});
