import DataLoader from 'dataloader';
import { CountryInfo, findCountry } from '@expertpool/shared';

export interface Loaders {
  /** Countries by code: one batch per tick, one value per key in key order. */
  country: DataLoader<string, CountryInfo | null>;
}

/** Observes the batches a loader sends (tests assert them). */
export interface LoaderHooks {
  onCountryBatch?: (codes: readonly string[]) => void;
}

export function createLoaders(hooks: LoaderHooks = {}): Loaders {
  return {
    country: new DataLoader(async (codes: readonly string[]) => {
      hooks.onCountryBatch?.(codes);
      return codes.map((code) => findCountry(code) ?? null);
    }),
  };
}
