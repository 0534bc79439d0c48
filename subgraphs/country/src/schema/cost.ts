/**
 * Demand control (the GraphQL cost directive specification, composed by Federation 2.9): the
 * gateway estimates a query's cost from these declarations before anything runs
 * (docs/ARCHITECTURE.md §5.4). An object costs 1 and a list multiplies its items; a search or a
 * facet count is a database query in every country it reaches, far more work than one object it
 * returns, and a lookup is one round trip to its owner.
 */
export const SEARCH_WEIGHT = 100;
export const LOOKUP_WEIGHT = 10;
