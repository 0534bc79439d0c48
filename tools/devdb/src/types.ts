/** Which implementation of the MongoDB wire protocol is serving the database. */
export type DatabaseKind = 'external' | 'memory-server' | 'ferretdb' | 'java';

export interface RunningDatabase {
  uri: string;
  kind: DatabaseKind;
  /** Where the server keeps its files, when it has any; stop() removes it if provisioning created it. */
  dataDir?: string;
  /** Stops the server (no-op for an external one) and removes what provisioning created. */
  stop(): Promise<void>;
  /** The server's process, when provisioning started one (`npm run db` watches it). */
  process?: { pid: number; exited: Promise<string> };
}

export interface ProvisionOptions {
  /** Progress and decisions, one line each; defaults to stderr. */
  log?: (line: string) => void;
  /** Environment to read MONGODB_URI, EXPERTPOOL_DB, EXPERTPOOL_CACHE from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** FerretDB data directory to use (kept on stop); a fresh temp dir otherwise. */
  dataDir?: string;
  /**
   * What matters most when no MongoDB is configured (docs/adr/0001-emulator-databases.md).
   * `fidelity` (tests): the real mongod, then FerretDB, then mongo-java-server. `speed` (npm
   * start, benchmarks) tries mongo-java-server before FerretDB: on this kind of machine
   * FerretDB's SQLite backend decodes every scanned document (~4 ms each), so a region-wide
   * search over 11 × 200 experts takes 3.5-4.8 s there against 0.2-0.4 s on mongo-java-server.
   */
  priority?: 'fidelity' | 'speed';
  /** One engine to use and nothing else (`npm run db -- --engine`); wins over EXPERTPOOL_DB. */
  engine?: LocalEngine;
}

/** The engines provisioning can start here, as EXPERTPOOL_DB and `--engine` name them. */
export const LOCAL_ENGINES = ['memory-server', 'ferretdb', 'java'] as const;
export type LocalEngine = (typeof LOCAL_ENGINES)[number];

/**
 * A backend that cannot run on this machine (no network, no toolchain...). Provisioning logs the
 * message and tries the next backend, unless that backend was forced with EXPERTPOOL_DB.
 */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
}

export type Log = (line: string) => void;
