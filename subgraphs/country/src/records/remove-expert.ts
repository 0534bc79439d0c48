import { Caller, requireSteward } from '../caller';
import { ExpertStore } from '../store/expert-store';

/**
 * Removes one expert: the one path for the `removeExpert` mutation and `import --sync`, so both
 * check the same steward rule and have the same effects (the search index drops the record;
 * programmes that engage the expert show it as null, docs/ARCHITECTURE.md §4.4). True when a
 * record was removed.
 */
export async function removeExpert(
  store: ExpertStore,
  caller: Caller,
  id: string,
): Promise<boolean> {
  const opaque = store.opaqueOf(id);
  requireSteward(caller, store.country);
  return store.remove(opaque);
}
