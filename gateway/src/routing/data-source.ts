import { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLFormattedError } from 'graphql';
import { RequestIdentity } from '@expertpool/shared';
import { CountryClient } from './country-client';
import { resolveEntities } from './entities';
import { FieldResult, FieldsPlan, Send, failedField, fieldCall } from './field-call';
import { fanOut } from './fan-out';
import { callKey, underKey } from './coalesce';
import { RootFieldPlan } from './operation';
import { operationNameHeader } from './operation-name';
import { PlanCache } from './plan-cache';
import { ownerFromArgs, ownerFromClaim } from './route-by';
import { routeToOwner } from './route-to-owner';
import { GatewayContext, RoutingView } from './routing-view';

export type { GatewayContext, RoutingView } from './routing-view';

/**
 * The `experts` subgraph as the gateway sees it: one logical service whose requests this data
 * source routes to the member states' instances (docs/ARCHITECTURE.md §4).
 */
export class CountryRoutingDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly plans = new PlanCache();

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
    const plan = this.plans.plan(query, document, view);
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
      const call = fieldCall(field, variables);
      switch (call.kind.kind) {
        case 'routeBy':
          return await routeToOwner(call, ownerFromArgs(call.args, call.kind.arg), view, send);
        case 'routeByClaim':
          return await routeToOwner(call, ownerFromClaim(claims, call.kind.claim), view, send);
        default:
          return await fanOut(call, call.kind, plan, view, send);
      }
    } catch (error) {
      return failedField(error, field.responseKey, this.log);
    }
  }
}
