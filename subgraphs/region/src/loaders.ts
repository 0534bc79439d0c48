import DataLoader from 'dataloader';
import { CountryInfo, findCountry } from '@expertpool/shared';
import { ProgrammeChangeDoc } from './programme';
import { ProgrammeStore } from './store';

export interface Loaders {
  /** Countries by code: one batch per tick, one value per key in key order. */
  country: DataLoader<string, CountryInfo | null>;
  /** Change histories by programme id: one query per batch, only when `changes` is asked for. */
  changes: DataLoader<string, ProgrammeChangeDoc[]>;
}

/** Observes the batches a loader sends (tests assert them). */
export interface LoaderHooks {
  onCountryBatch?: (codes: readonly string[]) => void;
}

export function createLoaders(store: ProgrammeStore, hooks: LoaderHooks = {}): Loaders {
  return {
    country: new DataLoader(async (codes: readonly string[]) => {
      hooks.onCountryBatch?.(codes);
      return codes.map((code) => findCountry(code) ?? null);
    }),
    changes: new DataLoader((ids: readonly string[]) => store.historiesOf(ids)),
  };
}
