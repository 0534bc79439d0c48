import { COUNTRIES } from './countries';
import {
  AUDIENCES,
  AVAILABILITY_STATUSES,
  CEFR_LEVELS,
  ENGAGEMENT_ROLES,
  PURPOSES,
  REGIONAL_BANDS,
} from './expert';
import { EXPERT_ORDERS } from './order';

/**
 * Enum definitions that several subgraphs declare. Federation requires an enum used as an input
 * in more than one subgraph to be identical everywhere, so both generate it from this one list.
 */
const enumSdl = (name: string, values: readonly string[]) => `enum ${name} { ${values.join(' ')} }`;

export const SHARED_ENUMS_SDL = [
  enumSdl(
    'CountryCode',
    COUNTRIES.map((c) => c.code),
  ),
  enumSdl('RegionalBand', REGIONAL_BANDS),
  enumSdl('Cefr', CEFR_LEVELS),
  enumSdl('AvailabilityStatus', AVAILABILITY_STATUSES),
  enumSdl('EngagementRole', ENGAGEMENT_ROLES),
  enumSdl('Audience', AUDIENCES),
  enumSdl('Purpose', PURPOSES),
  enumSdl('ExpertOrder', EXPERT_ORDERS),
].join('\n');

/**
 * The routing directives: how the gateway must treat a root field of the `experts` subgraph, and
 * on an entity type, which key field names the owner of a representation (`_entities` requests
 * are split by owner). Declared in the subgraph schema and composed into the supergraph
 * (`@composeDirective`), so the gateway reads the routing from the schema, never from a list of
 * field or type names.
 */
// `@fanout(countries:, excludeCountries:)` are dotted paths into the field's arguments naming the
// countries to ask and to leave out (docs/ARCHITECTURE.md §4.2); without them every country.
// `@routeBy` names exactly one of an argument (`arg`: a country code or an expert id) or a
// claim of the verified token (`claim`: the `me` fields, routed by the expert's own record).
export const ROUTING_SPEC_URL = 'https://expertpool.asean.example/routing/v1.0';
export const ROUTING_DIRECTIVES_SDL = `
  enum FanoutMerge { CONNECTION SUM }
  directive @fanout(merge: FanoutMerge!, countries: String = "filter.countries", excludeCountries: String) on FIELD_DEFINITION
  directive @routeBy(arg: String, claim: String) on FIELD_DEFINITION | OBJECT
`;
