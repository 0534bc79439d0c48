import { Caller } from '../../caller';
import { CountryServer } from '../../server';
import { ok } from './server';

export interface WalkedEdge {
  cursor: string;
  score: number | null;
  node: { id: string; displayName: string; updatedAt: string };
}

export interface Walk {
  edges: WalkedEdge[];
  ids: string[];
  /** totalCount as each page reported it (it must not change while walking). */
  totalCounts: number[];
  pages: number;
}

const EXPERTS = /* GraphQL */ `
  query Walk($filter: ExpertFilter, $first: Int, $after: String, $orderBy: ExpertOrder) {
    experts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        score
        node {
          id
          displayName
          updatedAt
        }
      }
    }
  }
`;

interface Page {
  experts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: WalkedEdge[];
  };
}

/**
 * Every page of a query, following endCursor until hasNextPage is false; as `caller` if given
 * (a steward of the country otherwise).
 */
export async function walk(
  server: CountryServer,
  options: {
    filter?: Record<string, unknown>;
    orderBy?: string;
    first?: number;
    caller?: Caller;
  } = {},
): Promise<Walk> {
  const { filter, orderBy = 'NAME', first = 100, caller } = options;
  const edges: WalkedEdge[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 1000; pages++) {
    const page: Page = await ok<Page>(server, EXPERTS, { filter, first, after, orderBy }, caller);
    edges.push(...page.experts.edges);
    totalCounts.push(page.experts.totalCount);
    if (page.experts.edges.length > first)
      throw new Error(`A page of first: ${first} held ${page.experts.edges.length} edges.`);
    if (!page.experts.pageInfo.hasNextPage)
      return { edges, ids: edges.map((e) => e.node.id), totalCounts, pages };
    if (page.experts.edges.length === 0) throw new Error('hasNextPage is true on an empty page.');
    after = page.experts.pageInfo.endCursor;
  }
  throw new Error('More than 1000 pages: the walk does not end.');
}
