/**
 * What the subgraphs' stores do alike with a MongoDB collection. Typed by the one method each
 * helper calls, so shared does not depend on the driver.
 */
interface IndexTarget<Spec> {
  createIndexes(specs: Spec[]): Promise<unknown>;
}

interface CountTarget {
  countDocuments(filter: Record<string, never>, options: { limit: number }): Promise<number>;
}

/**
 * Creates the indexes a store declares, one createIndexes call per index: FerretDB 1.x drops
 * the connection when one call lists several indexes that all exist already, as they do on every
 * restart (docs/ARCHITECTURE.md §7.3); MongoDB accepts either form.
 */
export async function ensureIndexes<Spec>(
  collection: IndexTarget<Spec>,
  specs: readonly Spec[],
): Promise<void> {
  for (const spec of specs) await collection.createIndexes([spec]);
}

/** Whether the collection holds no document (reads at most one). */
export async function isEmptyCollection(collection: CountTarget): Promise<boolean> {
  return (await collection.countDocuments({}, { limit: 1 })) === 0;
}

/** MongoDB's code for a write refused by a unique index (the same on FerretDB and the emulators). */
const DUPLICATE_KEY = 11000;

/**
 * Whether a driver error, or one write error of a bulk write, is a duplicate key: read from its
 * `code`, so that shared needs no driver types.
 */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;
}
