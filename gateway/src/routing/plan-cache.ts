import { DocumentNode, GraphQLSchema, parse } from 'graphql';
import { OperationPlan, planOperation } from './operation';
import { RoutingView } from './routing-view';

const PLAN_CACHE_SIZE = 500;

/**
 * Plans by query text, for the schema they were made with: a new view's schema clears them.
 * The oldest plan makes room for a new one.
 */
export class PlanCache {
  private plans = new Map<string, OperationPlan>();
  private planSchema: GraphQLSchema | undefined;

  /** The planner's own parsed document is used when it has one. */
  plan(query: string, document: DocumentNode | undefined, view: RoutingView): OperationPlan {
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
}
