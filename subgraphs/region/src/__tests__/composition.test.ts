import { composeServices } from '@apollo/composition';
import { typeDefs as countryTypeDefs } from '@expertpool/country';
import { typeDefs } from '../schema/type-defs';

/** Catches shared enums or shareable types drifting apart between the region and country subgraphs. */
describe('composition with the country subgraph', () => {
  const result = composeServices([
    { name: 'region', typeDefs, url: 'http://127.0.0.1:4100/graphql' },
    { name: 'experts', typeDefs: countryTypeDefs, url: 'http://127.0.0.1:4101/graphql' },
  ]);

  it('composes without errors', () => {
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
  });

  it('joins programmes to experts and experts to countries', () => {
    const supergraph = result.schema!.toAPISchema().toGraphQLJSSchema();
    const query = supergraph.getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(['experts', 'expert', 'countries', 'programmes', 'expertiseAreas']),
    );
    const expert = supergraph.getType('Expert') as import('graphql').GraphQLObjectType;
    expect(Object.keys(expert.getFields())).toEqual(
      expect.arrayContaining(['id', 'displayName', 'country']),
    );
    // The experts subgraph resolves an engagement's expert; the join key stays out of the API.
    const engagement = supergraph.getType(
      'ProgrammeEngagement',
    ) as import('graphql').GraphQLObjectType;
    expect(Object.keys(engagement.getFields()).sort()).toEqual(['expert', 'role', 'topic']);
    const country = supergraph.getType('Country') as import('graphql').GraphQLObjectType;
    expect(Object.keys(country.getFields())).toEqual(
      expect.arrayContaining(['code', 'name', 'agency', 'memberSince']),
    );
  });
});
