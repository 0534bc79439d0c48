/** The workload: what the secretariat's dashboards send most. */
export const SEARCH = `query Search($filter: ExpertFilter, $first: Int) {
  experts(filter: $filter, first: $first) {
    totalCount
    edges { score node { id displayName position { title band } expertise { area { id } level } } }
    coverage { country status }
  }
}`;

export const LOOKUP = `query Lookup($id: ID!) { expert(id: $id) { id displayName position { title agency } languages { tag cefr } } }`;

/** Search filters cycled through by the benchmark: text, facets-style filters and both. */
export const SEARCH_FILTERS: Record<string, unknown>[] = [
  { text: 'talent management' },
  { text: 'digital government' },
  { text: 'performance' },
  { expertiseAreas: ['succession-planning', 'leadership-development'], minLevel: 3 },
  { languages: ['en'], minCefr: 'C1' },
  { text: 'assessment', bands: ['SENIOR_EXECUTIVE', 'TOP_EXECUTIVE'] },
  { availableBetween: { from: '2026-03-01', to: '2026-03-15' } },
  {},
];
