/**
 * The default SEED of the demo data, in shared rather than in @expertpool/demo: every service
 * reads SEED at start-up, seeding or not, and the region's trainers exist in the countries only
 * when both use the same value (docs/ARCHITECTURE.md §8). The year of the Bogor workshop where
 * BKN proposed the expert pool.
 */
export const DEFAULT_DEMO_SEED = 2017;
