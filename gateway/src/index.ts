export { createServer } from './server';
export type { GatewayServer } from './server';
export { readGatewayConfig, isRegistryMode } from './config';
export type { GatewayConfig, GatewayMode } from './config';
export { parseRegistry, readRegistry } from './registry/registry-file';
export type { Registry, CountryEntry } from './registry/registry-file';
export { CircuitBreaker } from './routing/circuit-breaker';
export { FORWARDED_HEADERS } from './routing/country-client';
