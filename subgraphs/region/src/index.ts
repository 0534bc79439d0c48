export { createServer } from './server';
export type { RegionServer } from './server';
export { readRegionConfig } from './config';
export type { RegionConfig } from './config';
export { typeDefs } from './schema/type-defs';
export { ProgrammeStore } from './store';
export { PROGRAMME_KINDS } from './programme';
export type { ProgrammeDoc, ProgrammeKind, EngagementDoc } from './programme';
