/**
 * `npm run bench -- --relevance` (issue 10, point 7): how well text search ranks, on a judged
 * query set built from the demo generator's ground truth (relevance-queries.ts), through the
 * gateway as the secretariat and against one reference index over every country's stored
 * records (relevance-reference.ts). Prints nDCG@10, recall@20 and the zero-result rate per
 * class, whether the region's first 20 equal the reference's, and the issue's targets, met or
 * missed as measured.
 */
import {
  DEFAULT_DEMO_SEED,
  ExpertRecord,
  MEMBER_CODES,
  areaPhrases,
  findNamedAreas,
  parseQuery,
} from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { RunningRegion } from '../region/start-region';
import { consents } from '../e2e/helpers/demo';
import { table } from './load';
import { mean, ndcgAt, recallAt } from './relevance-metrics';
import { AREA_CLASSES, CLASSES, Expert, JudgedQuery, judgedQueries } from './relevance-queries';
import { RankedHit, loadReference } from './relevance-reference';

const PAGE = 20;
const NDCG_AT = 10;
const NDCG_TARGET = 0.9;

const WALK = `query Walk($first: Int, $after: String) {
  experts(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id withheldFields } }
    coverage { country status }
  }
}`;

const SEARCH = `query Relevance($text: String!, $first: Int) {
  experts(filter: { text: $text }, first: $first, orderBy: RELEVANCE) {
    totalCount
    edges { score node { id } }
    coverage { country status }
  }
}`;

interface Coverage {
  country: string;
  status: string;
}

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string }[];
}

async function ask<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  auth: Record<string, string>,
): Promise<GraphQLBody<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

const failedCountries = (coverage: readonly Coverage[]) =>
  coverage.filter((c) => c.status !== 'OK').map((c) => `${c.country} ${c.status}`);

/**
 * Every expert the secretariat sees, from an unfiltered walk of the whole region, with the
 * fields released to it (everything searchable but what `withheldFields` names).
 */
async function walkRegion(
  url: string,
  auth: Record<string, string>,
): Promise<Map<string, Set<string>>> {
  type Walk = {
    experts: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; withheldFields: string[] } }[];
      coverage: Coverage[];
    };
  };
  const seen = new Map<string, Set<string>>();
  let after: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const body: GraphQLBody<Walk> = await ask<Walk>(url, WALK, { first: 100, after }, auth);
    if (!body.data || body.errors)
      throw new Error(`the region walk failed: ${JSON.stringify(body.errors)}`);
    const failed = failedCountries(body.data.experts.coverage);
    if (failed.length > 0) throw new Error(`the region walk missed ${failed.join(', ')}`);
    for (const { node } of body.data.experts.edges) {
      const withheld = new Set(node.withheldFields);
      seen.set(
        node.id,
        new Set(
          ['names', 'displayName', 'expertise', 'position', 'qualifications', 'engagements'].filter(
            (f) => !withheld.has(f),
          ),
        ),
      );
    }
    if (!body.data.experts.pageInfo.hasNextPage) break;
    after = body.data.experts.pageInfo.endCursor;
  }
  return seen;
}

interface Outcome {
  query: JudgedQuery;
  region: RankedHit[];
  regionTotal: number;
  reference: RankedHit[];
  referenceTotal: number;
  problems: string[];
}

/** Whether the engine reads the query as naming the area it was built from (a diagnostic). */
const namesItsArea = (o: Outcome) =>
  findNamedAreas(parseQuery(o.query.text)).some((a) => a.area === o.query.area);

const f3 = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(3));
const rate = (n: number, of: number) => `${n}/${of}`;
const ids = (hits: readonly RankedHit[]) => hits.map((h) => h.id);
const sameTop = (o: Outcome) =>
  o.region.length === o.reference.length && o.region.every((h, i) => h.id === o.reference[i].id);

/** A returned list as the judgements grade it, for the report: `gain@score` of the first few. */
const graded = (hits: readonly RankedHit[], q: JudgedQuery, n = 5) =>
  hits
    .slice(0, n)
    .map((h) => `${q.gains.get(h.id) ?? 0}@${h.score.toFixed(3)}`)
    .join(' ');

