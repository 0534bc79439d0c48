import { Registry } from '../registry/registry-file';
import { isRoutable, judgeExpertsSchema } from '../supergraph/experts-schema';
import { fetchSdl, mostCommon, normaliseSdl } from '../supergraph/sdl';

/** A subgraph's schema as fetched, or why it could not be. */
export type Fetched = { sdl: string } | { error: string };

/** What the region's services serve now, as the gateway would see it at its next composition. */
export interface RegionSchemas {
  regionUrl: string;
  regionSdl: string;
  countries: Map<string, Fetched>;
  /** The experts schema most of the answering countries serve (the gateway's choice, §4.1). */
  expertsSdl?: string;
}

export async function fetchNormalised(url: string, timeoutMs: number): Promise<Fetched> {
  try {
    return { sdl: normaliseSdl(await fetchSdl(url, timeoutMs)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** An error whose message is the whole explanation (exit 2: the check could not be made). */
export class UnreachableError extends Error {}

/**
 * Fetches every schema a registry names, as the gateway's topology does; `except` leaves one URL
 * (the subgraph being checked) out of the choice of the experts schema.
 */
export async function fetchRegionSchemas(
  registry: Registry,
  except?: string,
): Promise<RegionSchemas> {
  const region = await fetchNormalised(registry.region.url, 5000);
  if ('error' in region)
    throw new UnreachableError(
      `the region subgraph at ${registry.region.url} did not answer with its schema: ${region.error}`,
    );
  const entries = [...registry.countries.values()];
  const fetched = await Promise.all(entries.map((e) => fetchNormalised(e.url, e.timeoutMs)));
  const countries = new Map(entries.map((e, i) => [e.code, fetched[i]]));
  const candidates = entries
    .map((e, i) => ({ url: e.url, got: fetched[i] }))
    .filter(({ url, got }) => url !== except && 'sdl' in got)
    .map(({ got }) => (got as { sdl: string }).sdl)
    .filter((sdl) => isRoutable(judgeExpertsSchema(registry.region.url, region.sdl, sdl)));
  return {
    regionUrl: registry.region.url,
    regionSdl: region.sdl,
    countries,
    expertsSdl: mostCommon(candidates),
  };
}
