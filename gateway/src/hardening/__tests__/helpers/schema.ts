import { composeServices } from '@apollo/composition';
import { GraphQLSchema, parse, print } from 'graphql';
import { typeDefs as countryTypeDefs } from '@expertpool/country';
import { typeDefs as regionTypeDefs } from '@expertpool/region';

let cached: GraphQLSchema | undefined;

/** The public schema the gateway serves: the region subgraph and a country composed, API view. */
export function composedApiSchema(): GraphQLSchema {
  if (cached) return cached;
  const result = composeServices([
    {
      name: 'region',
      url: 'http://region.invalid/graphql',
      typeDefs: parse(print(regionTypeDefs)),
    },
    {
      name: 'experts',
      url: 'http://experts.invalid/graphql',
      typeDefs: parse(print(countryTypeDefs)),
    },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  cached = result.schema.toAPISchema().toGraphQLJSSchema();
  return cached;
}