export async function relevanceBench(
  region: RunningRegion,
  uri: string,
  dbPrefix: string,
  experts: number,
  log: (line: string) => void,
): Promise<void> {
  const auth = await region.bearer({ role: 'secretariat' });
  log('walking the whole region as the secretariat…');
  const visible = await walkRegion(region.gateway.url, auth);

  // The ground truth: the records every country seeded (DEFAULT_DEMO_SEED), those the walk saw.
  const generated: ExpertRecord[] = MEMBER_CODES.flatMap((country) =>
    generateExperts({ country, count: experts, seed: DEFAULT_DEMO_SEED }),
  );
  const truth = generated.filter((r): r is Expert => r.id !== undefined && visible.has(r.id));
  const byConsent = generated.filter((r) => consents(r, 'SECRETARIAT')).length;
  const queries = judgedQueries(truth);

  log('reading every country’s stored records for the reference index…');
  const databases = new Map(MEMBER_CODES.map((c) => [c, `${dbPrefix}_${c.toLowerCase()}`]));
  const reference = await loadReference(uri, databases, visible);

  log(`${queries.length} judged queries through the gateway and the reference…`);
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    type Search = {
      experts: {
        totalCount: number;
        edges: { score: number | null; node: { id: string } }[];
        coverage: Coverage[];
      };
    };
    const body = await ask<Search>(
      region.gateway.url,
      SEARCH,
      { text: query.text, first: PAGE },
      auth,
    );
    const problems = [
      ...(body.errors ?? []).map((e) => e.message),
      ...failedCountries(body.data?.experts.coverage ?? []),
    ];
    const ref = reference.search(query.text, PAGE);
    outcomes.push({
      query,
      region: (body.data?.experts.edges ?? []).map((e) => ({ id: e.node.id, score: e.score ?? 0 })),
      regionTotal: body.data?.experts.totalCount ?? 0,
      reference: ref.hits,
      referenceTotal: ref.totalCount,
      problems,
    });
  }

  printReport(outcomes, {
    experts,
    visible: visible.size,
    truth: truth.length,
    byConsent,
    reference: reference.size,
  });
}

function printReport(
  outcomes: readonly Outcome[],
  counts: { experts: number; visible: number; truth: number; byConsent: number; reference: number },
): void {
  console.log(
    `\nRelevance: 11 countries × ${counts.experts} demo experts; the secretariat sees ${counts.visible} ` +
      `(region walk; ${counts.byConsent} by the demo's consent data, ${counts.truth} matched to the ` +
      `ground truth, ${counts.reference} in the reference index). Search first: ${PAGE}, RELEVANCE.\n`,
  );
  const rows = CLASSES.map((cls) => {
    const list = outcomes.filter((o) => o.query.cls === cls);
    const measure = (pick: (o: Outcome) => RankedHit[], at: (r: string[], o: Outcome) => number) =>
      mean(list.map((o) => at(ids(pick(o)), o)));
    return {
      class: cls,
      queries: list.length,
      'nDCG@10 region': f3(
        measure(
          (o) => o.region,
          (r, o) => ndcgAt(r, o.query.gains, NDCG_AT),
        ),
      ),
      'nDCG@10 ref': f3(
        measure(
          (o) => o.reference,
          (r, o) => ndcgAt(r, o.query.gains, NDCG_AT),
        ),
      ),
      'recall@20 region': f3(
        measure(
          (o) => o.region,
          (r, o) => recallAt(r, o.query.gains, PAGE),
        ),
      ),
      'recall@20 ref': f3(
        measure(
          (o) => o.reference,
          (r, o) => recallAt(r, o.query.gains, PAGE),
        ),
      ),
      'zero region': rate(list.filter((o) => o.region.length === 0).length, list.length),
      'zero ref': rate(list.filter((o) => o.reference.length === 0).length, list.length),
      'top 20 = ref': rate(list.filter(sameTop).length, list.length),
      'area named': cls === 'name' ? '-' : rate(list.filter(namesItsArea).length, list.length),
      errors: list.filter((o) => o.problems.length > 0).length,
    };
  });
  console.log(table(rows));
  printNameKinds(outcomes);

  const differing = outcomes.filter((o) => !sameTop(o));
  console.log(
    `\nregion top 20 identical to the reference: ${outcomes.length - differing.length} of ${outcomes.length} queries`,
  );
  for (const o of differing) {
    const at = o.region.findIndex((h, i) => h.id !== o.reference[i]?.id);
    const rank = at < 0 ? Math.min(o.region.length, o.reference.length) : at;
    console.log(
      `  differs [${o.query.cls}] "${o.query.text}": from rank ${rank + 1}; ` +
        `region ${o.region.length} (total ${o.regionTotal}) ${o.region[rank]?.id ?? '-'}@${o.region[rank]?.score ?? '-'}, ` +
        `reference ${o.reference.length} (total ${o.referenceTotal}) ${o.reference[rank]?.id ?? '-'}@${o.reference[rank]?.score ?? '-'}`,
    );
  }
  const failing = outcomes.filter((o) => o.problems.length > 0);
  for (const o of failing)
    console.log(`  errors [${o.query.cls}] "${o.query.text}": ${o.problems.join('; ')}`);

  console.log('\nqueries below the nDCG target or without results (gain@score of the first 5):');
  let shown = 0;
  for (const o of outcomes) {
    const n = ndcgAt(ids(o.region), o.query.gains, NDCG_AT);
    if (!(n < NDCG_TARGET) && o.region.length > 0) continue;
    shown++;
    console.log(
      `  [${o.query.cls}] "${o.query.text}" (${o.query.from}): nDCG@10 ${f3(n)}, ` +
        `total ${o.regionTotal}, region ${graded(o.region, o.query) || 'none'}; ` +
        `reference ${graded(o.reference, o.query) || 'none'}`,
    );
  }
  if (shown === 0) console.log('  none');

  printUnnamedPhrases();
  printTargets(outcomes, differing.length);
}

