import { composeServices } from '@apollo/composition';
import { GraphQLSchema, parse, print } from 'graphql';
import { typeDefs as countryTypeDefs } from '@expertpool/country';
import { typeDefs as regionTypeDefs } from '@expertpool/region';

export interface Composed {
  /** The public schema the gateway serves (API view). */
  schema: GraphQLSchema;
  supergraphSdl: string;
}

/** Composes subgraphs as the gateway's supergraph, or throws. */
export function compose(subgraphs: { name: string; typeDefs: string }[]): Composed {
  const result = composeServices(
    subgraphs.map(({ name, typeDefs }) => ({
      name,
      url: `http://${name}.invalid/graphql`,
      typeDefs: parse(typeDefs),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  return {
    schema: result.schema.toAPISchema().toGraphQLJSSchema(),
    supergraphSdl: result.supergraphSdl,
  };
}

let cached: Composed | undefined;

/** The region subgraph and a country composed: what the region's gateway serves. */
export function composedRegion(): Composed {
  cached ??= compose([
    { name: 'region', typeDefs: print(regionTypeDefs) },
    { name: 'experts', typeDefs: print(countryTypeDefs) },
  ]);
  return cached;
}

export const composedApiSchema = (): GraphQLSchema => composedRegion().schema;
