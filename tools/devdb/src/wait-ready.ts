import { MongoClient } from 'mongodb';
import type { ServerProcess } from './server-process';

/**
 * Waits until the server answers a `ping` through the real driver (accepting TCP is not enough:
 * FerretDB listens before its backend is ready). Fails early if the server process exits.
 */
export async function waitUntilReady(
  uri: string,
  server: ServerProcess,
  name: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (server.hasExited) {
      throw new Error(
        `${name} exited (${await server.exited}) before it was ready:\n${server.outputTail()}`,
      );
    }
    const client = new MongoClient(uri, {
      serverSelectionTimeoutMS: 1_000,
      connectTimeoutMS: 1_000,
    });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = (error as Error).message;
    } finally {
      await client.close().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${name} did not answer ping at ${uri} within ${timeoutMs / 1000} s (${lastError}); its output:\n${server.outputTail()}`,
  );
}
