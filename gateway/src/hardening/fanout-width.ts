import { RoutingView } from '../routing/data-source';
import { FanoutWidth } from './cost';

/**
 * How many countries a `@fanout` field reaches, for its cost: those its `filter.countries` names
 * (duplicates once), else every country the region routes to, counted among the countries the
 * gateway actually sends to (refused and unverified ones are answered without a request), as the
 * routing data source selects them (docs/ARCHITECTURE.md §4). Never less than 1: the gateway
 * still plans and merges the field.
 */
export function fanoutWidth(view: () => RoutingView): FanoutWidth {
  return (coordinate, args) => {
    const current = view();
    if (current.kinds.get(coordinate)?.kind !== 'fanout') return 1;
    const asked = (args.filter as { countries?: unknown } | null | undefined)?.countries;
    const reached = Array.isArray(asked)
      ? new Set(asked.filter((c) => typeof c === 'string' && current.countries.has(c))).size
      : current.countries.size;
    return Math.max(1, reached);
  };
}
