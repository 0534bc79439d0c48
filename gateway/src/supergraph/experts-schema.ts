import { buildASTSchema, parse } from 'graphql';
import { readFieldKinds } from '../routing/field-kinds';
import { contractProblems } from '../routing/merge-contract';
import { composeRegion } from './compose';

/** Why an SDL can or cannot be the region's `experts` schema, each check on its own. */
export interface ExpertsSchemaVerdict {
  /** The composition error with the region subgraph, if it does not compose. */
  compositionError?: string;
  /** Whether its root fields declare how they are routed (@fanout, @routeBy). */
  routed: boolean;
  /** What its fan-out fields lack for their merges (merge-contract.ts). */
  contractProblems: string[];
}

/**
 * Judges an SDL as the gateway does before it lets a schema be the region's experts schema
 * (docs/ARCHITECTURE.md §4.1): it composes with the region subgraph, declares its routing, and
 * its fan-out fields have what their merges need. Shared by the gateway's topology and by
 * `npm run schema -- check` (§11.7), so a member state's check gives the gateway's answer.
 */
export function judgeExpertsSchema(
  regionUrl: string,
  regionSdl: string,
  sdl: string,
): ExpertsSchemaVerdict {
  try {
    composeRegion(regionUrl, regionSdl, sdl);
  } catch (error) {
    return { compositionError: (error as Error).message, routed: false, contractProblems: [] };
  }
  const doc = parse(sdl);
  const kinds = readFieldKinds(doc);
  if (kinds.size === 0) return { routed: false, contractProblems: [] };
  return {
    routed: true,
    contractProblems: contractProblems(buildASTSchema(doc, { assumeValidSDL: true }), kinds),
  };
}

export const isRoutable = (v: ExpertsSchemaVerdict) =>
  v.compositionError === undefined && v.routed && v.contractProblems.length === 0;
