/** Provisions the MongoDB used by `npm start` and the tests (DESIGN §7, "Where MongoDB comes from"). */
export { provisionDatabase } from './provision';
export { ensureFerretdb, ferretdbBinaryPath, FERRETDB_VERSION } from './ferretdb-build';
export type { DatabaseKind, ProvisionOptions, RunningDatabase } from './types';
