import { generateExperts } from '@expertpool/demo';
import { DEFAULT_DEMO_SEED } from '@expertpool/shared';

/**
 * What `--scale` sends: one text search ordered by RELEVANCE, a page of 20, with the fields a
 * result list shows (score, highlights, who and what). totalCount is asked as the secretariat's
 * screens do, so its cost is in the figure.
 */
export const SCALE_SEARCH = `query ScaleSearch($filter: ExpertFilter, $first: Int) {
  experts(filter: $filter, first: $first, orderBy: RELEVANCE) {
    totalCount
    edges {
      score
      highlights { field word matched kind }
      node { id displayName position { title band } expertise { area { id } level years } }
    }
  }
}`;

export interface ScaleQuery {
  kind: string;
  text: string;
}

/**
 * Realistic text queries, one per way people type (issue 10, point 2): an area's label, the same
 * with a typo, an unfinished word, a person's name and a natural phrase with words that name no
 * area. The name is the demo generator's first expert of `country`: the generator is
 * prefix-stable, so that expert exists at every size the bench seeds.
 */
export function scaleQueries(country: string): ScaleQuery[] {
  const [first] = generateExperts({ country, count: 1, seed: DEFAULT_DEMO_SEED });
  return [
    { kind: 'area label', text: 'succession planning' },
    { kind: 'typo', text: 'sucession planing' },
    { kind: 'prefix', text: 'digital gov' },
    { kind: 'name', text: first.displayName },
    { kind: 'natural phrase', text: 'performance management trainer english' },
  ];
}
