import { recordCountryOutcome } from '@expertpool/shared';
import { collectErrors, unavailableError } from './coverage';
import { FieldCall, FieldResult, Send } from './field-call';
import { RoutingView } from './routing-view';

/** `@routeBy`: the one country named by the argument or the claim, and no other. */
export async function routeToOwner(
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
