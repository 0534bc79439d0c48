import gql from 'graphql-tag';
import {
  ROUTING_DIRECTIVES_SDL,
  ROUTING_SPEC_URL,
  SHARED_ENUMS_SDL,
  TRAINING_NEED_SDL,
} from '@expertpool/shared';

/**
 * The schema's links, federation 2.9 and the region's routing directives (composed, so the
 * gateway reads them: docs/ARCHITECTURE.md §4), and the definitions it shares with the region.
 */
export const federationTypeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@inaccessible", "@composeDirective", "@cost", "@listSize"])
    @link(url: "${ROUTING_SPEC_URL}", import: ["@fanout", "@routeBy"])
    @composeDirective(name: "@fanout")
    @composeDirective(name: "@routeBy")

  ${ROUTING_DIRECTIVES_SDL}
  ${SHARED_ENUMS_SDL}
  ${TRAINING_NEED_SDL}
`;
