import { concatAST } from 'graphql';
import { auditTypeDefs } from './audit';
import { connectionTypeDefs } from './connection';
import { expertTypeDefs } from './expert';
import { expertInputTypeDefs } from './expert-input';
import { facetsTypeDefs } from './facets';
import { federationTypeDefs } from './federation';
import { highlightsTypeDefs } from './highlights';
import { myRecordTypeDefs } from './my-record';
import { operationsTypeDefs } from './operations';
import { releaseTypeDefs } from './release';
import { searchTypeDefs } from './search';
import { searchStatisticsTypeDefs } from './search-statistics';
import { synonymsTypeDefs } from './synonyms';
import { trainersTypeDefs } from './trainers';

/**
 * The country subgraph's schema: one member state's experts (docs/ARCHITECTURE.md §5), one
 * module of this directory for each idea, and the expert's own rights (schema/my-record.ts, §6.8).
 *
 * The order is the schema's order as it is served (`_service { sdl }`): the gateway refuses a
 * country whose SDL text differs from the one it composed (§4.6), so reordering these is a
 * coordinated schema release, not a refactoring.
 */
export const typeDefs = concatAST([
  federationTypeDefs,
  operationsTypeDefs,
  releaseTypeDefs,
  synonymsTypeDefs,
  auditTypeDefs,
  searchTypeDefs,
  trainersTypeDefs,
  highlightsTypeDefs,
  searchStatisticsTypeDefs,
  connectionTypeDefs,
  facetsTypeDefs,
  expertTypeDefs,
  expertInputTypeDefs,
  myRecordTypeDefs,
]);
