import { RequestIdentity } from '@expertpool/shared';
import { createLoaders, LoaderHooks, Loaders } from './loaders';
import { ProgrammeStore } from './store';

export interface RegionContext {
  store: ProgrammeStore;
  loaders: Loaders;
  /** Who sent the request, as its verified token says (docs/ARCHITECTURE.md §6.2). */
  identity: RequestIdentity;
}

/** The caller without a token. */
export const PUBLIC_CALLER: RequestIdentity = Object.freeze({ claims: null, purpose: 'ANY' });

/** A fresh context (and so fresh loaders) per request. */
export function createContext(
  store: ProgrammeStore,
  identity: RequestIdentity = PUBLIC_CALLER,
  hooks?: LoaderHooks,
): RegionContext {
  return { store, loaders: createLoaders(store, hooks), identity };
}
