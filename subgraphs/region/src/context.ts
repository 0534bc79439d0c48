import { createLoaders, LoaderHooks, Loaders } from './loaders';
import { ProgrammeStore } from './store';

export interface RegionContext {
  store: ProgrammeStore;
  loaders: Loaders;
}

/** A fresh context (and so fresh loaders) per request. */
export function createContext(store: ProgrammeStore, hooks?: LoaderHooks): RegionContext {
  return { store, loaders: createLoaders(hooks) };
}
