import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { DryMongoBinary, MongoMemoryServer } from 'mongodb-memory-server-core';
import { MongoBinaryDownloadUrl } from 'mongodb-memory-server-core/lib/util/MongoBinaryDownloadUrl';
import { BackendUnavailableError, type Log, type RunningDatabase } from './types';

const PROBE_TIMEOUT_MS = 5_000;
const START_TIMEOUT_MS = 5 * 60_000;

/**
 * A real mongod through mongodb-memory-server, which downloads it on first use and caches it.
 * (It reads its MONGOMS_* settings from process.env, not from ProvisionOptions.env.)
 *
 * Offline, its download fails only after several retries with back-off, printing to the console
 * each time. So when no mongod is cached yet, one HEAD request to the exact download URL decides
 * first, within seconds, whether downloading can work at all.
 */
export async function startMemoryServer(log: Log): Promise<RunningDatabase> {
  const binaryOptions = await DryMongoBinary.generateOptions();
  if (!(await DryMongoBinary.locateBinary(binaryOptions))) {
    const url = await new MongoBinaryDownloadUrl(binaryOptions).getDownloadUrl();
    await probeDownload(url);
    log(`downloading mongod ${binaryOptions.version} for mongodb-memory-server (first run only)…`);
  }
  const creating = MongoMemoryServer.create({ instance: { ip: '127.0.0.1' } });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // It cannot be aborted; if it still starts later, stop it rather than leak a mongod.
      creating.then((late) => late.stop()).catch(() => undefined);
      reject(
        new BackendUnavailableError(
          `mongodb-memory-server did not start within ${START_TIMEOUT_MS / 60_000} min`,
        ),
      );
    }, START_TIMEOUT_MS);
  });
  try {
    const server = await Promise.race([creating, timeout]);
    const mongod = server.instanceInfo?.instance.mongodProcess;
    return {
      uri: server.getUri(),
      kind: 'memory-server',
      process: mongod?.pid === undefined ? undefined : { pid: mongod.pid, exited: exitOf(mongod) },
      stop: async () => {
        await server.stop();
      },
    };
  } catch (error) {
    if (error instanceof BackendUnavailableError) throw error;
    throw new BackendUnavailableError(
      `mongodb-memory-server could not start mongod: ${(error as Error).message.split('\n')[0]}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Throws BackendUnavailableError unless the mongod download URL answers (any non-error status). */
async function probeDownload(url: string): Promise<void> {
  // Behind a proxy a direct request proves nothing; let the library (which uses the proxy) try.
  if (['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => process.env[name]))
    return;
  const problem = await new Promise<string | undefined>((resolve) => {
    const request = (url.startsWith('http:') ? http : https).request(
      url,
      { method: 'HEAD' },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        resolve(status >= 400 ? `it answered HTTP ${status}` : undefined);
      },
    );
    // One deadline for everything (DNS, connect, answer): a firewall that drops packets must not
    // stall provisioning any more than a failing DNS lookup does.
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${PROBE_TIMEOUT_MS / 1000} s`)),
      PROBE_TIMEOUT_MS,
    );
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error) => resolve(error.message));
    request.end();
  });
  if (problem) throw new BackendUnavailableError(`cannot download mongod from ${url} (${problem})`);
}

/** How mongod ended (exit code or signal), once it has. */
function exitOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
}
