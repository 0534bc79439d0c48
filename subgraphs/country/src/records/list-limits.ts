/**
 * The most entries one expert record holds in each of its lists: validate.ts refuses more, and
 * the schema declares each as the list's `@listSize(assumedSize:)`, so the gateway's cost
 * estimate of a query is an upper bound of what the country can return (docs/ARCHITECTURE.md §5.4).
 */
export const EXPERT_LIST_LIMITS = {
  names: 10,
  expertise: 12,
  languages: 12,
  /** The store matches availability windows by position (see store/filter.ts). */
  windows: 8,
  qualifications: 20,
  engagements: 50,
  consent: 50,
} as const;
