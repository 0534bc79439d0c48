import { ownSteward } from '../caller';
import { removeExpert } from '../records/remove-expert';
import { ExpertStore } from '../store/expert-store';

/**
 * `npm run import -- --sync`: the pool is made to match the agency's file, so a record whose
 * `ref` is not in the file is removed. Each removal goes through records/remove-expert.ts, as
 * the `removeExpert` mutation does, as the country's own steward (the CLI runs inside it).
 */
export interface Removal {
  ref: string;
  id: string;
}

export interface SyncOptions {
  /** The most a sync may remove without `force`, as a share of the stored records (0-1). */
  maxRemoveShare: number;
  force: boolean;
}

export const DEFAULT_MAX_REMOVE_SHARE = 0.1;

export interface SyncPlan {
  /** Sorted by ref. */
  removals: Removal[];
  /** Records stored before the import. */
  stored: number;
  /** Stored records without a ref: nothing in a file can name them, so a sync never removes them. */
  withoutRef: number;
  /** Why no record is removed (and, on a real run, nothing written at all); absent when it may go ahead. */
  refused?: string;
}

/** What the file's refs say about the stored records: who would go, and whether that may happen. */
export async function planSync(
  store: ExpertStore,
  fileRefs: ReadonlySet<string>,
  unreadableLines: readonly number[],
  options: SyncOptions,
): Promise<SyncPlan> {
  const removals: Removal[] = [];
  let stored = 0;
  let withoutRef = 0;
  for await (const doc of store.allRefs()) {
    stored++;
    if (typeof doc.ref !== 'string' || doc.ref === '') withoutRef++;
    else if (!fileRefs.has(doc.ref))
      removals.push({ ref: doc.ref, id: `${store.country}:${doc._id}` });
  }
  removals.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const plan: SyncPlan = { removals, stored, withoutRef };
  if (removals.length === 0) return plan;
  // A row whose ref cannot be read may be a stored record's: removing it would lose a record
  // the agency still has. Even --force does not override this; the file must be fixed.
  if (unreadableLines.length > 0) {
    const lines = unreadableLines.slice(0, 10).join(', ');
    return {
      ...plan,
      refused: `--sync removes nothing while a row's ref cannot be read (line${unreadableLines.length === 1 ? '' : 's'} ${lines}${unreadableLines.length > 10 ? ', ...' : ''}): fix those rows first`,
    };
  }
  const share = removals.length / stored;
  if (share > options.maxRemoveShare && !options.force) {
    return {
      ...plan,
      refused: `--sync would remove ${removals.length} of ${stored} records (${percent(share)}), more than --max-remove-share ${percent(options.maxRemoveShare)}; check the file, then add --force to remove them`,
    };
  }
  return plan;
}

/** Removes the plan's records one by one, the way `removeExpert` does; returns those removed. */
export async function applySync(store: ExpertStore, plan: SyncPlan): Promise<Removal[]> {
  const steward = ownSteward(store.country);
  const removed: Removal[] = [];
  for (const removal of plan.removals)
    if (await removeExpert(store, steward, removal.id)) removed.push(removal);
  return removed;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
