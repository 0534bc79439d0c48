import { GraphQLSchema } from 'graphql';
import { RequestIdentity } from '@expertpool/shared';
import { CountryEntry } from '../registry/registry-file';
import { FieldKinds } from './field-kinds';

/** What the routing layer needs to know about the countries right now. */
export interface RoutingView {
  /** The experts schema's SDL the view was built from. */
  sdl: string;
  schema: GraphQLSchema;
  kinds: FieldKinds;
  /** Countries accepted into the region (schema compatible), by code. */
  countries: ReadonlyMap<string, CountryEntry>;
  /** Registered countries not routed to (schema refused, or not checked yet), with the reason: reported, never queried. */
  excluded: ReadonlyMap<string, string>;
}

export interface GatewayContext {
  forwardHeaders?: Record<string, string>;
  /**
   * The request's verified claims (null: no token), for `@routeBy(claim:)` alone: the token is
   * still forwarded unchanged and the owner verifies it again (docs/ARCHITECTURE.md §6.2).
   */
  claims?: RequestIdentity['claims'];
}
