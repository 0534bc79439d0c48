import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { GraphQLObjectType, parse } from 'graphql';
import { typeDefs as countryTypeDefs } from '@expertpool/country';
import { typeDefs as regionTypeDefs } from '@expertpool/region';
import { readFieldKinds } from '../../routing/field-kinds';
import { composeRegion } from '../compose';

/** Each subgraph's SDL as it serves it (`_service { sdl }`), which is what the gateway composes. */
const served = (typeDefs: typeof regionTypeDefs) =>
  printSubgraphSchema(buildSubgraphSchema({ typeDefs }));

const supergraph = Supergraph.build(
  composeRegion('http://region.invalid/graphql', served(regionTypeDefs), served(countryTypeDefs)),
);
const PROGRAMMES =
  '{ programmes { engagements { role expert { id displayName withheldFields } } } }';

/** The fetches of a query plan, in order, by subgraph, with the operation each sends. */
function fetchesOf(query: string): { service: string; operation: string }[] {
  const plan = new QueryPlanner(supergraph).buildQueryPlan(
    operationFromDocument(supergraph.schema, parse(query)),
  );
  const found: { service: string; operation: string }[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string; serviceName?: string; operation?: string };
    if (n.kind === 'Fetch') found.push({ service: n.serviceName!, operation: n.operation! });
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(plan.node);
  return found;
}

test("the engagement's expert is the experts subgraph's field: the region keeps only its id", () => {
  const api = supergraph.apiSchema().toGraphQLJSSchema();
  const engagement = api.getType('ProgrammeEngagement') as GraphQLObjectType;
  // expertId is the reference the two subgraphs join on, never a field clients see.
  expect(Object.keys(engagement.getFields()).sort()).toEqual(['expert', 'role', 'topic']);
  expect(engagement.getFields().expert.type.toString()).toBe('Expert');
});

test('engagements plan one region fetch, then one _entities fetch of the experts subgraph', () => {
  const fetches = fetchesOf(PROGRAMMES);
  expect(fetches.map((f) => f.service)).toEqual(['region', 'experts']);
  expect(fetches[0].operation).toContain('expertId');
  expect(fetches[0].operation).not.toContain('expert{');
  // The country resolves `expert` on the engagement itself, so it alone decides whether it is null.
  expect(fetches[1].operation).toMatch(/_entities.*\.\.\.on ProgrammeEngagement\{expert\{/);
});

test('the representations of both entity types are routed by the expert id their type names', () => {
  const kinds = readFieldKinds(parse(served(countryTypeDefs)));
  expect(kinds.get('ProgrammeEngagement')).toEqual({ kind: 'routeBy', arg: 'expertId' });
  expect(kinds.get('Expert')).toEqual({ kind: 'routeBy', arg: 'id' });
});
