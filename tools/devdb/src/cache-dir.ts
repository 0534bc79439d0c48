import os from 'node:os';
import path from 'node:path';

/** Root of everything devdb downloads or builds; shared by all checkouts on the machine. */
export function cacheRoot(env: NodeJS.ProcessEnv): string {
  return env.EXPERTPOOL_CACHE || path.join(env.HOME || os.homedir(), '.cache', 'expertpool');
}
