import { useExternal } from './external';
import { startFerretdb } from './ferretdb';
import { startJavaServer } from './java';
import { startMemoryServer } from './memory-server';
import type { LocalEngine, Log, ProvisionOptions, RunningDatabase } from './types';

type LocalKind = LocalEngine;

/**
 * Local backends in order of preference: the real mongod first, emulators after
 * (docs/adr/0001-emulator-databases.md).
 */
const ORDER: LocalKind[] = ['memory-server', 'ferretdb', 'java'];
/** The same, for interactive use, where the faster emulator comes first (see ProvisionOptions). */
const SPEED_ORDER: LocalKind[] = ['memory-server', 'java', 'ferretdb'];

const LABEL: Record<LocalKind, string> = {
  'memory-server': 'mongodb-memory-server',
  ferretdb: 'FerretDB',
  java: 'mongo-java-server',
};

/**
 * Gives a MongoDB to talk to. MONGODB_URI always wins; otherwise the first local backend that
 * starts (EXPERTPOOL_DB=memory-server|ferretdb|java forces one and fails if it cannot start).
 * Every decision is logged, so a run says which database it used and why.
 */
export async function provisionDatabase(options: ProvisionOptions = {}): Promise<RunningDatabase> {
  const env = options.env ?? process.env;
  const log: Log = options.log ?? ((line) => process.stderr.write(`[devdb] ${line}\n`));

  // An empty MONGODB_URI (e.g. `MONGODB_URI=` in an env file) counts as unset.
  if (env.MONGODB_URI) {
    const db = useExternal(env.MONGODB_URI);
    log('database: external (MONGODB_URI is set)');
    return db;
  }

  const forced = options.engine ?? env.EXPERTPOOL_DB;
  const forcedBy = options.engine ? '--engine' : 'EXPERTPOOL_DB';
  if (forced && !ORDER.includes(forced as LocalKind)) {
    throw new Error(`EXPERTPOOL_DB must be one of ${ORDER.join(', ')} (got "${forced}")`);
  }
  const candidates = forced
    ? [forced as LocalKind]
    : options.priority === 'speed'
      ? SPEED_ORDER
      : ORDER;
  const failures: string[] = [];
  // Engines tried before the one that started, each with its reason in a few words. They are
  // not warnings: an offline machine has no mongod download, and the next engine is expected.
  const skipped: string[] = [];
  for (const kind of candidates) {
    try {
      const db = await start(kind, env, log, options.dataDir);
      const why = forced
        ? `chosen with ${forcedBy}`
        : skipped.length
          ? `fallback: ${skipped.join('; ')}`
          : 'MONGODB_URI is not set';
      log(`database: ${LABEL[kind]} at ${db.uri} (${why})`);
      return db;
    } catch (error) {
      const message = (error as Error).message;
      if (forced)
        throw new Error(`${forcedBy}=${forced}, but ${LABEL[kind]} could not start: ${message}`);
      failures.push(`${LABEL[kind]}: ${message}`);
      skipped.push(`${LABEL[kind]} ${briefReason(message)}`);
    }
  }
  throw new Error(
    `no database could be started (set MONGODB_URI to use an existing MongoDB):\n- ${failures.join('\n- ')}`,
  );
}

function start(
  kind: LocalKind,
  env: NodeJS.ProcessEnv,
  log: Log,
  dataDir: string | undefined,
): Promise<RunningDatabase> {
  switch (kind) {
    case 'memory-server':
      return startMemoryServer(log);
    case 'ferretdb':
      return startFerretdb(env, log, dataDir);
    case 'java':
      return startJavaServer(env, log);
  }
}

/** Why an engine did not start, in a few words; a failed mongod download is named as such. */
export function briefReason(message: string): string {
  const first = message.split('\n')[0];
  if (/\b(ENOTFOUND|EAI_AGAIN|ENETUNREACH)\b/.test(first))
    return 'has no mongod download (offline)';
  return `did not start: ${first}`;
}
