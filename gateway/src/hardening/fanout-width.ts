import { RoutingView } from '../routing/data-source';
import { selectedCountries } from '../routing/field-kinds';
import { FanoutWidth } from './cost';

/**
 * How many countries a `@fanout` field reaches, for its cost: those its arguments select (its
 * `countries` path, `filter.countries` by default, duplicates once, less `excludeCountries`),
 * else every country the region routes to, counted among the countries the
 * gateway actually sends to (refused and unverified ones are answered without a request), as the
 * routing data source selects them (docs/ARCHITECTURE.md §4). Never less than 1: the gateway
 * still plans and merges the field.
 */
export function fanoutWidth(view: () => RoutingView): FanoutWidth {
  return (coordinate, args) => {
    const current = view();
    const kind = current.kinds.get(coordinate);
    if (kind?.kind !== 'fanout') return 1;
    const reached = selectedCountries(kind, args, current.countries.keys()).filter((c) =>
      current.countries.has(c),
    ).length;
    return Math.max(1, reached);
  };
}
