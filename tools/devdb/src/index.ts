/** Provisions the MongoDB used by `npm start` and the tests (docs/ARCHITECTURE.md §7). */
export { provisionDatabase } from './provision';
export { freePort } from './free-port';
export { ensureFerretdb, ferretdbBinaryPath, FERRETDB_VERSION } from './ferretdb-build';
export type { DatabaseKind, ProvisionOptions, RunningDatabase } from './types';
