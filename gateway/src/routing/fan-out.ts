import { ExpertOrder, pageSize, recordCountryOutcome } from '@expertpool/shared';
import { CountryAnswer } from './country-client';
import { collectErrors, coverageOf, unavailableError, unrouted } from './coverage';
import { FieldCall, FieldResult, FieldsPlan, Send } from './field-call';
import { FanoutKind, selectedCountries } from './field-kinds';
import { countryAfter, decodeGlobalCursor } from './global-cursor';
import { mergeConnection, mergeablePage } from './merge-connection';
import { mergeSum } from './merge-sum';
import { AFTER_VARIABLE, STATISTICS_VARIABLE, takesStatistics } from './operation';
import { everyCountryRefused, mergeRefusals } from './refusals';
import { RoutingView } from './routing-view';
import { gatherStatistics } from './search-statistics';

/** `@fanout`: every selected country in parallel, merged as the directive says. */
export async function fanOut(
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
  if (everyCountryRefused(answers, usable)) return { value: null, errors: mergeRefusals(answers) };
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
        (a as { data: Record<string, unknown> }).data[field.responseKey] as Record<string, unknown>,
    );
  return { value: mergeSum(field.field, plan.fragments, typeName, results, coverage), errors };
}