/**
 * Beyond the judged set: every label and synonym of the vocabulary, in every language, read as a
 * query. One that does not name its own area still gets results (words are optional) but not
 * through the area, so the zero-result rate alone would not show it.
 */
function printUnnamedPhrases(): void {
  const phrases = areaPhrases();
  const unnamed = phrases.filter(
    (p) => !findNamedAreas(parseQuery(p.text)).some((a) => a.area === p.area),
  );
  console.log(
    `\nvocabulary phrases (every language) that do not name their own area as a query: ${unnamed.length} of ${phrases.length}`,
  );
  for (const p of unnamed) console.log(`  ${p.lang} ${p.kind} ${p.area}: "${p.text}"`);
}

/**
 * Name queries by kind, and what nDCG@10 would be if only the named experts counted (others
 * sharing the family name at gain 0): a diagnostic that tells a ranking fault from the grade
 * for family-name sharers, which the engine cannot see (a name is a bag of words to it).
 */
function printNameKinds(outcomes: readonly Outcome[]): void {
  const names = outcomes.filter((o) => o.query.cls === 'name');
  const kinds = [...new Set(names.map((o) => o.query.kind))];
  const namedOnly = (o: Outcome) => new Map([...o.query.gains].filter(([, g]) => g >= 3));
  console.log('\nname queries by kind (region):\n');
  console.log(
    table(
      kinds.map((kind) => {
        const list = names.filter((o) => o.query.kind === kind);
        return {
          kind,
          queries: list.length,
          'nDCG@10': f3(mean(list.map((o) => ndcgAt(ids(o.region), o.query.gains, NDCG_AT)))),
          'nDCG@10, named experts only': f3(
            mean(list.map((o) => ndcgAt(ids(o.region), namedOnly(o), NDCG_AT))),
          ),
        };
      }),
    ),
  );
}

function printTargets(outcomes: readonly Outcome[], differing: number): void {
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log('\ntargets (issue 10, point 7), measured through the gateway:');
  for (const cls of CLASSES) {
    const n = mean(
      outcomes
        .filter((o) => o.query.cls === cls)
        .map((o) => ndcgAt(ids(o.region), o.query.gains, NDCG_AT)),
    );
    console.log(`  nDCG@10 >= ${NDCG_TARGET} (${cls}): ${f3(n)}: ${verdict(n >= NDCG_TARGET)}`);
  }
  const naming = outcomes.filter((o) => AREA_CLASSES.includes(o.query.cls));
  const empty = naming.filter((o) => o.region.length === 0);
  console.log(
    `  zero-result rate 0 for queries naming an existing area (${AREA_CLASSES.join(', ')}): ` +
      `${empty.length} of ${naming.length} without results: ${verdict(empty.length === 0)}` +
      (empty.length > 0 ? ` (${empty.map((o) => `"${o.query.text}"`).join(', ')})` : ''),
  );
  console.log(
    `  region top 20 identical to the reference: ${outcomes.length - differing} of ${outcomes.length}: ${verdict(differing === 0)}`,
  );
}
