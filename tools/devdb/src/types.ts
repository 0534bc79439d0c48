/** Which implementation of the MongoDB wire protocol is serving the database. */
export type DatabaseKind = 'external' | 'memory-server' | 'ferretdb' | 'java';

export interface RunningDatabase {
  uri: string;
  kind: DatabaseKind;
  /** Where the server keeps its files, when it has any; stop() removes it if provisioning created it. */
  dataDir?: string;
  /** Stops the server (no-op for an external one) and removes what provisioning created. */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** Progress and decisions, one line each; defaults to stderr. */
  log?: (line: string) => void;
  /** Environment to read MONGODB_URI, EXPERTPOOL_DB, EXPERTPOOL_CACHE from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** FerretDB data directory to use (kept on stop); a fresh temp dir otherwise. */
  dataDir?: string;
}

/**
 * A backend that cannot run on this machine (no network, no toolchain...). Provisioning logs the
 * message and tries the next backend, unless that backend was forced with EXPERTPOOL_DB.
 */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
}

export type Log = (line: string) => void;
