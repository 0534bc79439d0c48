import DataLoader from 'dataloader';
import { Caller, visibilityFor } from './caller';
import { ExpertDoc } from './store/document';
import { ExpertStore } from './store/expert-store';

export interface Loaders {
  /** By opaque id, filtered to what the caller may see: one query per batch. */
  expert: DataLoader<string, ExpertDoc | null>;
}

export interface CountryContext {
  caller: Caller;
  store: ExpertStore;
  loaders: Loaders;
}

/** A fresh context (and so fresh loaders: no cache shared between callers) per request. */
export function createContext(store: ExpertStore, caller: Caller): CountryContext {
  const visibility = visibilityFor(caller);
  return {
    caller,
    store,
    loaders: {
      expert: new DataLoader((ids: readonly string[]) => store.findByOpaqueIds(ids, visibility), { maxBatchSize: 1000 }),
    },
  };
}
