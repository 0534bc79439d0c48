/**
 * Jest global setup: one database server for the whole run (docs/ARCHITECTURE.md §7; MONGODB_URI
 * wins).
 * The import is relative on purpose: jest does not reliably apply moduleNameMapper to globalSetup.
 * Workers are forked after this runs and inherit process.env, which is how they find the server.
 */
import { provisionDatabase, type RunningDatabase } from '../../../tools/devdb/src/index';

declare global {
  // Shared with global-teardown.ts, which runs in this same process.
  var __EXPERTPOOL_DB__: { db: RunningDatabase; previousUri: string | undefined } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const previousUri = process.env.MONGODB_URI;
  const db = await provisionDatabase({ log: (line) => process.stderr.write(`[devdb] ${line}\n`) });
  globalThis.__EXPERTPOOL_DB__ = { db, previousUri };
  process.env.MONGODB_URI = db.uri;
  process.env.EXPERTPOOL_DB_KIND = db.kind;
}
