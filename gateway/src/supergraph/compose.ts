import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The logical address of the `experts` subgraph; requests to it never leave the gateway. */
export const EXPERTS_SERVICE_URL = 'http://experts.routing.invalid/graphql';

/** Composes the region subgraph and the `experts` schema into a supergraph, or throws. */
export function composeRegion(regionUrl: string, regionSdl: string, expertsSdl: string): string {
  const result = composeServices([
    { name: 'region', url: regionUrl, typeDefs: parse(regionSdl) },
    { name: 'experts', url: EXPERTS_SERVICE_URL, typeDefs: parse(expertsSdl) },
  ]);
  if (result.errors)
    throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}
