import { Supergraph } from '@apollo/federation-internals';
import { GraphQLSchema } from 'graphql';

/**
 * The schema clients see through the gateway: the composed supergraph less what the subgraphs
 * mark @inaccessible (the gateway's own statistics, order keys). The web app's operations are
 * typed and checked against it (codegen.ts), so they use the public contract only.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
