import { isCountryCode, parseExpertId } from '@expertpool/shared';

/**
 * The owner of a routed field, from the argument its `@routeBy(arg:)` names: either a country
 * code or an expert id (whose prefix names the owner). A dotted path reaches into inputs.
 */
export function ownerFromArgs(args: Record<string, unknown>, path: string): string {
  let value: unknown = args;
  for (const part of path.split('.'))
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value === 'string' && isCountryCode(value)) return value;
  return parseExpertId(value).country;
}
