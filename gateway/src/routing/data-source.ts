import { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  DocumentNode,
  getArgumentValues,
  getNamedType,
  parse,
} from 'graphql';
import {
  ErrorCode,
  ExpertOrder,
  RequestIdentity,
  countryOfId,
  ownRecordId,
  pageSize,
  recordCountryOutcome,
} from '@expertpool/shared';
import { CountryEntry } from '../registry/registry-file';
import { CountryAnswer, CountryClient, SubRequest } from './country-client';
import { collectErrors, coverageOf, unavailableError, unrouted } from './coverage';
import { mergeRefusals } from './refusals';
import { resolveEntities } from './entities';
import { FanoutKind, FieldKinds, selectedCountries } from './field-kinds';
import { countryAfter, decodeGlobalCursor } from './global-cursor';
import { mergeConnection, mergeablePage } from './merge-connection';
import { mergeSum } from './merge-sum';
import { callKey, underKey } from './coalesce';
import {
  AFTER_VARIABLE,
  OperationPlan,
  RootFieldPlan,
  STATISTICS_VARIABLE,
  planOperation,
  takesStatistics,
} from './operation';
import { gatherStatistics } from './search-statistics';
import { operationNameHeader } from './operation-name';
import { ownerFromArgs } from './route-by';

/**
 * The owner named by a claim of the verified token (`@routeBy(claim: "expertId")`): an expert's
 * own record. Without an expert token nothing is asked of any country: the refusal is the
 * caller's (UNAUTHENTICATED, or FORBIDDEN for another role), in words (ownRecordId).
 */
