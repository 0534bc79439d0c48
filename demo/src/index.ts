/**
 * Deterministic demo experts (docs/ARCHITECTURE.md §8). Only seeding, the bench and the tests load
 * this workspace; the services import it lazily, when asked to seed, so it stays out of their
 * runtime otherwise.
 */
export { generateExperts } from './generate';
export type { DemoOptions } from './generate';
