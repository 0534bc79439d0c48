import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The logical address of the `experts` subgraph; requests to it never leave the gateway. */
export const EXPERTS_SERVICE_URL = 'http://experts.routing.invalid/graphql';

/**
 * Composes the region subgraph and the `experts` schema into a supergraph, or throws. The
 * experts subgraph is the gateway's routing (EXPERTS_SERVICE_URL) unless `expertsUrl` names one
 * instance, as the supergraph of plain mode does (docs/ARCHITECTURE.md §4.7).
 */
export function composeRegion(
  regionUrl: string,
  regionSdl: string,
  expertsSdl: string,
  expertsUrl = EXPERTS_SERVICE_URL,
): string {
  const result = composeServices([
    { name: 'region', url: regionUrl, typeDefs: parse(regionSdl) },
    { name: 'experts', url: expertsUrl, typeDefs: parse(expertsSdl) },
  ]);
  if (result.errors)
    throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}
