import {
  FieldNode,
  GraphQLField,
  GraphQLInputType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInputType,
  isListType,
} from 'graphql';
import { CostDirectives } from './cost-directives';

const typeWeight = (directives: CostDirectives, type: GraphQLInputType) =>
  directives.types.get(getNamedType(type).name);

/**
 * What the arguments a field is given add to its cost, as the cost directive specification and
 * Apollo count it: an input object 1 (or its `@cost`) plus its fields, a list its `@cost` plus its
 * items, a scalar or enum its `@cost` (else nothing). Only arguments the operation gives count;
 * `args` are their coerced values. Iterative: input values can nest as deep as a variable does.
 */
export function argumentsCost(
  directives: CostDirectives,
  coordinate: string,
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  args: Record<string, unknown>,
): number {
  const pending: [value: unknown, type: GraphQLInputType, weight: number | undefined][] = [];
  for (const given of node.arguments ?? []) {
    const arg = def.args.find((a) => a.name === given.name.value);
    if (!arg) continue;
    const weight =
      directives.arguments.get(`${coordinate}(${arg.name}:)`) ?? typeWeight(directives, arg.type);
    pending.push([args[arg.name], arg.type, weight]);
  }
  let total = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, declared, weight] = next;
    if (value === null || value === undefined) continue;
    const type = getNullableType(declared);
    if (isListType(type)) {
      // A single value where a list is expected is a list of one (input coercion).
      const items = Array.isArray(value) ? value : [value];
      const itemType = type.ofType;
      total += weight ?? 0;
      if (isInputType(itemType)) for (const item of items) pending.push([item, itemType, weight]);
    } else if (isInputObjectType(type) && typeof value === 'object') {
      total += weight ?? 1;
      const fields = type.getFields();
      for (const [name, fieldValue] of Object.entries(value)) {
        const field = fields[name];
        if (!field) continue;
        const fieldWeight =
          directives.inputFields.get(`${type.name}.${name}`) ?? typeWeight(directives, field.type);
        pending.push([fieldValue, field.type, fieldWeight]);
      }
    } else {
      total += weight ?? 0;
    }
  }
  return total;
}
