import { Collection, Document, MongoServerError } from 'mongodb';
import { SECONDS_PER_DAY } from '../policy/audit-retention';

/**
 * How the database removes expired audit entries: its TTL monitor (MongoDB, mongo-java-server
 * keeps the index definition), or the service's own sweep where the server has no TTL indexes
 * (FerretDB 1.x answers NotImplemented).
 */
export type RetentionEnforcement = 'TTL_INDEX' | 'SWEEP';

/** The index on `audit.at`: it serves the log's date ranges, and expires entries as a TTL index. */
export const AUDIT_AT_INDEX = 'at';

const NAMESPACE_NOT_FOUND = 26;
const INDEX_NOT_FOUND = 27;
const INDEX_OPTIONS_CONFLICT = 85;
const INDEX_KEY_SPECS_CONFLICT = 86;
const NOT_IMPLEMENTED = 238;

const codeOf = (error: unknown) => (error instanceof MongoServerError ? error.code : undefined);

interface IndexInfo {
  name?: string;
  expireAfterSeconds?: number;
}

async function atIndex<T extends Document>(entries: Collection<T>): Promise<IndexInfo | undefined> {
  try {
    const indexes = (await entries.listIndexes().toArray()) as IndexInfo[];
    return indexes.find((index) => index.name === AUDIT_AT_INDEX);
  } catch (error) {
    if (codeOf(error) === NAMESPACE_NOT_FOUND) return undefined; // no entry written yet
    throw error;
  }
}

/** Creates the index; a server without TTL indexes gets the plain index and SWEEP. */
async function create<T extends Document>(
  entries: Collection<T>,
  seconds: number,
): Promise<RetentionEnforcement> {
  try {
    await entries.createIndexes([
      { key: { at: 1 }, name: AUDIT_AT_INDEX, expireAfterSeconds: seconds },
    ]);
    return 'TTL_INDEX';
  } catch (error) {
    if (codeOf(error) !== NOT_IMPLEMENTED) throw error;
    await entries.createIndexes([{ key: { at: 1 }, name: AUDIT_AT_INDEX }]);
    return 'SWEEP';
  }
}

/** MongoDB changes a TTL index's period in place; the emulators have no collMod. */
async function collMod<T extends Document>(
  entries: Collection<T>,
  seconds: number,
): Promise<boolean> {
  try {
    await entries.db.command({
      collMod: entries.collectionName,
      index: { name: AUDIT_AT_INDEX, expireAfterSeconds: seconds },
    });
  } catch {
    return false;
  }
  return (await atIndex(entries))?.expireAfterSeconds === seconds;
}

/**
 * Makes the `at` index expire entries `days` after their time, and says how retention is
 * enforced. Safe to run on every start and on every change of the period, from several
 * instances: an index that already says `days` is left alone. An index with another period, or
 * none (a database from before retention), is changed with collMod, or dropped and created
 * again where collMod is missing (mongo-java-server); a server without TTL indexes (FerretDB)
 * keeps its plain index and gets SWEEP, without dropping it on every start.
 */
export async function applyAuditTtl<T extends Document>(
  entries: Collection<T>,
  days: number,
): Promise<RetentionEnforcement> {
  const seconds = days * SECONDS_PER_DAY;
  const current = await atIndex(entries);
  if (current?.expireAfterSeconds === seconds) return 'TTL_INDEX';
  if (current === undefined) return create(entries, seconds);
  if (current.expireAfterSeconds === undefined) {
    // Whether this server has TTL indexes at all: FerretDB says NotImplemented; MongoDB says
    // the options conflict with the existing index; mongo-java-server ignores the new options.
    try {
      await entries.createIndexes([
        { key: { at: 1 }, name: AUDIT_AT_INDEX, expireAfterSeconds: seconds },
      ]);
    } catch (error) {
      const code = codeOf(error);
      if (code === NOT_IMPLEMENTED) return 'SWEEP';
      if (code !== INDEX_OPTIONS_CONFLICT && code !== INDEX_KEY_SPECS_CONFLICT) throw error;
    }
    if ((await atIndex(entries))?.expireAfterSeconds === seconds) return 'TTL_INDEX';
  }
  if (await collMod(entries, seconds)) return 'TTL_INDEX';
  // Until the new index is built, ranges scan the collection: a moment, once per change.
  try {
    await entries.dropIndex(AUDIT_AT_INDEX);
  } catch (error) {
    // Another instance applying the same change dropped it first.
    if (codeOf(error) !== INDEX_NOT_FOUND) throw error;
  }
  return create(entries, seconds);
}