function ownerFromClaim(claims: RequestIdentity['claims'], claim: string): string {
  if (claim !== 'expertId')
    throw new GraphQLError(`The experts subgraph routes by an unknown claim "${claim}".`, {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  const owner = countryOfId(ownRecordId(claims));
  if (owner === undefined)
    throw new GraphQLError('The token’s expertId is not an expert id.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  return owner;
}

/** Error codes by which a country refuses a request (as opposed to failing to answer it). */
const REFUSALS = new Set<unknown>([ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN]);

/** What the routing layer needs to know about the countries right now. */
export interface RoutingView {
  /** The experts schema's SDL the view was built from. */
  sdl: string;
  schema: GraphQLSchema;
  kinds: FieldKinds;
  /** Countries accepted into the region (schema compatible), by code. */
  countries: ReadonlyMap<string, CountryEntry>;
  /** Registered countries not routed to (schema refused, or not checked yet), with the reason: reported, never queried. */
  excluded: ReadonlyMap<string, string>;
}

export interface GatewayContext {
  forwardHeaders?: Record<string, string>;
  /**
   * The request's verified claims (null: no token), for `@routeBy(claim:)` alone: the token is
   * still forwarded unchanged and the owner verifies it again (docs/ARCHITECTURE.md §6.2).
   */
  claims?: RequestIdentity['claims'];
}

type FieldResult = { value: unknown; errors: GraphQLFormattedError[] };
type FieldsPlan = Extract<OperationPlan, { type: 'fields' }>;
type Send = (country: string, request: SubRequest) => Promise<CountryAnswer>;

/** One root field with its arguments resolved against the request's variables. */
interface FieldCall {
  field: RootFieldPlan;
  args: Record<string, unknown>;
  variables: Record<string, unknown>;
  typeName: string;
}

const PLAN_CACHE_SIZE = 500;

/**
 * The `experts` subgraph as the gateway sees it: one logical service whose requests this data
 * source routes to the member states' instances (docs/ARCHITECTURE.md §4).
 */
export class CountryRoutingDataSource implements GraphQLDataSource<GatewayContext> {
  private plans = new Map<string, OperationPlan>();
  private planSchema: GraphQLSchema | undefined;

  constructor(
    private readonly view: () => RoutingView,
    private readonly client: CountryClient,
    /** Where unexpected errors (bugs, not country failures) are reported. */
    private readonly log: (error: unknown) => void = console.error,
  ) {}

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const view = this.view();
    const query = options.request.query ?? '';
    const variables = (options.request.variables ?? {}) as Record<string, unknown>;
    const headers = {
      ...(options.context as GatewayContext | undefined)?.forwardHeaders,
      ...operationNameHeader(options),
    };
    const send: Send = (country, request) =>
      this.client.send(view.countries.get(country)!, request, headers);
    const claims = (options.context as GatewayContext | undefined)?.claims ?? null;

    const document = 'document' in options ? options.document : undefined;
    const plan = this.plan(query, document, view);
    if (plan.type === 'entities') {
      const { data, errors } = await resolveEntities(
        query,
        variables,
        (c) => view.countries.has(c),
        send,
        view.kinds,
      );
      return errors.length > 0 ? { data, errors } : { data };
    }
    // The same field with the same arguments and selection under several aliases is asked of
    // the countries once: a request of 600 identical aliases costs the region one fan-out.
    // Mutations are never coalesced: each one must run, in GraphQL as here.
    const calls = new Map<string, { key: string; result: Promise<FieldResult> }>();
    const results = await Promise.all(
      plan.fields.map(async (field) => {
        const key = plan.operation === 'mutation' ? field.responseKey : callKey(field, variables);
        let call = calls.get(key);
        if (!call) {
          call = {
            key: field.responseKey,
            result: this.runField(field, plan, variables, view, send, claims),
          };
          calls.set(key, call);
        }
        return { field, ranAs: call.key, result: await call.result };
      }),
    );
    const data: Record<string, unknown> = {};
    const errors: GraphQLFormattedError[] = [];
    for (const { field, ranAs, result } of results) {
      data[field.responseKey] = result.value;
      for (const error of result.errors) errors.push(underKey(error, ranAs, field.responseKey));
    }
    return errors.length > 0 ? { data, errors } : { data };
  }

  /** Plans are cached by query text; the planner's own parsed document is used when it has one. */
  private plan(
    query: string,
    document: DocumentNode | undefined,
    view: RoutingView,
  ): OperationPlan {
    if (this.planSchema !== view.schema) {
      this.plans.clear();
      this.planSchema = view.schema;
    }
    let plan = this.plans.get(query);
    if (!plan) {
      plan = planOperation(document ?? parse(query), view.schema, view.kinds);
      if (this.plans.size >= PLAN_CACHE_SIZE) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(query, plan);
    }
    return plan;
  }

  private async runField(
    field: RootFieldPlan,
    plan: FieldsPlan,
    variables: Record<string, unknown>,
    view: RoutingView,
    send: Send,
    claims: RequestIdentity['claims'],
  ): Promise<FieldResult> {
    try {
      if (field.field.name.value === '__typename')
        return { value: plan.operation === 'mutation' ? 'Mutation' : 'Query', errors: [] };
      if (!field.definition || !field.kind) {
        throw new GraphQLError(
          `The experts subgraph declares no routing (@fanout or @routeBy) for ${field.field.name.value}.`,
          { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
        );
      }
      const call: FieldCall = {
        field,
        args: getArgumentValues(field.definition, field.field, variables),
        variables: Object.fromEntries(
          field.variableNames.filter((n) => n in variables).map((n) => [n, variables[n]]),
        ),
        typeName: getNamedType(field.definition.type).name,
      };
      switch (field.kind.kind) {
        case 'routeBy':
          return await this.routeToOwner(
            call,
            ownerFromArgs(call.args, field.kind.arg),
            view,
            send,
          );
        case 'routeByClaim':
          return await this.routeToOwner(
            call,
            ownerFromClaim(claims, field.kind.claim),
            view,
            send,
          );
        default:
          return await this.fanOut(call, field.kind, plan, view, send);
      }
    } catch (error) {
      if (!(error instanceof GraphQLError)) this.log(error);
      const e =
        error instanceof GraphQLError
          ? error
          : new GraphQLError('Internal server error.', {
              extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
            });
      return {
        value: null,
        errors: [
          {
            message: e.message,
            path: [field.responseKey],
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...e.extensions },
          },
        ],
      };
    }
  }

  /** `@routeBy`: the one country named by the argument or the claim, and no other. */
  private async routeToOwner(
    { field, variables }: FieldCall,
    owner: string,
    view: RoutingView,
    send: Send,
  ): Promise<FieldResult> {
    if (!view.countries.has(owner)) {
      recordCountryOutcome(owner, 'UNAVAILABLE');
      return {
        value: null,
        errors: [
          unavailableError(
            owner,
            view.excluded.get(owner) ?? `${owner} is not in the country registry.`,
            [field.responseKey],
          ),
        ],
      };
    }
    const answer = await send(owner, { query: field.query, variables });
    if (!answer.ok)
      return { value: null, errors: [unavailableError(owner, answer.reason, [field.responseKey])] };
    return { value: answer.data?.[field.responseKey] ?? null, errors: collectErrors([answer]) };
  }

  /** `@fanout`: every selected country in parallel, merged as the directive says. */
  private async fanOut(
    { field, args, variables, typeName }: FieldCall,
    kind: FanoutKind,
    plan: FieldsPlan,
    view: RoutingView,
    send: Send,
  ): Promise<FieldResult> {
    const { merge } = kind;
    const selected = selectedCountries(kind, args, [
      ...view.countries.keys(),
      ...view.excluded.keys(),
    ]);
    const order = (args.orderBy ?? 'RELEVANCE') as ExpertOrder;
    const after =
      merge === 'CONNECTION' && typeof args.after === 'string'
        ? decodeGlobalCursor(args.after, order)
        : undefined;

    const { statistics, missed } = await gatherStatistics(
      merge === 'CONNECTION' && order === 'RELEVANCE' && takesStatistics(field.definition),
      args.filter,
      selected.filter((c) => view.countries.has(c)),
      send,
    );
    const answers = await Promise.all(
      selected.map((country): Promise<CountryAnswer> => {
        const first = missed.get(country);
        if (first) return Promise.resolve(first);
        if (!view.countries.has(country)) return Promise.resolve(unrouted(country, view.excluded));
        const vars =
          merge === 'CONNECTION'
            ? {
                ...variables,
                [AFTER_VARIABLE]: countryAfter(after, country),
                ...(statistics && { [STATISTICS_VARIABLE]: statistics }),
              }
            : variables;
        return send(country, { query: field.query, variables: vars });
      }),
    );
    // A connection page with a malformed order key cannot be placed: that country is missing.
    const usable = (a: CountryAnswer) =>
      a.ok &&
      a.data?.[field.responseKey] != null &&
      (merge !== 'CONNECTION' || mergeablePage(a, field.responseKey, order));
    const errors = [
      ...collectErrors(answers, [field.responseKey]),
      ...answers
        .filter((a) => a.ok && a.data?.[field.responseKey] != null && !usable(a))
        .map((a) =>
          unavailableError(
            a.country,
            `${a.country} answered a page the gateway cannot merge (malformed order keys).`,
            [field.responseKey],
          ),
        ),
    ];
    // Every country refused the arguments (bad input, or a filter on a field none of them
    // releases to this caller): that is the caller's request, not an outage.
    if (
      answers.length > 0 &&
      answers.every(
        (a) => a.ok && !usable(a) && a.errors.some((e) => REFUSALS.has(e.extensions?.code)),
      )
    ) {
      return { value: null, errors: mergeRefusals(answers) };
    }
    const coverage = coverageOf(answers, usable);
    // The request's log line says how each country counted, not only how it answered (§11.1).
    for (const c of coverage) recordCountryOutcome(c.country, c.status);
    if (merge === 'CONNECTION') {
      const value = mergeConnection({
        field: field.field,
        fragments: plan.fragments,
        typeName,
        responseKey: field.responseKey,
        order,
        first: pageSize(args.first as number | null | undefined),
        after,
        answers: answers.filter(usable),
        coverage,
      });
      return { value, errors };
    }
    const results = answers
      .filter(usable)
      .map(
        (a) =>
          (a as { data: Record<string, unknown> }).data[field.responseKey] as Record<
            string,
            unknown
          >,
      );
    return { value: mergeSum(field.field, plan.fragments, typeName, results, coverage), errors };
  }
}
